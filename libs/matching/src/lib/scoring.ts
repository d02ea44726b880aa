import type {
  FactorContribution,
  MatchingMentee,
  MatchingMentor,
  MatchingSettings,
  MatchingWeights,
} from './matching-types';

/**
 * The readable reference for a pair's score; the solver scores with bitmasks (`instance-encoding.ts`) and the
 * tests hold the two equal. Each factor is an integer number of units times its weight:
 *
 * - expertise: the areas the mentee wants that the mentor offers;
 * - sector: the sectors both name;
 * - language: the shared languages beyond the first (the first one is a hard constraint, so it earns nothing);
 * - municipality: 1 when both name the same municipality (a null municipality matches nothing);
 * - availability: the shared slots, at most 3 (a few common slots are enough to meet);
 * - mode: 1 when the mentee takes either mode or the mentor offers the mentee's mode.
 *
 * Keys are compared as sets, so a duplicate in an input list counts once.
 */
export interface PairScore {
  score: number;
  contributions: FactorContribution[];
}

export const AVAILABILITY_CAP = 3;

/** The hard constraints a pair must pass besides a shared language (and the mentor's free capacity). */
export function passesRules(mentor: MatchingMentor, mentee: MatchingMentee, settings: MatchingSettings): boolean {
  if (mentor.personId === mentee.personId) return false;
  if (settings.sameMunicipality && (mentor.municipalityId === null || mentor.municipalityId !== mentee.municipalityId))
    return false;
  if (
    settings.excludeSameOrganisation &&
    mentor.organisationId !== null &&
    mentor.organisationId === mentee.organisationId
  )
    return false;
  return true;
}

/** The pair's score, or null when a hard constraint fails (the mentor's capacity is the solver's). */
export function scorePair(
  mentor: MatchingMentor,
  mentee: MatchingMentee,
  settings: MatchingSettings,
): PairScore | null {
  if (!passesRules(mentor, mentee, settings)) return null;
  if (intersection(mentor.languages, mentee.languages).length === 0) return null;
  return scoreFactors(mentor, mentee, settings.weights);
}

/** The factors alone, whatever the hard constraints (a pinned pair is explained even when it breaks one). */
export function scoreFactors(mentor: MatchingMentor, mentee: MatchingMentee, weights: MatchingWeights): PairScore {
  const expertise = intersection(mentee.expertise, mentor.expertise);
  const sectors = intersection(mentee.sectors, mentor.sectors);
  const languages = intersection(mentee.languages, mentor.languages);
  const sameMunicipality = mentor.municipalityId !== null && mentor.municipalityId === mentee.municipalityId;
  const slots = intersection(mentee.availability, mentor.availability);
  const modes: string[] =
    mentee.mode === 'either'
      ? [...new Set(mentor.modes)].sort()
      : mentor.modes.includes(mentee.mode)
        ? [mentee.mode]
        : [];
  const modeCompatible = mentee.mode === 'either' || modes.length > 0;
  const contributions: FactorContribution[] = [
    { factor: 'expertise', points: weights.expertise * expertise.length, shared: expertise },
    { factor: 'sector', points: weights.sector * sectors.length, shared: sectors },
    { factor: 'language', points: weights.language * Math.max(0, languages.length - 1), shared: languages },
    {
      factor: 'municipality',
      points: sameMunicipality ? weights.municipality : 0,
      shared: sameMunicipality && mentor.municipalityId !== null ? [mentor.municipalityId] : [],
    },
    {
      factor: 'availability',
      points: weights.availability * Math.min(slots.length, AVAILABILITY_CAP),
      shared: slots,
    },
    { factor: 'mode', points: modeCompatible ? weights.mode : 0, shared: modes },
  ];
  return { score: contributions.reduce((sum, c) => sum + c.points, 0), contributions };
}

function intersection(wanted: readonly string[], offered: readonly string[]): string[] {
  const offeredSet = new Set(offered);
  return [...new Set(wanted)].filter((key) => offeredSet.has(key)).sort();
}
