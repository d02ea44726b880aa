import type { PairScan } from './candidate-scan';

/**
 * Each mentor's best mentees, ⌈k / 2⌉ per unit of capacity and ⌈k / 2⌉ more for k candidates per mentee: a mentor no
 * mentee ranks among its own best (so left with room by the mentees' lists alone) still gets arcs to the mentees
 * that suit it best, which the optimality check would otherwise add round by round (on the benchmark's 2,000 ×
 * 10,000 a first round of 100,000 pairs with mentee lists alone, about 1,000 with these).
 */
export class MentorTops {
  /** The score a mentee must beat to enter the mentor's list (below any score while it has room). */
  readonly worst: Int32Array;
  private readonly offset: Int32Array;
  private readonly size: Int32Array;
  private readonly count: Int32Array;
  private readonly mentee: Int32Array;
  private readonly score: Int32Array;

  constructor(capacity: Int32Array, keep: number) {
    const n = capacity.length;
    const perSeat = keep < n ? Math.ceil(keep / 2) : 0;
    this.worst = new Int32Array(n);
    this.offset = new Int32Array(n + 1);
    this.size = Int32Array.from(capacity, (c) => (c > 0 && perSeat > 0 ? perSeat * (c + 1) : 0));
    this.count = new Int32Array(n);
    for (let m = 0; m < n; m++) {
      this.offset[m + 1] = this.offset[m] + this.size[m];
      this.worst[m] = this.size[m] > 0 ? -0x7fffffff : 0x7fffffff;
    }
    this.mentee = new Int32Array(this.offset[n]);
    this.score = new Int32Array(this.offset[n]);
  }

  /** Inserts a mentee scoring above `worst` (an earlier mentee keeps a tie). */
  add(mentor: number, mentee: number, score: number): void {
    const base = this.offset[mentor];
    const size = this.size[mentor];
    let i = this.count[mentor] < size ? this.count[mentor]++ : size - 1;
    while (i > 0 && this.score[base + i - 1] < score) {
      this.score[base + i] = this.score[base + i - 1];
      this.mentee[base + i] = this.mentee[base + i - 1];
      i--;
    }
    this.score[base + i] = score;
    this.mentee[base + i] = mentee;
    if (this.count[mentor] === size) this.worst[mentor] = this.score[base + size - 1];
  }

  /** Adds each listed pair to the mentee's candidates unless there, then sorts them again (best first, ties by id). */
  addTo(scan: PairScan): void {
    const touched = new Uint8Array(scan.candidates.length);
    for (let mentor = 0; mentor < this.size.length; mentor++)
      for (let i = this.offset[mentor], end = i + this.count[mentor]; i < end; i++) {
        const mentee = this.mentee[i];
        const candidates = scan.candidates[mentee];
        if (candidates.includes(mentor)) continue;
        candidates.push(mentor);
        scan.candidateScores[mentee].push(this.score[i]);
        touched[mentee] = 1;
      }
    for (let mentee = 0; mentee < touched.length; mentee++) {
      if (touched[mentee] === 0) continue;
      const candidates = scan.candidates[mentee];
      const scores = scan.candidateScores[mentee];
      const order = candidates.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || candidates[a] - candidates[b]);
      scan.candidates[mentee] = order.map((i) => candidates[i]);
      scan.candidateScores[mentee] = order.map((i) => scores[i]);
    }
  }
}
