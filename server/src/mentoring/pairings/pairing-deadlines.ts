import { Injectable } from '@nestjs/common';

/** The `mentoring` queue's follow-up job: one survey e-mail to one side, 30 days after the pairing ended. */
export interface MentoringFollowUpPayload {
  pairingId: string;
  userId: string;
}

/** Follow-up jobs have this id, so a pairing's side is never queued twice. */
export function followUpJobId(p: MentoringFollowUpPayload): string {
  return `mentoring-follow-up:${p.pairingId}:${p.userId}`;
}

/**
 * Active pairings' calendar: a reminder a week before the agreed end date, completion on it, and the follow-up
 * survey 30 days after a pairing ended.
 */
@Injectable()
export class PairingDeadlines {
  /** Safe to run twice and on two nodes at once: a second run finds nothing due. */
  async sweep(now: Date = new Date()): Promise<{ reminded: number; completed: number }> {
    void now;
    return { reminded: 0, completed: 0 }; // TODO(m9-pairings)
  }

  /** Sends one side's follow-up survey once (a retry after the send finds it sent). */
  async sendFollowUp(payload: MentoringFollowUpPayload): Promise<{ sent: boolean }> {
    void payload;
    return { sent: false }; // TODO(m9-pairings)
  }
}
