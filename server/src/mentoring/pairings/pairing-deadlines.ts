import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { SessionService } from '../../platform/auth/session.service';
import { MailService } from '../../platform/mail/mail.service';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { QueueProducer } from '../../platform/queue/queue-producer.service';
import { dropMentorRoleIfLast } from '../mentor-role';
import type { PairingRow } from './pairing-access';
import { noticesToOthers, pairingLink, type PairingNotice, PairingNotices } from './pairing-notices';

/** The `mentoring` queue's follow-up job: one survey e-mail to one side, 30 days after the pairing ended. */
export interface MentoringFollowUpPayload {
  pairingId: string;
  userId: string;
}

/** Follow-up jobs have this id, so a pairing's side is never queued twice. */
export function followUpJobId(p: MentoringFollowUpPayload): string {
  return `mentoring-follow-up:${p.pairingId}:${p.userId}`;
}

export const COMPLETION_REMINDER_DAYS = 7;
export const FOLLOW_UP_DAYS = 30;
/** Follow-ups queued per sweep; the next sweep takes the rest. */
const FOLLOW_UP_BATCH = 500;

/** What a notice or mail of the deadlines needs of a pairing (the names of PairingRow the notices read). */
type NoticeRow = Pick<
  PairingRow,
  'id' | 'mentor_user_id' | 'mentee_user_id' | 'program_name' | 'mentor_name' | 'mentee_name'
> & { ends_on: string };

const NOTICE_COLUMNS = `mp.id, mp.mentor_user_id, mp.mentee_user_id, to_char(mp.ends_on, 'YYYY-MM-DD') AS ends_on,
  p.name AS program_name, mentor.display_name AS mentor_name, mentee.display_name AS mentee_name`;
const NOTICE_JOINS = `JOIN mentoring_program p ON p.id = mp.program_id
  JOIN app_user mentor ON mentor.id = mp.mentor_user_id
  JOIN app_user mentee ON mentee.id = mp.mentee_user_id`;

/** Today in Finland at `$1`, as SQL: end dates are Finnish days. */
const TODAY = `($1::timestamptz AT TIME ZONE 'Europe/Helsinki')::date`;

/**
 * Active pairings' calendar: a reminder a week before the agreed end date, completion on it, and the follow-up
 * survey 30 days after a pairing ended. Each step claims its rows with a conditional UPDATE in the transaction
 * that also writes the mail (outbox), so two sweeps at once, on two nodes, do each step once.
 */
@Injectable()
export class PairingDeadlines {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly producer: QueueProducer,
    private readonly notices: PairingNotices,
    private readonly sessions: SessionService,
  ) {}

  /** Safe to run twice and on two nodes at once: a second run finds nothing due. */
  async sweep(now: Date = new Date()): Promise<{ reminded: number; completed: number; followUps: number }> {
    const reminded = await this.remind(now);
    const completed = await this.complete(now);
    const followUps = await this.queueFollowUps(now);
    return { reminded, completed, followUps };
  }

  private async remind(now: Date): Promise<number> {
    const notices: PairingNotice[] = [];
    const count = await this.db.transaction(async (m) => {
      const rows: NoticeRow[] = await m.query(
        `WITH due AS (
           UPDATE mentoring_pairing SET completion_reminded_at = $1
            WHERE status = 'active' AND completion_reminded_at IS NULL AND ends_on IS NOT NULL
              AND ends_on > ${TODAY} AND ends_on <= ${TODAY} + $2::int
           RETURNING id)
         SELECT ${NOTICE_COLUMNS} FROM mentoring_pairing mp JOIN due ON due.id = mp.id ${NOTICE_JOINS}`,
        [now, COMPLETION_REMINDER_DAYS],
      );
      for (const row of rows) {
        for (const n of noticesToOthers(row as PairingRow, null, 'mentoring.completion_reminder')) {
          await this.mail.queue(m, {
            template: 'mentoring_completion_reminder',
            category: 'reminders',
            userId: n.userId,
            params: { ...n.params, endsOn: row.ends_on, link: `${this.config.publicUrl}${n.link}` },
          });
          notices.push({ ...n, params: { ...n.params, endsOn: row.ends_on } });
        }
      }
      return rows.length;
    });
    await this.notices.send(notices);
    return count;
  }

  private async complete(now: Date): Promise<number> {
    const rows: NoticeRow[] = await this.db.query(
      `WITH done AS (
         UPDATE mentoring_pairing SET status = 'completed', finished_at = $1, finished_by = NULL, updated_at = now()
          WHERE status = 'active' AND ends_on IS NOT NULL AND ends_on <= ${TODAY}
         RETURNING id)
       SELECT ${NOTICE_COLUMNS} FROM mentoring_pairing mp JOIN done ON done.id = mp.id ${NOTICE_JOINS}`,
      [now],
    );
    for (const mentorId of new Set(rows.map((row) => (row as PairingRow).mentor_user_id)))
      if (await dropMentorRoleIfLast(this.db.manager, mentorId)) this.sessions.forgetUser(mentorId);
    await this.notices.send(rows.flatMap((row) => noticesToOthers(row as PairingRow, null, 'mentoring.completed')));
    return rows.length;
  }

  /** One job per side not yet surveyed; the job id makes a second sweep's add a no-op while the first is known. */
  private async queueFollowUps(now: Date): Promise<number> {
    const due: MentoringFollowUpPayload[] = await this.db.query(
      `SELECT mp.id AS "pairingId", side.user_id AS "userId"
         FROM mentoring_pairing mp
         CROSS JOIN LATERAL (VALUES (mp.mentor_user_id), (mp.mentee_user_id)) AS side(user_id)
        WHERE mp.status IN ('completed', 'ended_early') AND mp.finished_at <= $1::timestamptz - make_interval(days => $2)
          AND NOT EXISTS (SELECT 1 FROM mentoring_follow_up_sent s WHERE s.pairing_id = mp.id AND s.user_id = side.user_id)
        ORDER BY mp.finished_at, mp.id, side.user_id
        LIMIT $3`,
      [now, FOLLOW_UP_DAYS, FOLLOW_UP_BATCH],
    );
    for (const payload of due)
      await this.producer.add(QUEUE_NAMES.mentoring, 'follow_up_survey', payload, { jobId: followUpJobId(payload) });
    return due.length;
  }

  /** Sends one side's follow-up survey once (a retry after the send finds it sent). */
  async sendFollowUp(payload: MentoringFollowUpPayload): Promise<{ sent: boolean }> {
    return this.db.transaction(async (m) => {
      const rows: NoticeRow[] = await m.query(
        `SELECT ${NOTICE_COLUMNS} FROM mentoring_pairing mp ${NOTICE_JOINS}
          WHERE mp.id = $1 AND $2 IN (mp.mentor_user_id, mp.mentee_user_id)
            AND mp.status IN ('completed', 'ended_early')`,
        [payload.pairingId, payload.userId],
      );
      const row = rows[0];
      if (!row) return { sent: false };
      const claimed: unknown[] = await m.query(
        `INSERT INTO mentoring_follow_up_sent (pairing_id, user_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING pairing_id`,
        [payload.pairingId, payload.userId],
      );
      if (claimed.length === 0) return { sent: false };
      const otherName = payload.userId === row.mentor_user_id ? row.mentee_name : row.mentor_name;
      await this.mail.queue(m, {
        template: 'mentoring_follow_up',
        category: 'notifications',
        userId: payload.userId,
        params: {
          programName: row.program_name,
          otherName,
          link: `${this.config.publicUrl}${pairingLink(row.id)}`,
        },
      });
      return { sent: true };
    });
  }
}
