import { CandidateFlow } from './candidate-flow';
import type { ScanInput } from './candidate-scan';
import { scanPairs, unmatchedReason } from './candidate-scan';
import { EncodedScorer, encodeInstance } from './instance-encoding';
import type {
  MatchingInstance,
  MatchingMentee,
  MatchingMentor,
  MatchingProposal,
  MatchingResult,
  RejectedFixedPair,
  UnmatchedMentee,
} from './matching-types';
import { OptimalityCheck } from './optimality-check';
import { scoreFactors } from './scoring';

export interface SolveOptions {
  /**
   * The best this many (k) mentors per mentee go into the first flow, with each mentor's best ⌈k / 2⌉ mentees per unit
   * of capacity and ⌈k / 2⌉ more; the optimality check adds any others needed.
   */
  candidatesPerMentee?: number;
  /** The optimality check reads stored pair scores up to this many pairs (2 bytes each), else rescores them. */
  maxStoredScores?: number;
}

export const DEFAULT_CANDIDATES_PER_MENTEE = 6;
export const DEFAULT_MAX_STORED_SCORES = 40_000_000;

/**
 * The assignment with the most mentees matched and then the greatest total score, exactly.
 *
 * Pins are placed first. The rest is a min-cost flow: source → mentee (capacity 1) → mentor (capacity 1, cost
 * −(BIG + score)) → sink (the mentor's capacity left). BIG exceeds any assignment's total score, so every augmenting
 * path has a negative cost and one more mentee matched always outweighs any score: the flow's minimum cost is the
 * objective, lexicographically.
 *
 * Why the pruned solve is exact: the flow on the candidate arcs ends with potentials π under which every residual
 * candidate arc has a reduced cost c + π(u) − π(v) ≥ 0, and π(sink) ≥ π(source). If every pruned arc (unused, so
 * only its forward direction is residual) also has a non-negative reduced cost, π is a dual certificate for the whole
 * instance: every residual cycle's cost is the sum of its reduced costs, so none is negative (no cheaper assignment
 * of the same size), and every augmenting path costs at least π(sink) − π(source) ≥ 0 while all of them cost less
 * than 0 (BIG), so there is none (no larger assignment). A pruned arc with a negative reduced cost could improve, so
 * it is added to the flow there is, which is made optimal again from where it stands (`CandidateFlow`), until none
 * is left.
 *
 * Ties: inputs are sorted by id first and every node's arcs are walked in id order, so the result does not depend
 * on the input's order, and among equally good assignments the search takes lower ids where it meets a choice.
 */
export function solveMatching(instance: MatchingInstance, options: SolveOptions = {}): MatchingResult {
  const mentors = [...instance.mentors].sort(byId);
  const mentees = [...instance.mentees].sort(byId);
  const mentorIndex = indexById(mentors, 'mentor');
  const menteeIndex = indexById(mentees, 'mentee');
  const mentorCount = mentors.length;
  const blocked = new Set<number>();
  for (const pair of instance.blocked) {
    const mentor = mentorIndex.get(pair.mentorId);
    const mentee = menteeIndex.get(pair.menteeId);
    if (mentor !== undefined && mentee !== undefined) blocked.add(mentee * mentorCount + mentor);
  }

  const capacity = Int32Array.from(mentors, (m) => Math.max(0, Math.floor(m.freeCapacity)));
  const active = new Uint8Array(mentees.length).fill(1);
  const proposals: MatchingProposal[] = [];
  const rejectedFixed: RejectedFixedPair[] = [];
  const fixed = [...instance.fixed].sort((a, b) => compare(a.menteeId, b.menteeId) || compare(a.mentorId, b.mentorId));
  for (const pair of fixed) {
    const mentor = mentorIndex.get(pair.mentorId);
    const mentee = menteeIndex.get(pair.menteeId);
    const reason =
      mentor === undefined || mentee === undefined
        ? 'unknown_id'
        : active[mentee] === 0
          ? 'mentee_already_fixed'
          : mentors[mentor].personId === mentees[mentee].personId
            ? 'same_person'
            : blocked.has(mentee * mentorCount + mentor)
              ? 'blocked'
              : capacity[mentor] <= 0
                ? 'mentor_full'
                : null;
    if (reason !== null || mentor === undefined || mentee === undefined) {
      rejectedFixed.push({ mentorId: pair.mentorId, menteeId: pair.menteeId, reason: reason ?? 'unknown_id' });
      continue;
    }
    capacity[mentor]--;
    active[mentee] = 0;
    proposals.push(proposal(mentors[mentor], mentees[mentee], instance, true));
  }

  const encoded = encodeInstance(mentors, mentees);
  const keep = options.candidatesPerMentee ?? DEFAULT_CANDIDATES_PER_MENTEE;
  const scanInput: ScanInput = {
    scorer: new EncodedScorer(encoded, instance.settings),
    mentorCount,
    menteeCount: mentees.length,
    active,
    capacity,
    blocked,
    minimumScore: instance.settings.minimumScore,
    keep: keep > 0 ? keep : Infinity,
    maxStoredScores: options.maxStoredScores ?? DEFAULT_MAX_STORED_SCORES,
  };
  const scan = scanPairs(scanInput);
  const pruned = scanInput.keep < mentorCount;
  const big = scan.scoreBound + 1;
  const arcCost = (score: number) => -(big + score);

  const flow = new CandidateFlow(scan, capacity, arcCost);
  const add = (mentee: number, mentor: number, score: number) => flow.addPair(mentee, mentor, arcCost(score));
  if (pruned) {
    const check = new OptimalityCheck(scanInput, scan, big);
    let moved: Uint8Array | null = null;
    while (check.addImprovingPairs(flow, moved, add) > 0) moved = flow.settle();
  }

  const unmatched: UnmatchedMentee[] = [];
  for (let mentee = 0; mentee < mentees.length; mentee++) {
    if (active[mentee] === 0) continue;
    const mentor = flow.mentorOf(mentee);
    if (mentor >= 0) proposals.push(proposal(mentors[mentor], mentees[mentee], instance, false));
    else unmatched.push({ menteeId: mentees[mentee].id, reason: unmatchedReason(scan, mentee) });
  }
  proposals.sort((a, b) => compare(a.menteeId, b.menteeId));
  return {
    proposals,
    unmatched,
    rejectedFixed,
    matched: proposals.length,
    totalScore: proposals.reduce((sum, p) => sum + p.score, 0),
  };
}

function proposal(
  mentor: MatchingMentor,
  mentee: MatchingMentee,
  instance: MatchingInstance,
  fixed: boolean,
): MatchingProposal {
  const { score, contributions } = scoreFactors(mentor, mentee, instance.settings.weights);
  return { mentorId: mentor.id, menteeId: mentee.id, score, contributions, fixed };
}

function indexById(people: readonly { id: string }[], kind: string): Map<string, number> {
  const index = new Map<string, number>();
  people.forEach((person, i) => {
    if (index.has(person.id)) throw new Error(`Duplicate ${kind} id ${person.id}`);
    index.set(person.id, i);
  });
  return index;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
