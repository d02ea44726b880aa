import type { PairScan } from './candidate-scan';
import { FlowNetwork } from './min-cost-flow';

/** Room enough for any flow through the circulation arc (at most one unit per mentee). */
const UNBOUNDED = 0x3fffffff;

/**
 * The flow on the candidate pairs, kept between the optimality check's rounds: a round's new pairs join the flow
 * that is there, which moves only as far as they make it, instead of being solved again from nothing.
 *
 * Network: source → mentee (capacity 1) → mentor (capacity 1, cost −(BIG + score)) → sink (the mentor's capacity
 * left). The first solve pushes flow from the source to the sink along shortest paths until none is left, then
 * raises the sink's side so that π(sink) ≥ π(source) (see `FlowNetwork.raiseSinkSide`).
 *
 * Resuming: an arc sink → source of cost 0 closes the network into a circulation (one more mentee matched is a cycle
 * through it). Its reduced cost π(sink) − π(source) ≥ 0 holds from the first solve on, and its reverse starts empty:
 * the first solve's matches are never given back through it, which never pays (a residual path from the sink back to
 * the source reverses one pair arc more than it uses, so it costs at least BIG less the score bound, > 0); what a
 * later round pushes through it can be taken back like any flow. A new pair arc whose reduced cost is negative is
 * saturated at once: every residual arc keeps a non-negative reduced cost, and the mentor is left one unit in excess,
 * the mentee one short. `settle` then moves the excess to the deficits along shortest paths; a deficit is always
 * reachable, as the flow before the saturations balanced. Once balanced, no residual arc has a negative reduced cost,
 * so no residual cycle is negative: the flow is optimal on the candidates, and the potentials are again the
 * certificate the check reads.
 */
export class CandidateFlow {
  readonly potential: Float64Array;
  private readonly network: FlowNetwork;
  private readonly menteeCount: number;
  private readonly mentorCount: number;
  /** Mentors with capacity left for the flow (the others have no pairs). */
  private readonly hasRoom: Uint8Array;
  private readonly source = 0;
  private readonly sink: number;

  constructor(scan: PairScan, capacity: Int32Array, arcCost: (score: number) => number) {
    const menteeCount = scan.candidates.length;
    const mentorCount = capacity.length;
    this.menteeCount = menteeCount;
    this.mentorCount = mentorCount;
    this.hasRoom = Uint8Array.from(capacity, (c) => (c > 0 ? 1 : 0));
    const sink = 1 + menteeCount + mentorCount;
    this.sink = sink;
    const pairArcs = scan.candidates.reduce((sum, list) => sum + list.length, 0);
    const network = new FlowNetwork(sink + 1, menteeCount + pairArcs + mentorCount + 1);
    this.network = network;
    // Potentials making every reduced cost non-negative at the start (the network is acyclic: a longest-path pass).
    const potential = new Float64Array(sink + 1);
    this.potential = potential;
    // Arcs are added last to first, so each node's arcs are walked in id order and equal paths favour lower ids.
    for (let mentor = mentorCount - 1; mentor >= 0; mentor--)
      if (capacity[mentor] > 0) network.addArc(this.mentorNode(mentor), sink, capacity[mentor], 0);
    for (let mentee = menteeCount - 1; mentee >= 0; mentee--) {
      const candidates = scan.candidates[mentee];
      const scores = scan.candidateScores[mentee];
      for (let i = candidates.length - 1; i >= 0; i--) {
        const mentorNode = this.mentorNode(candidates[i]);
        const cost = arcCost(scores[i]);
        network.addArc(1 + mentee, mentorNode, 1, cost);
        if (cost < potential[mentorNode]) potential[mentorNode] = cost;
      }
    }
    // Every mentee gets its arc from the source, with candidates or not yet: a pair may join later.
    for (let mentee = menteeCount - 1; mentee >= 0; mentee--) network.addArc(this.source, 1 + mentee, 1, 0);
    for (let mentor = 0; mentor < mentorCount; mentor++)
      potential[sink] = Math.min(potential[sink], potential[this.mentorNode(mentor)]);
    network.excess[this.source] = menteeCount;
    network.excess[sink] = -menteeCount;
    network.settle(potential);
    network.excess[this.source] = 0;
    network.excess[sink] = 0;
    network.raiseSinkSide(this.source, sink, potential);
    network.addArc(sink, this.source, UNBOUNDED, 0);
  }

  /** Adds a candidate pair to the solved flow; `settle` makes the flow optimal again once a round's pairs are in. */
  addPair(mentee: number, mentor: number, cost: number): void {
    const from = 1 + mentee;
    const to = this.mentorNode(mentor);
    const arc = this.network.addArc(from, to, 1, cost);
    if (cost + this.potential[from] - this.potential[to] < 0) this.network.saturate(arc);
  }

  /**
   * Makes the flow optimal again with the pairs added; returns, per mentee, whether its potential moved less than
   * some mentor's (only such a mentee's pairs left out can have turned negative, see `OptimalityCheck`).
   */
  settle(): Uint8Array {
    const before = Float64Array.from(this.potential);
    if (!this.network.settle(this.potential)) throw new Error('Matching flow could not be rebalanced');
    let farthest = -Infinity;
    for (let mentor = 0; mentor < this.mentorCount; mentor++) {
      const node = this.mentorNode(mentor);
      if (this.hasRoom[mentor] === 1) farthest = Math.max(farthest, this.potential[node] - before[node]);
    }
    const moved = new Uint8Array(this.menteeCount);
    for (let mentee = 0; mentee < this.menteeCount; mentee++)
      if (this.potential[1 + mentee] - before[1 + mentee] < farthest) moved[mentee] = 1;
    return moved;
  }

  mentorOf(mentee: number): number {
    const { head, next, to, cap } = this.network;
    const firstMentor = 1 + this.menteeCount;
    for (let arc = head[1 + mentee]; arc >= 0; arc = next[arc])
      if ((arc & 1) === 0 && cap[arc] === 0 && to[arc] >= firstMentor && to[arc] < this.sink)
        return to[arc] - firstMentor;
    return -1;
  }

  menteePotential(mentee: number): number {
    return this.potential[1 + mentee];
  }

  mentorPotential(mentor: number): number {
    return this.potential[this.mentorNode(mentor)];
  }

  private mentorNode(mentor: number): number {
    return 1 + this.menteeCount + mentor;
  }
}
