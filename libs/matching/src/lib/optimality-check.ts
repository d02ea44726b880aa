import type { PairScan, ScanInput } from './candidate-scan';

const ADD_PER_MENTEE = 64;

/** What the check reads of the solved flow. */
export interface FlowDuals {
  menteePotential(mentee: number): number;
  mentorPotential(mentor: number): number;
}

/**
 * The optimality check on the pruned pairs, round by round: each round adds to the candidates the eligible pairs
 * left out whose arc (cost −(big + score)) has a negative reduced cost under the flow's potentials (the most negative
 * 64 per mentee), telling `add` of each; a round that adds none proves the pruned optimum optimal for the whole
 * instance (see `solveMatching`).
 *
 * A pair's reduced cost −(big + score) + π(mentee) − π(mentor) is negative when score + π(mentor) exceeds
 * π(mentee) − big; a mentee whose best score plus the greatest mentor potential does not is skipped whole.
 *
 * After the first round only some mentees need looking at again. Between two rounds every potential moves by δ ≥ 0,
 * so a pair's reduced cost moves by δ(mentee) − δ(mentor). Each pair left out had a non-negative one after the last
 * round, except at a mentee that had more than 64 to add: a mentee that is not such, and whose potential moved at
 * least as far as every mentor's, has none negative now. The flow names the others (`moved`).
 */
export class OptimalityCheck {
  private readonly listed: Uint8Array;
  /** Mentees that had more improving pairs than one round adds: looked at again next round whatever moved. */
  private readonly capped: Uint8Array;
  private readonly worstReduced = new Float64Array(ADD_PER_MENTEE);
  private readonly worstMentor = new Int32Array(ADD_PER_MENTEE);
  private readonly worstScore = new Int32Array(ADD_PER_MENTEE);

  constructor(
    private readonly input: ScanInput,
    private readonly scan: PairScan,
    private readonly big: number,
  ) {
    this.listed = new Uint8Array(input.mentorCount);
    this.capped = new Uint8Array(input.menteeCount);
  }

  /** One round; `moved` is null for the first (every mentee looked at). Returns how many pairs it added. */
  addImprovingPairs(
    duals: FlowDuals,
    moved: Uint8Array | null,
    add: (mentee: number, mentor: number, score: number) => void,
  ): number {
    const { mentorCount, menteeCount, active, capacity } = this.input;
    const mentorPi = Float64Array.from({ length: mentorCount }, (_, mentor) => duals.mentorPotential(mentor));
    // The mentors with room, greatest potential first: a mentee need look only as far as its best score could reach.
    const order = Int32Array.from(
      Array.from({ length: mentorCount }, (_, mentor) => mentor)
        .filter((mentor) => capacity[mentor] > 0)
        .sort((a, b) => mentorPi[b] - mentorPi[a] || a - b),
    );
    const greatestPi = order.length > 0 ? mentorPi[order[0]] : -Infinity;
    let added = 0;
    for (let mentee = 0; mentee < menteeCount; mentee++) {
      if (active[mentee] === 0 || this.scan.candidates[mentee].length === 0) continue;
      if (moved !== null && moved[mentee] === 0 && this.capped[mentee] === 0) continue;
      const limit = duals.menteePotential(mentee) - this.big;
      if (this.scan.bestScore[mentee] + greatestPi <= limit) {
        this.capped[mentee] = 0;
        continue;
      }
      added += this.checkMentee(mentee, limit, mentorPi, order, add);
    }
    return added;
  }

  private checkMentee(
    mentee: number,
    limit: number,
    mentorPi: Float64Array,
    order: Int32Array,
    add: (mentee: number, mentor: number, score: number) => void,
  ): number {
    const { scorer, mentorCount, blocked, minimumScore } = this.input;
    const { listed, worstReduced, worstMentor, worstScore } = this;
    const scores = this.scan.eligibleScores;
    const candidates = this.scan.candidates[mentee];
    for (const mentor of candidates) listed[mentor] = 1;
    const menteeBound = scorer.menteeBound[mentee];
    let found = 0;
    let over = false;
    const row = mentee * mentorCount;
    const reach = limit - this.scan.bestScore[mentee];
    for (let k = 0; k < order.length; k++) {
      const mentor = order[k];
      if (mentorPi[mentor] <= reach) break;
      let score: number;
      if (scores) {
        score = scores[row + mentor];
        // A stored −1 is a pair that is not eligible.
        if (score < 0 || score + mentorPi[mentor] <= limit || listed[mentor] === 1) continue;
      } else {
        if (listed[mentor] === 1) continue;
        const bound = Math.min(menteeBound, scorer.mentorBound[mentor]);
        if (bound + mentorPi[mentor] <= limit || !scorer.passesRules(mentor, mentee)) continue;
        if (blocked.size > 0 && blocked.has(row + mentor)) continue;
        const languages = scorer.sharedLanguages(mentor, mentee);
        if (languages === 0) continue;
        score = scorer.score(mentor, mentee, languages);
        if (score < minimumScore || score + mentorPi[mentor] <= limit) continue;
      }
      const reduced = limit - score - mentorPi[mentor];
      // The most negative 64 per mentee at most, which keeps a round's flow small when potentials are far off.
      if (found === ADD_PER_MENTEE) {
        over = true;
        if (reduced >= worstReduced[ADD_PER_MENTEE - 1]) continue;
      }
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
    for (const mentor of candidates) listed[mentor] = 0;
    for (let i = 0; i < found; i++) {
      candidates.push(worstMentor[i]);
      this.scan.candidateScores[mentee].push(worstScore[i]);
      add(mentee, worstMentor[i], worstScore[i]);
    }
    this.capped[mentee] = over ? 1 : 0;
    return found;
  }
}
