import fc from 'fast-check';

import { CandidateFlow } from './candidate-flow';
import type { PairScan } from './candidate-scan';

const PROPERTY_TIMEOUT_MS = 60_000;

interface Pair {
  mentee: number;
  mentor: number;
  score: number;
  /** 0: in the first solve; 1 to 3: added in that round to the solved flow. */
  round: number;
}

function scanOf(menteeCount: number, pairs: readonly Pair[]): PairScan {
  const candidates: number[][] = Array.from({ length: menteeCount }, () => []);
  const candidateScores: number[][] = Array.from({ length: menteeCount }, () => []);
  for (const p of pairs) {
    candidates[p.mentee].push(p.mentor);
    candidateScores[p.mentee].push(p.score);
  }
  return {
    candidates,
    candidateScores,
    bestScore: new Int32Array(menteeCount),
    scoreBound: 0,
    passesRules: new Uint8Array(menteeCount),
    sharesLanguage: new Uint8Array(menteeCount),
    reachesMinimum: new Uint8Array(menteeCount),
    eligibleScores: null,
  };
}

/** [matched, total score] of the best assignment of these pairs, by trying every one. */
function bruteForce(menteeCount: number, capacity: readonly number[], pairs: readonly Pair[]): [number, number] {
  const left = [...capacity];
  const best = (mentee: number): [number, number] => {
    if (mentee === menteeCount) return [0, 0];
    let top = best(mentee + 1);
    for (const p of pairs) {
      if (p.mentee !== mentee || left[p.mentor] <= 0) continue;
      left[p.mentor]--;
      const [matched, total] = best(mentee + 1);
      left[p.mentor]++;
      if (matched + 1 > top[0] || (matched + 1 === top[0] && total + p.score > top[1]))
        top = [matched + 1, total + p.score];
    }
    return top;
  };
  return best(0);
}

/** The flow's assignment, checked to use only these pairs and keep the capacities. */
function assignment(flow: CandidateFlow, menteeCount: number, capacity: readonly number[], pairs: readonly Pair[]) {
  const load = capacity.map(() => 0);
  let matched = 0;
  let total = 0;
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    const mentor = flow.mentorOf(mentee);
    if (mentor < 0) continue;
    const pair = pairs.find((p) => p.mentee === mentee && p.mentor === mentor);
    expect(pair).toBeDefined();
    load[mentor]++;
    matched++;
    total += pair?.score ?? 0;
  }
  load.forEach((n, mentor) => expect(n).toBeLessThanOrEqual(capacity[mentor]));
  return [matched, total];
}

const instance = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 7 }))
  .chain(([mentorCount, menteeCount]) =>
    fc.record({
      menteeCount: fc.constant(menteeCount),
      capacity: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: mentorCount, maxLength: mentorCount }),
      pairs: fc.uniqueArray(
        fc.record({
          mentee: fc.integer({ min: 0, max: menteeCount - 1 }),
          mentor: fc.integer({ min: 0, max: mentorCount - 1 }),
          score: fc.integer({ min: 0, max: 9 }),
          round: fc.integer({ min: 0, max: 3 }),
        }),
        { selector: (p) => `${p.mentee}|${p.mentor}`, maxLength: menteeCount * mentorCount },
      ),
    }),
  );

describe('CandidateFlow', () => {
  it(
    'stays optimal when pairs join the solved flow round by round (as the optimality check adds them)',
    () => {
      fc.assert(
        fc.property(instance, ({ menteeCount, capacity, pairs }) => {
          const big = 10 * menteeCount + 1;
          const arcCost = (score: number) => -(big + score);
          const flow = new CandidateFlow(
            scanOf(
              menteeCount,
              pairs.filter((p) => p.round === 0),
            ),
            Int32Array.from(capacity),
            arcCost,
          );
          for (let round = 0; round <= 3; round++) {
            const joined = pairs.filter((p) => p.round <= round);
            if (round > 0) {
              for (const p of pairs) if (p.round === round) flow.addPair(p.mentee, p.mentor, arcCost(p.score));
              flow.settle();
            }
            expect(assignment(flow, menteeCount, capacity, joined)).toEqual(bruteForce(menteeCount, capacity, joined));
            // The potentials are a certificate: a pair's arc has a non-negative reduced cost if unused, else its
            // reverse has.
            for (const p of joined) {
              const reduced = arcCost(p.score) + flow.menteePotential(p.mentee) - flow.mentorPotential(p.mentor);
              if (flow.mentorOf(p.mentee) === p.mentor) expect(reduced).toBeLessThanOrEqual(0);
              else expect(reduced).toBeGreaterThanOrEqual(0);
            }
          }
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('moves a matched mentee to a better pair that joins later, and matches one more through it', () => {
    // Mentor 0 (room 1) takes mentee 0; mentee 1 has only mentor 0. Pair (0, 1) joining frees mentor 0 for mentee 1.
    const big = 100;
    const arcCost = (score: number) => -(big + score);
    const first: Pair[] = [
      { mentee: 0, mentor: 0, score: 9, round: 0 },
      { mentee: 1, mentor: 0, score: 1, round: 0 },
    ];
    const flow = new CandidateFlow(scanOf(2, first), Int32Array.from([1, 1]), arcCost);
    expect([flow.mentorOf(0), flow.mentorOf(1)]).toEqual([0, -1]);
    flow.addPair(0, 1, arcCost(2));
    flow.settle();
    expect([flow.mentorOf(0), flow.mentorOf(1)]).toEqual([1, 0]);
  });
});
