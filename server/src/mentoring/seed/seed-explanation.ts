import type { LocalizedText, MentoringWeights } from '@kotopaikka/contracts';
import {
  explainProposal,
  type LabelCategory,
  type MatchingMentee,
  type MatchingMentor,
  scoreFactors,
  taxonomyLabel,
} from '@kotopaikka/matching';

import type { DemoMentee, DemoMentor } from './demo-mentoring';

/** A demo person as the seeder knows them. */
export interface SeedPerson {
  id: string;
  name: string;
  municipalityId: string | null;
  organisationId: string | null;
}

const MODE_NAMES: Record<string, LocalizedText> = {
  in_person: { fi: 'tapaaminen kasvokkain', en: 'meeting in person' },
  online: { fi: 'verkkotapaaminen', en: 'meeting online' },
};

/** The score and explanation the engine would give the pair, so seeded pairings read like matched ones. */
export function explained(
  municipalities: ReadonlyMap<string, string>,
  weights: MentoringWeights,
  mentor: { id: string; person: SeedPerson; mentor: DemoMentor },
  mentee: { id: string; person: SeedPerson; mentee: DemoMentee },
) {
  const a: MatchingMentor = {
    id: mentor.id,
    personId: mentor.person.id,
    ...mentor.mentor,
    municipalityId: municipalities.get(mentor.mentor.municipality) ?? null,
    organisationId: mentor.person.organisationId,
    freeCapacity: 1,
  };
  const b: MatchingMentee = {
    id: mentee.id,
    personId: mentee.person.id,
    ...mentee.mentee,
    municipalityId: municipalities.get(mentee.mentee.municipality) ?? null,
    organisationId: mentee.person.organisationId,
  };
  const score = scoreFactors(a, b, weights);
  const names = new Map([...municipalities].map(([name, id]) => [id, name]));
  const label = (category: LabelCategory, key: string, locale: 'fi' | 'en'): string =>
    category === 'municipality'
      ? (names.get(key) ?? key)
      : category === 'mode'
        ? (MODE_NAMES[key]?.[locale] ?? key)
        : taxonomyLabel(category, key, locale);
  const proposal = {
    mentorId: a.id,
    menteeId: b.id,
    score: score.score,
    contributions: score.contributions,
    fixed: false,
  };
  return {
    score: score.score,
    contributions: score.contributions,
    explanation: { fi: explainProposal(proposal, label, 'fi'), en: explainProposal(proposal, label, 'en') },
  };
}
