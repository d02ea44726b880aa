import type { EncodedScorer } from './instance-encoding';
import { FAILS_RULES, NO_SHARED_LANGUAGE } from './instance-encoding';
import type { UnmatchedReason } from './matching-types';
import { MentorTops } from './mentor-tops';

/** What the solver knows of the instance's pairs: who may be matched and each mentee's best candidates. */
export interface PairScan {
  /** Per mentee: the candidate mentors (indices), best score first, ties by mentor index. */
  candidates: number[][];
  candidateScores: number[][];
  /** Per mentee: its best eligible score, −1 if it has no eligible pair. */
  bestScore: Int32Array;
  /** An upper bound of any assignment's total score (each mentee's best eligible score, summed). */
  scoreBound: number;
  /** Why each mentee would be unmatched, if it ends so (see `unmatchedReason`). */
  passesRules: Uint8Array;
  sharesLanguage: Uint8Array;
  reachesMinimum: Uint8Array;
  /**
   * When pruning, every pair's score if eligible, else -1 (mentee-major), so the optimality check reads instead of
   * rescoring; null when the instance has more pairs than `maxStoredScores`.
   */
  eligibleScores: Int16Array | Int32Array | null;
}

export interface ScanInput {
  scorer: EncodedScorer;
  mentorCount: number;
  menteeCount: number;
  /** Mentees already matched by a pin take no part. */
  active: Uint8Array;
  /** Capacity left for the flow per mentor (after pins). */
  capacity: Int32Array;
  blocked: ReadonlySet<number>;
  minimumScore: number;
  /** At most this many candidates per mentee (Infinity: all). */
  keep: number;
  /** Pair scores are kept for the optimality check up to this many pairs, else rescored. */
  maxStoredScores: number;
}

/**
 * One pass over every pair, a mentee's row at a time (`EncodedScorer.scoreRow`): the hard rules, the score, the
 * reasons' flags, the top `keep` candidates per mentee and each mentor's best mentees (`MentorTops`); an eligible
 * pair passes every hard rule, reaches the minimum score and has a mentor with capacity left.
 */
export function scanPairs(input: ScanInput): PairScan {
  const { scorer, mentorCount, menteeCount, active, capacity, blocked, minimumScore } = input;
  const keep = Math.min(input.keep, mentorCount);
  const scan: PairScan = {
    candidates: [],
    candidateScores: [],
    bestScore: new Int32Array(menteeCount).fill(-1),
    scoreBound: 0,
    passesRules: new Uint8Array(menteeCount),
    sharesLanguage: new Uint8Array(menteeCount),
    reachesMinimum: new Uint8Array(menteeCount),
    eligibleScores: null,
  };
  const pairCount = mentorCount * menteeCount;
  if (keep < mentorCount && pairCount <= input.maxStoredScores) {
    const maxScore = scorer.mentorBound.reduce((max, bound) => Math.max(max, bound), 0);
    scan.eligibleScores = (maxScore < 0x7fff ? new Int16Array(pairCount) : new Int32Array(pairCount)).fill(-1);
  }
  const scores = scan.eligibleScores;
  const topMentor = new Int32Array(keep);
  const topScore = new Int32Array(keep);
  const byMentor = new MentorTops(capacity, keep);
  const row = new Int32Array(mentorCount);
  const eligible = Math.max(minimumScore, NO_SHARED_LANGUAGE + 1);
  const blockedOf = blockedByMentee(blocked, mentorCount);
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    let count = 0;
    let best = -1;
    if (active[mentee] === 1) {
      scorer.scoreRow(mentee, row);
      for (const mentor of blockedOf.get(mentee) ?? []) row[mentor] = FAILS_RULES;
      const offset = mentee * mentorCount;
      // The most any mentor's pair reached: the reasons' flags follow from it.
      let most = FAILS_RULES;
      for (let mentor = 0; mentor < mentorCount; mentor++) {
        const score = row[mentor];
        if (score > most) most = score;
        if (score < eligible || capacity[mentor] <= 0) continue;
        if (scores) scores[offset + mentor] = score;
        if (score > best) best = score;
        if (score > byMentor.worst[mentor]) byMentor.add(mentor, mentee, score);
        if (count === keep && score <= topScore[keep - 1]) continue;
        // Insertion into the sorted top list; a later mentor (higher index) loses a tie.
        let i = count < keep ? count++ : keep - 1;
        while (i > 0 && topScore[i - 1] < score) {
          topScore[i] = topScore[i - 1];
          topMentor[i] = topMentor[i - 1];
          i--;
        }
        topScore[i] = score;
        topMentor[i] = mentor;
      }
      if (most > FAILS_RULES) scan.passesRules[mentee] = 1;
      if (most > NO_SHARED_LANGUAGE) scan.sharesLanguage[mentee] = 1;
      if (most >= eligible) scan.reachesMinimum[mentee] = 1;
    }
    scan.candidates.push(Array.from(topMentor.subarray(0, count)));
    scan.candidateScores.push(Array.from(topScore.subarray(0, count)));
    scan.bestScore[mentee] = best;
    if (best > 0) scan.scoreBound += best;
  }
  if (keep < mentorCount) byMentor.addTo(scan);
  return scan;
}

function blockedByMentee(blocked: ReadonlySet<number>, mentorCount: number): Map<number, number[]> {
  const byMentee = new Map<number, number[]>();
  for (const key of blocked) {
    const mentee = Math.floor(key / mentorCount);
    const list = byMentee.get(mentee);
    if (list) list.push(key - mentee * mentorCount);
    else byMentee.set(mentee, [key - mentee * mentorCount]);
  }
  return byMentee;
}

/**
 * The reason's precedence: no mentor passes the rules other than language (person, municipality, organisation,
 * blocked) → `no_compatible_mentor`; none of those shares a language → `no_shared_language`; all that do score
 * below the minimum → `below_minimum_score`; else the eligible mentors are full (or better used elsewhere).
 */
export function unmatchedReason(scan: PairScan, mentee: number): UnmatchedReason {
  if (scan.passesRules[mentee] === 0) return 'no_compatible_mentor';
  if (scan.sharesLanguage[mentee] === 0) return 'no_shared_language';
  if (scan.reachesMinimum[mentee] === 0) return 'below_minimum_score';
  return 'mentors_full';
}
