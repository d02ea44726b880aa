import type { CourseReflection, Page } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { UserEntity } from '../../accounts/users/user.entity';
import type { TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { DEFAULT_PAGE_SIZE, type PageQueryDto } from '../../platform/http/page-query.dto';
import { cursorTimeSql, decodeCursor, SqlParams, toPage } from '../../platform/http/sql-support';
import type { LessonBlockEntity } from '../courses/lesson.entity';
import type { ReflectionAnswerEntity } from './reflection-answer.entity';

type ReflectionRow = TableRow<ReflectionAnswerEntity, 'id' | 'blockId' | 'answer' | 'updatedAt'> &
  TableRow<LessonBlockEntity, 'lessonId'> &
  TableRow<UserEntity, 'displayName'> & { user_id: UserEntity['id']; cursor_at: string };

/** Learners' reflection answers for those who guide them: admins all, coordinators the learners of their municipalities. */
@Injectable()
export class ReflectionsService {
  constructor(private readonly db: DataSource) {}

  async list(p: Principal, courseId: string, query: PageQueryDto): Promise<Page<CourseReflection>> {
    const exists = (await this.db.query(`SELECT 1 FROM course WHERE id = $1`, [courseId])) as unknown[];
    if (exists.length === 0) throw ApiException.notFound('Course');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const params = new SqlParams();
    const where = [`e.course_id = ${params.add(courseId)}::uuid`];
    if (p.role !== 'admin') where.push(`u.municipality_id = ANY(${params.add(p.managedMunicipalityIds)}::uuid[])`);
    if (after)
      where.push(`(ra.updated_at, ra.id) < (${params.add(after[0])}::timestamptz, ${params.add(after[1])}::uuid)`);
    const rows = (await this.db.query(
      `SELECT ra.id, ra.block_id, b.lesson_id, u.id AS user_id, u.display_name, ra.answer, ra.updated_at,
              ${cursorTimeSql('ra.updated_at')} AS cursor_at
         FROM reflection_answer ra
         JOIN enrollment e ON e.id = ra.enrollment_id
         JOIN app_user u ON u.id = e.user_id
         JOIN lesson_block b ON b.id = ra.block_id
        WHERE ${where.join(' AND ')}
        ORDER BY ra.updated_at DESC, ra.id DESC
        LIMIT ${params.add(limit + 1)}`,
      params.values,
    )) as ReflectionRow[];
    return toPage(
      rows,
      limit,
      (r) => ({
        id: r.id,
        blockId: r.block_id,
        lessonId: r.lesson_id,
        learner: { id: r.user_id, name: r.display_name },
        answer: r.answer,
        updatedAt: r.updated_at.toISOString(),
      }),
      (r) => [r.cursor_at, r.id],
    );
  }
}
