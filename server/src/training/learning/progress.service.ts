import type { LessonProgress, ReflectionAnswer } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import type { LessonBlockEntity, LessonEntity } from '../courses/lesson.entity';
import { CompletionService } from './completion.service';
import type { LessonProgressDto } from './dto/enrollment.dto';
import type { EnrollmentEntity } from './enrollment.entity';
import { isoOrNull, notEnrolled, visibleCourseSql } from './learner-scope';
import type { LessonProgressEntity } from './lesson-progress.entity';

type LessonAccessRow = TableRow<LessonEntity, 'courseId'> & {
  lesson_id: LessonEntity['id'];
  enrollment_id: EnrollmentEntity['id'] | null;
  last_block_id: LessonBlockEntity['id'] | null;
};

/** Lesson progress and reflection answers: only an enrolled learner of a published course writes them. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly db: DataSource,
    private readonly completion: CompletionService,
  ) {}

  private async lessonAccess(
    manager: EntityManager,
    p: Principal,
    lessonId: string,
  ): Promise<LessonAccessRow & { enrollment_id: string }> {
    const params = new SqlParams();
    const idParam = params.add(lessonId);
    const user = params.add(p.id);
    const rows = (await manager.query(
      `SELECT l.id AS lesson_id, l.course_id, e.id AS enrollment_id,
              (SELECT lb.id FROM lesson_block lb WHERE lb.lesson_id = l.id ORDER BY lb.position DESC, lb.id DESC LIMIT 1) AS last_block_id
         FROM lesson l
         JOIN course c ON c.id = l.course_id
         LEFT JOIN enrollment e ON e.course_id = c.id AND e.user_id = ${user}::uuid
        WHERE l.id = ${idParam}::uuid AND ${visibleCourseSql(p, params)}`,
      params.values,
    )) as LessonAccessRow[];
    const row = rows[0];
    if (!row) throw ApiException.notFound('Lesson');
    if (!row.enrollment_id) throw notEnrolled();
    return row as LessonAccessRow & { enrollment_id: string };
  }

  async record(p: Principal, lessonId: string, body: LessonProgressDto): Promise<LessonProgress> {
    return this.db.transaction(async (manager) => {
      const access = await this.lessonAccess(manager, p, lessonId);
      if (body.lastBlockId) {
        const blocks = (await manager.query(`SELECT id FROM lesson_block WHERE id = $1 AND lesson_id = $2`, [
          body.lastBlockId,
          lessonId,
        ])) as unknown[];
        if (blocks.length === 0) throw ApiException.invalid('lastBlockId', 'not a block of this lesson');
      }
      await this.completion.lock(manager, access.enrollment_id);
      const reachedEnd = body.lastBlockId !== undefined && body.lastBlockId === access.last_block_id;
      if (body.done === true || reachedEnd) {
        await manager.query(
          `INSERT INTO lesson_progress (enrollment_id, lesson_id) VALUES ($1, $2) ON CONFLICT ON CONSTRAINT pk_lesson_progress DO NOTHING`,
          [access.enrollment_id, lessonId],
        );
      }
      await manager.query(`UPDATE enrollment SET last_lesson_id = $2, last_activity_at = now() WHERE id = $1`, [
        access.enrollment_id,
        lessonId,
      ]);
      const [done] = (await manager.query(
        `SELECT done_at FROM lesson_progress WHERE enrollment_id = $1 AND lesson_id = $2`,
        [access.enrollment_id, lessonId],
      )) as TableRow<LessonProgressEntity, 'doneAt'>[];
      const course = await this.completion.settle(manager, { id: access.enrollment_id, courseId: access.course_id });
      return { lessonId, doneAt: isoOrNull(done?.done_at ?? null), course };
    });
  }

  async reflect(p: Principal, blockId: string, answer: string): Promise<ReflectionAnswer> {
    return this.db.transaction(async (manager) => {
      const [block] = (await manager.query(`SELECT lesson_id, kind FROM lesson_block WHERE id = $1`, [blockId])) as {
        lesson_id: string;
        kind: string;
      }[];
      if (!block) throw ApiException.notFound('Block');
      const access = await this.lessonAccess(manager, p, block.lesson_id);
      if (block.kind !== 'reflection') throw ApiException.invalid('id', 'not a reflection block');
      const [row] = (await manager.query(
        `INSERT INTO reflection_answer (enrollment_id, block_id, answer) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT uq_reflection_answer DO UPDATE SET answer = EXCLUDED.answer, updated_at = now()
         RETURNING block_id, answer, updated_at`,
        [access.enrollment_id, blockId, answer],
      )) as { block_id: string; answer: string; updated_at: Date }[];
      await manager.query(`UPDATE enrollment SET last_activity_at = now() WHERE id = $1`, [access.enrollment_id]);
      return { blockId: row.block_id, answer: row.answer, updatedAt: row.updated_at.toISOString() };
    });
  }
}
