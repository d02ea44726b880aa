import fc from 'fast-check';

import type { LabelFor } from './explain-proposal';
import { explainProposal, explanationParts } from './explain-proposal';
import { instanceArbitrary, mentee, mentor, settings } from './matching.test-support';
import type { MatchingProposal } from './matching-types';
import { scoreFactors } from './scoring';
import { solveMatching } from './solve-matching';

/** Property runs on a shared, busy machine take longer than jest's 5 s default now and then. */
const PROPERTY_TIMEOUT_MS = 60_000;

const NAMES: Record<string, { fi: string; en: string }> = {
  fi: { fi: 'suomi', en: 'Finnish' },
  ar: { fi: 'arabia', en: 'Arabic' },
  hospitality: { fi: 'majoitus- ja ravitsemusala', en: 'hospitality' },
  'tue-morning': { fi: 'tiistaiaamu', en: 'Tuesday morning' },
  in_person: { fi: 'kasvokkain', en: 'in person' },
  online: { fi: 'etänä', en: 'online' },
};
const labels: LabelFor = (_category, key, locale) => NAMES[key]?.[locale] ?? key;

function proposalOf(m = mentor, e = mentee): MatchingProposal {
  return { mentorId: m.id, menteeId: e.id, fixed: false, ...scoreFactors(m, e, settings.weights) };
}

describe('explainProposal', () => {
  const small = proposalOf(
    { ...mentor, expertise: [], municipalityId: null, availability: ['tue-morning'] },
    { ...mentee, expertise: [], municipalityId: null, availability: ['tue-morning'], mode: 'online' },
  );

  it('says in English what the pair shares', () => {
    expect(explainProposal(small, labels, 'en')).toBe(
      'Speaks Arabic and Finnish with you; both in hospitality; both free on Tuesday morning.',
    );
  });

  it('says it in Finnish', () => {
    expect(explainProposal(small, labels, 'fi')).toBe(
      'Yhteiset kielet: arabia ja suomi; yhteinen toimiala: majoitus- ja ravitsemusala; yhteinen vapaa aika: tiistaiaamu.',
    );
  });

  it('joins longer lists with commas and the conjunction', () => {
    const three = proposalOf(
      { ...mentor, languages: ['fi', 'ar', 'en'], modes: ['in_person', 'online'] },
      { ...mentee, languages: ['fi', 'ar', 'en'], mode: 'either' },
    );
    expect(explainProposal(three, labels, 'en')).toContain('Speaks Arabic, en and Finnish with you');
    expect(explainProposal(three, labels, 'en')).toContain('both can meet in person or online');
    expect(explainProposal(three, labels, 'fi')).toContain('Yhteiset kielet: arabia, en ja suomi');
    expect(explainProposal(three, labels, 'fi')).toContain('tapaamistapa: kasvokkain tai etänä');
  });

  it('still says something when no factor earned points', () => {
    const bare = proposalOf(mentor, { ...mentee, languages: ['fi'], expertise: [], sectors: [], availability: [] });
    const zero = { ...bare, score: 0, contributions: bare.contributions.map((c) => ({ ...c, points: 0, shared: [] })) };
    expect(explainProposal(zero, labels, 'en')).toBe('The pair meets the programme’s rules.');
    expect(explainProposal(zero, labels, 'fi')).toBe('Pari täyttää ohjelman ehdot.');
  });

  it(
    "builds every proposal's explanation from parts whose points add up to its score",
    () => {
      fc.assert(
        fc.property(instanceArbitrary(5, 7), fc.constantFrom('fi' as const, 'en' as const), (instance, locale) => {
          for (const proposal of solveMatching(instance).proposals) {
            const parts = explanationParts(proposal, labels, locale);
            expect(parts.reduce((sum, part) => sum + part.points, 0)).toBe(proposal.score);
            expect(parts.every((part) => part.text.length > 0)).toBe(true);
            expect(explainProposal(proposal, labels, locale).endsWith('.')).toBe(true);
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
