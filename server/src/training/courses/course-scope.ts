import { ErrorCode, type FieldProblem } from '@kotopaikka/contracts';

import { HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import type { SqlParams } from '../../platform/http/sql-support';
import type { CourseEntity } from './course.entity';

/**
 * Who may author a course: admins any; coordinators a course offered everywhere (NULL municipalities) or
 * only in municipalities they all manage, so nobody edits a course that also belongs to another coordinator's area.
 */
export function mayAuthor(p: Principal, municipalityIds: string[] | null): boolean {
  if (p.role === 'admin') return true;
  if (p.role !== 'coordinator') return false;
  return municipalityIds === null || municipalityIds.every((id) => p.managedMunicipalityIds.includes(id));
}

/** `mayAuthor` as a WHERE condition on the course alias, for lists. */
export function authorableCourseSql(p: Principal, params: SqlParams, alias = 'c'): string {
  if (p.role === 'admin') return 'TRUE';
  if (p.role !== 'coordinator') return 'FALSE';
  return `(${alias}.municipality_ids IS NULL OR ${alias}.municipality_ids <@ ${params.add(p.managedMunicipalityIds)}::uuid[])`;
}

export function invalid(problems: FieldProblem[]): ApiException {
  const message = problems.map((p) => `${p.field}: ${p.problems.join(', ')}`).join('; ');
  return new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, message, problems);
}

export type LockedCourse = TableRow<CourseEntity, 'id' | 'status' | 'municipalityIds'>;

/** Locks the course row for the transaction (edits of one course queue up, positions stay consistent) and checks scope. */
export async function lockCourse(m: EntityManager, actor: Principal, courseId: string): Promise<LockedCourse> {
  const rows: LockedCourse[] = await m.query(
    `SELECT id, status, municipality_ids FROM course WHERE id = $1 FOR UPDATE`,
    [courseId],
  );
  if (!rows[0]) throw ApiException.notFound('Course');
  if (!mayAuthor(actor, rows[0].municipality_ids))
    throw ApiException.forbidden('This course is outside the municipalities you manage');
  return rows[0];
}

/**
 * Narrowing or archiving a published course offered in every municipality takes it away from learners in
 * municipalities the coordinator does not manage: only admins may. Drafts have no learners yet, so authors may.
 */
export function assertMayWithdraw(actor: Principal, course: LockedCourse): void {
  if (actor.role === 'admin' || course.municipality_ids !== null || course.status !== 'published') return;
  throw new ApiException(
    HttpStatus.FORBIDDEN,
    ErrorCode.CourseScopeAdminOnly,
    'Only admins may narrow or archive a published course offered in every municipality',
  );
}

const PARENT_SQL = {
  module: `SELECT course_id FROM course_module WHERE id = $1`,
  lesson: `SELECT course_id FROM lesson WHERE id = $1`,
  block: `SELECT l.course_id FROM lesson_block b JOIN lesson l ON l.id = b.lesson_id WHERE b.id = $1`,
  quiz: `SELECT course_id FROM quiz WHERE id = $1`,
} as const;

const NOUN = { module: 'Module', lesson: 'Lesson', block: 'Block', quiz: 'Quiz' } as const;

/** The course that holds a module, lesson, block or quiz, locked and scope-checked. */
export async function lockCourseOf(
  m: EntityManager,
  actor: Principal,
  kind: keyof typeof PARENT_SQL,
  id: string,
): Promise<LockedCourse> {
  const rows: { course_id: string }[] = await m.query(PARENT_SQL[kind], [id]);
  if (!rows[0]) throw ApiException.notFound(NOUN[kind]);
  return lockCourse(m, actor, rows[0].course_id);
}

export async function touchCourse(m: EntityManager, courseId: string): Promise<void> {
  await m.query(`UPDATE course SET updated_at = now() WHERE id = $1`, [courseId]);
}
