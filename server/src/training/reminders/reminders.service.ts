import { clientLink } from '@kotopaikka/contracts';
import {
  dueSoon,
  helsinkiCalendarDate,
  isStalled,
  mayRemindAgain,
  pickLocalized,
  REMINDER_INTERVAL_DAYS,
} from '@kotopaikka/training';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { UserEntity } from '../../accounts/users/user.entity';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { TableRow } from '../../database/table-row';
import { MailService } from '../../platform/mail/mail.service';
import type { CourseEntity } from '../courses/course.entity';
import type { EnrollmentEntity } from '../learning/enrollment.entity';
import { Clock } from './clock';

type Candidate = TableRow<
  EnrollmentEntity,
  'id' | 'userId' | 'courseId' | 'lastActivityAt' | 'lastRemindedAt' | 'dueDate'
> &
  TableRow<CourseEntity, 'title'> &
  TableRow<UserEntity, 'locale'>;

export interface SweepResult {
  stalled: number;
  dueSoon: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// TypeORM answers an UPDATE with [rows, affected count]; the count says whether this sweep claimed the reminder.

// Unfinished enrollments of active people who have not switched reminders off, on courses still offered.
const CANDIDATES = `
  SELECT e.id, e.user_id, e.course_id, c.title, u.locale, e.last_activity_at, e.last_reminded_at,
         to_char(e.due_date, 'YYYY-MM-DD') AS due_date
    FROM enrollment e
    JOIN app_user u ON u.id = e.user_id
    JOIN course c ON c.id = e.course_id
   WHERE e.completed_at IS NULL
     AND u.status = 'active'
     AND c.status = 'published'
     AND COALESCE((u.email_preferences ->> 'reminders')::boolean, true)`;

/**
 * Finds stalled learners and near due dates and queues one e-mail each. Each reminder is claimed by an UPDATE guarded
 * by the same condition, in the transaction that writes the mail's outbox row: a retried or concurrent sweep finds
 * nothing left to claim, so no learner gets a second copy.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async sweep(): Promise<SweepResult> {
    const now = this.clock.now();
    const result = { stalled: await this.remindStalled(now), dueSoon: await this.remindDueSoon(now) };
    if (result.stalled + result.dueSoon > 0) this.logger.log(result, 'reminders queued');
    return result;
  }

  private async remindStalled(now: Date): Promise<number> {
    const afterDays = this.config.reminderAfterDays;
    const candidates: Candidate[] = await this.db.query(
      `${CANDIDATES} AND e.last_activity_at <= $1 AND (e.last_reminded_at IS NULL OR e.last_reminded_at <= $2)
        ORDER BY e.last_reminded_at NULLS FIRST, e.last_activity_at, e.id`,
      [new Date(now.getTime() - afterDays * DAY_MS), new Date(now.getTime() - REMINDER_INTERVAL_DAYS * DAY_MS)],
    );
    let sent = 0;
    for (const c of candidates.filter(
      (row) => isStalled(row.last_activity_at, now, afterDays) && mayRemindAgain(row.last_reminded_at, now),
    )) {
      const claimed = await this.db.transaction(async (manager) => {
        // At most one stall reminder a week per learner, whatever the number of stalled courses: the person's row
        // lock serialises claims for one learner, and the guard looks at all their enrollments.
        await manager.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [c.user_id]);
        const [, affected]: [unknown[], number] = await manager.query(
          `UPDATE enrollment SET last_reminded_at = $2
            WHERE id = $1 AND completed_at IS NULL AND last_activity_at <= $3
              AND (last_reminded_at IS NULL OR last_reminded_at <= $4)
              AND NOT EXISTS (SELECT 1 FROM enrollment o WHERE o.user_id = $5 AND o.last_reminded_at > $4)`,
          [
            c.id,
            now,
            new Date(now.getTime() - afterDays * DAY_MS),
            new Date(now.getTime() - REMINDER_INTERVAL_DAYS * DAY_MS),
            c.user_id,
          ],
        );
        if (affected === 0) return false;
        await this.mail.queue(manager, {
          template: 'course_stalled',
          category: 'reminders',
          userId: c.user_id,
          params: { courseTitle: pickLocalized(c.title, c.locale).text, link: this.courseLink(c.course_id) },
        });
        return true;
      });
      if (claimed) sent++;
    }
    return sent;
  }

  private async remindDueSoon(now: Date): Promise<number> {
    const today = helsinkiCalendarDate(now);
    // A day of slack either side of the window for the SQL filter; the domain rule decides exactly.
    const candidates: Candidate[] = await this.db.query(
      `${CANDIDATES} AND e.due_reminded_at IS NULL AND e.due_date BETWEEN $1::date - 1 AND $1::date + 4`,
      [today],
    );
    let sent = 0;
    for (const c of candidates.filter((row) => row.due_date !== null && dueSoon(row.due_date, now))) {
      const claimed = await this.db.transaction(async (manager) => {
        const [, affected]: [unknown[], number] = await manager.query(
          `UPDATE enrollment SET due_reminded_at = $2 WHERE id = $1 AND completed_at IS NULL AND due_reminded_at IS NULL`,
          [c.id, now],
        );
        if (affected === 0) return false;
        await this.mail.queue(manager, {
          template: 'course_due_soon',
          category: 'reminders',
          userId: c.user_id,
          params: {
            courseTitle: pickLocalized(c.title, c.locale).text,
            link: this.courseLink(c.course_id),
            dueDate: c.due_date ?? '',
          },
        });
        return true;
      });
      if (claimed) sent++;
    }
    return sent;
  }

  private courseLink(courseId: string): string {
    return `${this.config.publicUrl}${clientLink('course', { courseId })}`;
  }
}
