/**
 * The mentoring matching engine's input and output: plain data, no framework. Categories (expertise areas,
 * sectors, languages, availability slots) are the taxonomy's keys (strings); the engine does not know their names.
 */

/** The soft factors a pair is scored on. */
export const MATCHING_FACTORS = ['expertise', 'sector', 'language', 'municipality', 'availability', 'mode'] as const;
export type MatchingFactor = (typeof MATCHING_FACTORS)[number];

/** Non-negative integer weight per factor (what one unit of the factor is worth, see `scorePair`). */
export type MatchingWeights = Record<MatchingFactor, number>;

export interface MatchingSettings {
  weights: MatchingWeights;
  /** A pair scoring below this (an integer) is never proposed. */
  minimumScore: number;
  /** Hard: mentor and mentee must be of the same municipality. */
  sameMunicipality: boolean;
  /** Hard: mentor and mentee must not be of the same organisation. */
  excludeSameOrganisation: boolean;
}

export type MeetingMode = 'in_person' | 'online';

export interface MatchingMentor {
  /** The mentor profile's id (what a proposal names). */
  id: string;
  /** The person: a person is never paired with themself (they may be a mentee in the same run elsewhere). */
  personId: string;
  expertise: readonly string[];
  sectors: readonly string[];
  languages: readonly string[];
  municipalityId: string | null;
  organisationId: string | null;
  /** Mentees this mentor may still take in this run: capacity minus active pairings (0 or more). */
  freeCapacity: number;
  /** Availability slots, e.g. `tue-morning`. */
  availability: readonly string[];
  modes: readonly MeetingMode[];
}

export interface MatchingMentee {
  /** The mentee request's id. */
  id: string;
  personId: string;
  /** Wanted expertise areas and sectors. */
  expertise: readonly string[];
  sectors: readonly string[];
  languages: readonly string[];
  municipalityId: string | null;
  organisationId: string | null;
  availability: readonly string[];
  mode: MeetingMode | 'either';
}

export interface MatchingPair {
  mentorId: string;
  menteeId: string;
}

export interface MatchingInstance {
  settings: MatchingSettings;
  mentors: readonly MatchingMentor[];
  mentees: readonly MatchingMentee[];
  /**
   * Pairs a coordinator pinned: in the result whatever their score and the language, municipality and organisation
   * rules; they take capacity first (in mentee id, then mentor id order). A pin that pairs a person with themself, is
   * also blocked, names a mentee pinned already or a mentor with no capacity left is rejected (`rejectedFixed`).
   */
  fixed: readonly MatchingPair[];
  /** Pairs a coordinator blocked, and pairs declined before in the program: never proposed. */
  blocked: readonly MatchingPair[];
}

/** One factor's share of a pair's score, with what the two share (for the explanation in words). */
export interface FactorContribution {
  factor: MatchingFactor;
  points: number;
  /** The shared keys: languages, sectors, expertise areas, slots; the municipality's id; the meeting mode. */
  shared: readonly string[];
}

export interface MatchingProposal extends MatchingPair {
  /** The sum of `contributions`' points (an integer). */
  score: number;
  contributions: readonly FactorContribution[];
  fixed: boolean;
}

/**
 * Why a mentee has no pair: no mentor shares a language with them (after the hard constraints); every compatible
 * mentor is full; every compatible pair scores below the minimum; or no mentor passes the other hard constraints.
 */
export type UnmatchedReason = 'no_shared_language' | 'mentors_full' | 'below_minimum_score' | 'no_compatible_mentor';

export interface UnmatchedMentee {
  menteeId: string;
  reason: UnmatchedReason;
}

export type FixedPairRejection = 'unknown_id' | 'same_person' | 'blocked' | 'mentee_already_fixed' | 'mentor_full';

export interface RejectedFixedPair extends MatchingPair {
  reason: FixedPairRejection;
}

export interface MatchingResult {
  /** Ordered by mentee id. */
  proposals: readonly MatchingProposal[];
  /** Ordered by mentee id. */
  unmatched: readonly UnmatchedMentee[];
  /** Pins the solver could not keep, ordered by mentee id then mentor id. */
  rejectedFixed: readonly RejectedFixedPair[];
  /** Proposals, pinned ones included. */
  matched: number;
  totalScore: number;
}
