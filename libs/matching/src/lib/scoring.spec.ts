import fc from 'fast-check';

import { EncodedScorer, encodeInstance, FAILS_RULES, NO_SHARED_LANGUAGE } from './instance-encoding';
import { instanceArbitrary, mentee, mentor, settings } from './matching.test-support';
import type { MatchingMentee, MatchingMentor, MatchingSettings } from './matching-types';
import { passesRules, scorePair } from './scoring';

/** Property runs on a shared, busy machine take longer than jest's 5 s default now and then. */
const PROPERTY_TIMEOUT_MS = 60_000;

describe('scorePair', () => {
  it('scores each factor and keeps what the pair shares', () => {
    const scored = scorePair(mentor, mentee, settings);
    expect(scored?.contributions).toEqual([
      { factor: 'expertise', points: 10, shared: ['permits', 'recruiting'] },
      { factor: 'sector', points: 3, shared: ['hospitality'] },
      { factor: 'language', points: 2, shared: ['ar', 'fi'] },
      { factor: 'municipality', points: 4, shared: ['espoo'] },
      { factor: 'availability', points: 3, shared: ['fri-morning', 'thu-morning', 'tue-morning', 'wed-evening'] },
      { factor: 'mode', points: 2, shared: ['in_person'] },
    ]);
    expect(scored?.score).toBe(24);
  });

  it('earns nothing for the first shared language, a null municipality or a mode the mentor lacks', () => {
    const scored = scorePair(
      { ...mentor, municipalityId: null },
      { ...mentee, languages: ['fi'], municipalityId: null, mode: 'online' },
      settings,
    );
    const points = Object.fromEntries(scored?.contributions.map((c) => [c.factor, c.points]) ?? []);
    expect(points).toMatchObject({ language: 0, municipality: 0, mode: 0 });
  });

  it('takes any mode for a mentee who takes either', () => {
    const scored = scorePair({ ...mentor, modes: [] }, { ...mentee, mode: 'either' }, settings);
    expect(scored?.contributions.find((c) => c.factor === 'mode')).toEqual({ factor: 'mode', points: 2, shared: [] });
  });

  it('counts a duplicated key once', () => {
    const once = scorePair(mentor, mentee, settings);
    const twice = scorePair(mentor, { ...mentee, expertise: ['permits', 'permits', 'recruiting'] }, settings);
    expect(twice?.score).toBe(once?.score);
  });

  it('fails without a shared language', () => {
    expect(scorePair(mentor, { ...mentee, languages: ['so'] }, settings)).toBeNull();
  });

  it('never pairs a person with themself', () => {
    expect(scorePair(mentor, { ...mentee, personId: mentor.personId }, settings)).toBeNull();
  });

  it('requires the same non-null municipality when the program says so', () => {
    const strict = { ...settings, sameMunicipality: true };
    expect(scorePair(mentor, mentee, strict)).not.toBeNull();
    expect(scorePair(mentor, { ...mentee, municipalityId: 'vantaa' }, strict)).toBeNull();
    expect(scorePair({ ...mentor, municipalityId: null }, { ...mentee, municipalityId: null }, strict)).toBeNull();
  });

  it('excludes the same non-null organisation when the program says so', () => {
    const strict = { ...settings, excludeSameOrganisation: true };
    expect(scorePair(mentor, { ...mentee, organisationId: 'org-a' }, strict)).toBeNull();
    expect(scorePair(mentor, { ...mentee, organisationId: 'org-a' }, settings)).not.toBeNull();
    expect(scorePair({ ...mentor, organisationId: null }, { ...mentee, organisationId: null }, strict)).not.toBeNull();
  });
});

describe('the bitmask scorer the solver uses', () => {
  function agreeOnEveryPair(
    mentors: readonly MatchingMentor[],
    mentees: readonly MatchingMentee[],
    s: MatchingSettings,
  ) {
    const scorer = new EncodedScorer(encodeInstance(mentors, mentees), s);
    mentors.forEach((m, i) =>
      mentees.forEach((e, j) => {
        const reference = scorePair(m, e, s);
        const languages = scorer.sharedLanguages(i, j);
        const encoded = scorer.passesRules(i, j) && languages > 0 ? scorer.score(i, j, languages) : null;
        expect(encoded).toBe(reference?.score ?? null);
        if (reference)
          expect(reference.score).toBeLessThanOrEqual(Math.min(scorer.mentorBound[i], scorer.menteeBound[j]));
      }),
    );
    // The scan's row at a time, with the marks for the two ways a pair has no score.
    const row = new Int32Array(mentors.length);
    mentees.forEach((e, j) => {
      scorer.scoreRow(j, row);
      mentors.forEach((m, i) => {
        const expected = !passesRules(m, e, s) ? FAILS_RULES : (scorePair(m, e, s)?.score ?? NO_SHARED_LANGUAGE);
        expect(row[i]).toBe(expected);
      });
    });
  }

  it(
    'agrees with scorePair on random instances',
    () => {
      fc.assert(
        fc.property(instanceArbitrary(5, 6), (instance) =>
          agreeOnEveryPair(instance.mentors, instance.mentees, instance.settings),
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'agrees with scorePair when a category has more keys than one 31-bit word holds',
    () => {
      const keys = Array.from({ length: 70 }, (_, i) => `area-${i}`);
      fc.assert(
        fc.property(
          fc.array(fc.subarray(keys), { minLength: 1, maxLength: 4 }),
          fc.array(fc.subarray(keys), { minLength: 1, maxLength: 4 }),
          (offered, wanted) =>
            agreeOnEveryPair(
              offered.map((expertise, i) => ({ ...mentor, id: `mentor-${i}`, expertise, availability: expertise })),
              wanted.map((expertise, i) => ({ ...mentee, id: `mentee-${i}`, expertise, availability: expertise })),
              settings,
            ),
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
