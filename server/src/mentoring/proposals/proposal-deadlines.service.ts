import { Injectable } from '@nestjs/common';

/** Proposals' deadlines: one reminder at 7 days to whoever has not answered, expiry at 14 (freeing the capacity). */
@Injectable()
export class ProposalDeadlines {
  /** Safe to run twice and on two nodes at once: a second run finds nothing due. */
  async sweep(now: Date = new Date()): Promise<{ reminded: number; expired: number }> {
    void now;
    return { reminded: 0, expired: 0 }; // TODO(m9-proposals)
  }
}
