import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { returnedRows } from '../../platform/http/sql-support';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { LiveAttendance } from '../attendance/attendance.service';

/** The `attendance_credit` job of the live queue, written to the outbox when a session with a linked course ends. */
export interface AttendanceCreditPayload {
  sessionId: string;
}

/**
 * Attendance counting towards the linked course: every signed-in participant who stayed at least the session's
 * `completion_minutes` is enrolled (if not yet) and their enrollment completed, which asks for the certificate as
 * training's own completion does. Guests have no account and are not credited. Safe to run twice: the
 * `completed_at IS NULL` guard completes (and certifies) an enrollment once.
 */
@Injectable()
export class AttendanceCredit {
  private readonly logger = new Logger('LiveAttendanceCredit');

  constructor(
    private readonly db: DataSource,
    private readonly attendance: LiveAttendance,
    private readonly outbox: OutboxService,
  ) {}

  async credit({ sessionId }: AttendanceCreditPayload): Promise<{ credited: number }> {
    const credited = await this.db.transaction(async (m) => {
      const [session]: { course_id: string | null; completion_minutes: number | null; status: string }[] =
        await m.query(`SELECT course_id, completion_minutes, status FROM live_session WHERE id = $1 FOR SHARE`, [
          sessionId,
        ]);
      if (!session?.course_id || !session.completion_minutes || session.status !== 'ended') return 0;
      const attended = (await this.attendance.ofSession(sessionId, m)).filter(
        (a) => a.role !== 'guest' && a.minutes >= (session.completion_minutes ?? Infinity),
      );
      if (attended.length === 0) return 0;
      const users: { user_id: string }[] = await m.query(
        `SELECT DISTINCT p.user_id FROM live_participant p
          JOIN app_user u ON u.id = p.user_id
         WHERE p.id = ANY($1::uuid[]) AND p.user_id IS NOT NULL`,
        [attended.map((a) => a.participantId)],
      );
      let count = 0;
      for (const { user_id } of users) {
        await m.query(
          `INSERT INTO enrollment (course_id, user_id) VALUES ($1, $2) ON CONFLICT ON CONSTRAINT uq_enrollment_course_user DO NOTHING`,
          [session.course_id, user_id],
        );
        const completed = returnedRows<{ id: string }>(
          await m.query(
            `UPDATE enrollment SET completed_at = now(), last_activity_at = now()
              WHERE course_id = $1 AND user_id = $2 AND completed_at IS NULL RETURNING id`,
            [session.course_id, user_id],
          ),
        );
        for (const { id } of completed) {
          await this.outbox.add(m, QUEUE_NAMES.certificates, 'issue', { enrollmentId: id });
          count++;
        }
      }
      return count;
    });
    if (credited > 0) this.logger.log({ sessionId, credited }, 'attendance completed the linked course');
    return { credited };
  }
}
