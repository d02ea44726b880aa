import { type PairingSide, PROPOSAL_EXPIRY_DAYS, PROPOSAL_REMINDER_DAYS } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type PairingPeople, ProposalNotices } from './proposal-notices';

interface DueRow {
  id: string;
  mentor_answer: string | null;
  mentee_answer: string | null;
}

/** Proposals' deadlines: one reminder at 7 days to whoever has not answered, expiry at 14 (freeing the capacity). */
@Injectable()
export class ProposalDeadlines {
  constructor(
    private readonly db: DataSource,
    private readonly notices: ProposalNotices,
  ) {}

  /**
   * Safe to run twice and on two nodes at once: a second run finds nothing due. Each step is one UPDATE whose
   * WHERE re-checks the row once it holds the row's lock (reminded_at still null, status still proposed), so a
   * proposal is reminded and expired exactly once; the reminder mails go into the outbox in the same transaction.
   */
  async sweep(now: Date = new Date()): Promise<{ reminded: number; expired: number }> {
    const expiredPeople = await this.db.transaction(async (m) => {
      // TypeORM answers an UPDATE with [rows, affected].
      const [rows]: [DueRow[], number] = await m.query(
        `UPDATE mentoring_pairing SET status = 'expired', updated_at = now()
          WHERE status = 'proposed' AND proposed_at <= $1::timestamptz - make_interval(days => $2)
          RETURNING id, mentor_answer, mentee_answer`,
        [now, PROPOSAL_EXPIRY_DAYS],
      );
      return this.notices.people(
        m,
        rows.map((r) => r.id),
      );
    });
    const reminded = await this.db.transaction(async (m) => {
      // TypeORM answers an UPDATE with [rows, affected].
      const [rows]: [DueRow[], number] = await m.query(
        `UPDATE mentoring_pairing SET reminded_at = $1, updated_at = now()
          WHERE status = 'proposed' AND reminded_at IS NULL
            AND proposed_at <= $1::timestamptz - make_interval(days => $2)
          RETURNING id, mentor_answer, mentee_answer`,
        [now, PROPOSAL_REMINDER_DAYS],
      );
      const people = await this.notices.people(
        m,
        rows.map((r) => r.id),
      );
      const due: { people: PairingPeople; sides: PairingSide[] }[] = people.map((p) => {
        const row = rows.find((r) => r.id === p.pairingId) as DueRow;
        const sides: PairingSide[] = [];
        if (row.mentor_answer === null) sides.push('mentor');
        if (row.mentee_answer === null) sides.push('mentee');
        return { people: p, sides };
      });
      for (const d of due) await this.notices.mail(m, 'mentoring_proposal_reminder', d.people, d.sides);
      return due;
    });
    for (const p of expiredPeople) await this.notices.notify('mentoring.proposal_expired', p, ['mentor', 'mentee']);
    for (const d of reminded) await this.notices.notify('mentoring.proposal_reminder', d.people, d.sides);
    return { reminded: reminded.length, expired: expiredPeople.length };
  }
}
