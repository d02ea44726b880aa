import fc from 'fast-check';

import type {
  MatchingInstance,
  MatchingMentee,
  MatchingMentor,
  MatchingPair,
  MatchingResult,
  MatchingSettings,
} from './matching-types';
import { scorePair } from './scoring';

/** A pair that shares something of every factor, for the unit specs. */
export const settings: MatchingSettings = {
  weights: { expertise: 5, sector: 3, language: 2, municipality: 4, availability: 1, mode: 2 },
  minimumScore: 0,
  sameMunicipality: false,
  excludeSameOrganisation: false,
};

export const mentor: MatchingMentor = {
  id: 'mentor-1',
  personId: 'person-1',
  expertise: ['recruiting', 'induction', 'permits'],
  sectors: ['hospitality', 'logistics'],
  languages: ['fi', 'ar', 'en'],
  municipalityId: 'espoo',
  organisationId: 'org-a',
  freeCapacity: 2,
  availability: ['tue-morning', 'wed-evening', 'thu-morning', 'fri-morning'],
  modes: ['in_person'],
};

export const mentee: MatchingMentee = {
  id: 'mentee-1',
  personId: 'person-2',
  expertise: ['recruiting', 'permits', 'diversity'],
  sectors: ['hospitality'],
  languages: ['ar', 'fi'],
  municipalityId: 'espoo',
  organisationId: 'org-b',
  availability: ['tue-morning', 'wed-evening', 'thu-morning', 'fri-morning', 'sat-morning'],
  mode: 'in_person',
};

/** Small key pools so that overlaps, shared persons and ties happen often. */
const EXPERTISE = ['recruiting', 'induction', 'permits', 'diversity'];
const SECTORS = ['health', 'hospitality', 'logistics'];
const LANGUAGES = ['fi', 'en', 'ar'];
const SLOTS = ['mon-morning', 'tue-morning', 'tue-evening', 'fri-afternoon', 'sat-morning'];
const MUNICIPALITIES = [null, 'espoo', 'vantaa'];
const ORGANISATIONS = [null, 'org-a', 'org-b'];

export const settingsArbitrary: fc.Arbitrary<MatchingSettings> = fc.record({
  weights: fc.record({
    expertise: fc.integer({ min: 0, max: 6 }),
    sector: fc.integer({ min: 0, max: 4 }),
    language: fc.integer({ min: 0, max: 3 }),
    municipality: fc.integer({ min: 0, max: 4 }),
    availability: fc.integer({ min: 0, max: 3 }),
    mode: fc.integer({ min: 0, max: 3 }),
  }),
  minimumScore: fc.integer({ min: 0, max: 12 }),
  sameMunicipality: fc.boolean(),
  excludeSameOrganisation: fc.boolean(),
});

const mentorArbitrary = (i: number, persons: number): fc.Arbitrary<MatchingMentor> =>
  fc.record({
    id: fc.constant(`mentor-${i}`),
    personId: fc.integer({ min: 0, max: persons - 1 }).map((p) => `person-${p}`),
    expertise: fc.subarray(EXPERTISE),
    sectors: fc.subarray(SECTORS),
    languages: fc.subarray(LANGUAGES),
    municipalityId: fc.constantFrom(...MUNICIPALITIES),
    organisationId: fc.constantFrom(...ORGANISATIONS),
    freeCapacity: fc.integer({ min: 0, max: 3 }),
    availability: fc.subarray(SLOTS),
    modes: fc.subarray(['in_person', 'online'] as const),
  });

const menteeArbitrary = (i: number, persons: number): fc.Arbitrary<MatchingMentee> =>
  fc.record({
    id: fc.constant(`mentee-${i}`),
    personId: fc.integer({ min: 0, max: persons - 1 }).map((p) => `person-${p}`),
    expertise: fc.subarray(EXPERTISE),
    sectors: fc.subarray(SECTORS),
    languages: fc.subarray(LANGUAGES, { minLength: 1 }),
    municipalityId: fc.constantFrom(...MUNICIPALITIES),
    organisationId: fc.constantFrom(...ORGANISATIONS),
    availability: fc.subarray(SLOTS),
    mode: fc.constantFrom('in_person', 'online', 'either'),
  });

/** Random instances of up to `maxMentors` × `maxMentees` with random pins and blocks. */
export function instanceArbitrary(maxMentors: number, maxMentees: number): fc.Arbitrary<MatchingInstance> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxMentors }), fc.integer({ min: 0, max: maxMentees }))
    .chain(([mentorCount, menteeCount]) => {
      const persons = mentorCount + menteeCount + 1;
      const pairs = fc.array(
        fc.record({
          mentorId: fc.integer({ min: 0, max: Math.max(0, mentorCount - 1) }).map((i) => `mentor-${i}`),
          menteeId: fc.integer({ min: 0, max: Math.max(0, menteeCount - 1) }).map((i) => `mentee-${i}`),
        }),
        { maxLength: mentorCount > 0 && menteeCount > 0 ? 3 : 0 },
      );
      return fc.record({
        settings: settingsArbitrary,
        mentors: fc.tuple(...Array.from({ length: mentorCount }, (_, i) => mentorArbitrary(i, persons))),
        mentees: fc.tuple(...Array.from({ length: menteeCount }, (_, i) => menteeArbitrary(i, persons))),
        fixed: pairs,
        blocked: pairs,
      });
    });
}

/**
 * The optimum by exhaustive search: the pins the solver keeps are placed as it documents, then every way of giving
 * each other mentee one eligible mentor or none is tried (memoised on the capacities left, which is still all of
 * them). Returns [matched, total score].
 */
export function bruteForceOptimum(instance: MatchingInstance, result: MatchingResult): [number, number] {
  const fixedProposals = result.proposals.filter((p) => p.fixed);
  const capacity = new Map(instance.mentors.map((m) => [m.id, Math.max(0, m.freeCapacity)]));
  for (const p of fixedProposals) capacity.set(p.mentorId, (capacity.get(p.mentorId) ?? 0) - 1);
  const pinned = new Set(fixedProposals.map((p) => p.menteeId));
  const blocked = new Set(instance.blocked.map(pairKey));
  const mentors = instance.mentors;
  const options = instance.mentees
    .filter((mentee) => !pinned.has(mentee.id))
    .map((mentee) =>
      mentors.flatMap((mentor, index) => {
        const scored = scorePair(mentor, mentee, instance.settings);
        if (!scored || scored.score < instance.settings.minimumScore) return [];
        if (blocked.has(pairKey({ mentorId: mentor.id, menteeId: mentee.id }))) return [];
        return [{ index, score: scored.score }];
      }),
    );
  const left = mentors.map((m) => capacity.get(m.id) ?? 0);
  const memo = new Map<string, [number, number]>();
  const best = (i: number): [number, number] => {
    if (i === options.length) return [0, 0];
    const key = `${i}:${left.join(',')}`;
    const known = memo.get(key);
    if (known) return known;
    let top = best(i + 1);
    for (const { index, score } of options[i]) {
      if (left[index] <= 0) continue;
      left[index]--;
      const [matched, total] = best(i + 1);
      left[index]++;
      if (matched + 1 > top[0] || (matched + 1 === top[0] && total + score > top[1]))
        top = [matched + 1, total + score];
    }
    memo.set(key, top);
    return top;
  };
  const [matched, total] = best(0);
  return [matched + fixedProposals.length, total + fixedProposals.reduce((sum, p) => sum + p.score, 0)];
}

export function pairKey(pair: MatchingPair): string {
  return `${pair.mentorId}|${pair.menteeId}`;
}
