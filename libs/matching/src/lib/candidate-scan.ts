import type { EncodedScorer } from './instance-encoding';
import type { UnmatchedReason } from './matching-types';

/** What the solver knows of the instance's pairs: who may be matched and each mentee's best candidates. */
export interface PairScan {
  /** Per mentee: the candidate mentors (indices), best score first, ties by mentor index. */
  candidates: number[][];
  candidateScores: number[][];
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
 * One pass over every pair: the hard rules, the score, the reasons' flags and the top `keep` candidates per mentee
 * (an eligible pair passes every hard rule, reaches the minimum score and has a mentor with capacity left).
 */
export function scanPairs(input: ScanInput): PairScan {
  const { scorer, mentorCount, menteeCount, active, capacity, blocked, minimumScore } = input;
  const keep = Math.min(input.keep, mentorCount);
  const scan: PairScan = {
    candidates: [],
    candidateScores: [],
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
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    let count = 0;
    let best = -1;
    if (active[mentee] === 1) {
      const row = mentee * mentorCount;
      for (let mentor = 0; mentor < mentorCount; mentor++) {
        if (!scorer.passesRules(mentor, mentee) || (blocked.size > 0 && blocked.has(row + mentor))) continue;
        scan.passesRules[mentee] = 1;
        const languages = scorer.sharedLanguages(mentor, mentee);
        if (languages === 0) continue;
        scan.sharesLanguage[mentee] = 1;
        const score = scorer.score(mentor, mentee, languages);
        if (score < minimumScore) continue;
        scan.reachesMinimum[mentee] = 1;
        if (capacity[mentor] <= 0) continue;
        if (scores) scores[row + mentor] = score;
        if (score > best) best = score;
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
    }
    scan.candidates.push(Array.from(topMentor.subarray(0, count)));
    scan.candidateScores.push(Array.from(topScore.subarray(0, count)));
    if (best > 0) scan.scoreBound += best;
  }
  return scan;
}

const ADD_PER_MENTEE = 64;

/**
 * Adds to the candidates the eligible pairs left out whose arc would have a negative reduced cost under the flow's
 * final potentials (the most negative 64 per mentee); returns how many were added: 0 proves the pruned optimum
 * optimal for the whole instance (see `solveMatching`).
 */
export function addImprovingPairs(
  input: ScanInput,
  scan: PairScan,
  arcCost: (score: number) => number,
  menteePotential: (mentee: number) => number,
  mentorPotential: (mentor: number) => number,
): number {
  const { scorer, mentorCount, menteeCount, active, capacity, blocked, minimumScore } = input;
  const listed = new Uint8Array(mentorCount);
  const mentorPi = Float64Array.from({ length: mentorCount }, (_, mentor) => mentorPotential(mentor));
  let added = 0;
  const worstReduced = new Float64Array(ADD_PER_MENTEE);
  const worstMentor = new Int32Array(ADD_PER_MENTEE);
  const worstScore = new Int32Array(ADD_PER_MENTEE);
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    const candidates = scan.candidates[mentee];
    if (active[mentee] === 0 || candidates.length === 0) continue;
    for (const mentor of candidates) listed[mentor] = 1;
    const pi = menteePotential(mentee);
    const menteeBound = scorer.menteeBound[mentee];
    let found = 0;
    const row = mentee * mentorCount;
    const scores = scan.eligibleScores;
    for (let mentor = 0; mentor < mentorCount; mentor++) {
      if (listed[mentor] === 1) continue;
      let score: number;
      if (scores) {
        score = scores[row + mentor];
        if (score < 0) continue;
      } else {
        if (capacity[mentor] <= 0) continue;
        const bound = Math.min(menteeBound, scorer.mentorBound[mentor]);
        if (arcCost(bound) + pi - mentorPi[mentor] >= 0 || !scorer.passesRules(mentor, mentee)) continue;
        if (blocked.size > 0 && blocked.has(row + mentor)) continue;
        const languages = scorer.sharedLanguages(mentor, mentee);
        if (languages === 0) continue;
        score = scorer.score(mentor, mentee, languages);
        if (score < minimumScore) continue;
      }
      const reduced = arcCost(score) + pi - mentorPi[mentor];
      if (reduced >= 0) continue;
      // The most negative 64 per mentee at most, which keeps a round's flow small when potentials are far off.
      if (found === ADD_PER_MENTEE && reduced >= worstReduced[ADD_PER_MENTEE - 1]) continue;
      let i = found < ADD_PER_MENTEE ? found++ : ADD_PER_MENTEE - 1;
      while (i > 0 && worstReduced[i - 1] > reduced) {
        worstReduced[i] = worstReduced[i - 1];
        worstMentor[i] = worstMentor[i - 1];
        worstScore[i] = worstScore[i - 1];
        i--;
      }
      worstReduced[i] = reduced;
      worstMentor[i] = mentor;
      worstScore[i] = score;
    }
    for (let i = 0; i < found; i++) {
      candidates.push(worstMentor[i]);
      scan.candidateScores[mentee].push(worstScore[i]);
    }
    added += found;
    for (const mentor of candidates) listed[mentor] = 0;
  }
  return added;
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
