import type { EnrollmentState } from '@kotopaikka/contracts';
import { isComplete } from '@kotopaikka/training';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { returnedRows } from '../../platform/http/sql-support';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { type EnrollmentRow, enrollmentState, loadOutlines, loadProgress } from './course-outline';

/** Locked enrollment of the learner writing progress; held until the transaction ends so writes of one learner queue up. */
export interface LockedEnrollment {
  id: string;
  courseId: string;
}

@Injectable()
export class CompletionService {
  constructor(private readonly outbox: OutboxService) {}

  async lock(manager: EntityManager, enrollmentId: string): Promise<void> {
    await manager.query(`SELECT id FROM enrollment WHERE id = $1 FOR UPDATE`, [enrollmentId]);
  }

  /**
   * Completion on the course as it stands now; the first completion asks for a certificate in the same
   * transaction, and the `completed_at IS NULL` guard makes that happen once however many requests race.
   */
  async settle(manager: EntityManager, enrollment: LockedEnrollment): Promise<EnrollmentState> {
    const [outlines, progressById] = [
      await loadOutlines(manager, [enrollment.courseId]),
      await loadProgress(manager, [enrollment.id]),
    ];
    const outline = outlines.get(enrollment.courseId) ?? { lessons: [], requiredQuizIds: [] };
    const progress = progressById.get(enrollment.id) ?? { doneLessonIds: [], passedQuizIds: [] };
    if (isComplete(outline, progress)) {
      const completed = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE enrollment SET completed_at = now() WHERE id = $1 AND completed_at IS NULL RETURNING id`,
          [enrollment.id],
        ),
      );
      if (completed.length > 0) {
        await this.outbox.add(manager, QUEUE_NAMES.certificates, 'issue', { enrollmentId: enrollment.id });
      }
    }
    const [row] = (await manager.query(
      `SELECT id AS enrollment_id, due_date::text AS due_date, completed_at FROM enrollment WHERE id = $1`,
      [enrollment.id],
    )) as EnrollmentRow[];
    return enrollmentState(row, outline, progress);
  }
}
