import fc from 'fast-check';

import { bruteForceOptimum, instanceArbitrary, pairKey } from './matching.test-support';
import type { MatchingInstance, MatchingPair, MatchingResult } from './matching-types';
import { scorePair } from './scoring';
import { solveMatching } from './solve-matching';

/** Property runs on a shared, busy machine take longer than jest's 5 s default now and then. */
const PROPERTY_TIMEOUT_MS = 60_000;

/** The pins the documented rules keep: in mentee then mentor id order, each taking capacity first. */
function expectedPins(instance: MatchingInstance): Set<string> {
  const capacity = new Map(instance.mentors.map((m) => [m.id, m.freeCapacity]));
  const blocked = new Set(instance.blocked.map(pairKey));
  const pinned = new Set<string>();
  const kept = new Set<string>();
  // By mentee id, then mentor id (not by the joined key: `mentor-15|…` sorts before `mentor-1|…`).
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...instance.fixed].sort((a, b) => byId(a.menteeId, b.menteeId) || byId(a.mentorId, b.mentorId));
  for (const pair of sorted) {
    const mentor = instance.mentors.find((m) => m.id === pair.mentorId);
    const mentee = instance.mentees.find((m) => m.id === pair.menteeId);
    if (!mentor || !mentee || pinned.has(mentee.id) || mentor.personId === mentee.personId) continue;
    if (blocked.has(pairKey(pair)) || (capacity.get(mentor.id) ?? 0) <= 0) continue;
    capacity.set(mentor.id, (capacity.get(mentor.id) ?? 0) - 1);
    pinned.add(mentee.id);
    kept.add(pairKey(pair));
  }
  return kept;
}

function expectConstraintsHold(instance: MatchingInstance, result: MatchingResult): void {
  const blocked = new Set(instance.blocked.map(pairKey));
  const load = new Map<string, number>();
  const menteeIds = new Set<string>();
  for (const p of result.proposals) {
    const mentor = instance.mentors.find((m) => m.id === p.mentorId);
    const mentee = instance.mentees.find((m) => m.id === p.menteeId);
    expect(mentor && mentee).toBeTruthy();
    if (!mentor || !mentee) return;
    expect(menteeIds.has(p.menteeId)).toBe(false);
    menteeIds.add(p.menteeId);
    load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
    expect(mentor.personId).not.toBe(mentee.personId);
    expect(blocked.has(pairKey(p))).toBe(false);
    expect(p.contributions.reduce((sum, c) => sum + c.points, 0)).toBe(p.score);
    if (!p.fixed) {
      const scored = scorePair(mentor, mentee, instance.settings);
      expect(scored?.score).toBe(p.score);
      expect(p.score).toBeGreaterThanOrEqual(instance.settings.minimumScore);
    }
  }
  for (const mentor of instance.mentors) expect(load.get(mentor.id) ?? 0).toBeLessThanOrEqual(mentor.freeCapacity);
  const pins = expectedPins(instance);
  expect(new Set(result.proposals.filter((p) => p.fixed).map(pairKey))).toEqual(pins);
  for (const pair of instance.fixed) {
    const kept = pins.has(pairKey(pair));
    expect(kept || result.rejectedFixed.some((r) => pairKey(r) === pairKey(pair))).toBe(true);
  }
  const unmatched = instance.mentees.filter((m) => !menteeIds.has(m.id)).map((m) => m.id);
  expect(result.unmatched.map((u) => u.menteeId)).toEqual([...unmatched].sort());
  expect(result.matched).toBe(result.proposals.length);
  expect(result.totalScore).toBe(result.proposals.reduce((sum, p) => sum + p.score, 0));
}

function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((entry) => entry.item);
}

describe('solveMatching (properties)', () => {
  it(
    'equals the brute-force optimum (matched, then total score) and holds every constraint',
    () => {
      fc.assert(
        fc.property(instanceArbitrary(6, 8), (instance) => {
          const result = solveMatching(instance);
          expectConstraintsHold(instance, result);
          expect([result.matched, result.totalScore]).toEqual(bruteForceOptimum(instance, result));
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'equals the brute-force optimum when pruned to one candidate per mentee (the check adds the rest, the flow resumes)',
    () => {
      fc.assert(
        fc.property(instanceArbitrary(6, 8), (instance) => {
          const result = solveMatching(instance, { candidatesPerMentee: 1 });
          expectConstraintsHold(instance, result);
          expect([result.matched, result.totalScore]).toEqual(bruteForceOptimum(instance, result));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'does not depend on the order of mentors, mentees, pins and blocks',
    () => {
      fc.assert(
        fc.property(
          instanceArbitrary(6, 8),
          fc.array(fc.integer(), { minLength: 1, maxLength: 8 }),
          (instance, keys) => {
            const reordered: MatchingInstance = {
              ...instance,
              mentors: shuffled(instance.mentors, keys),
              mentees: shuffled(instance.mentees, [...keys].reverse()),
              fixed: shuffled<MatchingPair>(instance.fixed, keys),
              blocked: shuffled<MatchingPair>(instance.blocked, keys),
            };
            expect(solveMatching(reordered)).toEqual(solveMatching(instance));
          },
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'the pruned solve reaches the unpruned optimum, with stored or rescored pairs in its check',
    () => {
      fc.assert(
        fc.property(
          instanceArbitrary(18, 40),
          fc.integer({ min: 1, max: 3 }),
          fc.boolean(),
          (instance, keep, store) => {
            const full = solveMatching(instance, { candidatesPerMentee: 0 });
            const pruned = solveMatching(instance, {
              candidatesPerMentee: keep,
              maxStoredScores: store ? Infinity : 0,
            });
            expectConstraintsHold(instance, pruned);
            expect([pruned.matched, pruned.totalScore]).toEqual([full.matched, full.totalScore]);
            expect(pruned.unmatched.map((u) => u.reason).sort()).toEqual(full.unmatched.map((u) => u.reason).sort());
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
