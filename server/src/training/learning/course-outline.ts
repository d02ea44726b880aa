import type { EnrollmentState } from '@kotopaikka/contracts';
import {
  type CourseOutline,
  type EnrollmentProgress,
  type LocalizedField,
  nextLesson,
  progressPercent,
} from '@kotopaikka/training';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import type { LessonEntity } from '../courses/lesson.entity';
import type { EnrollmentEntity } from './enrollment.entity';
import { isoOrNull, type Queryable } from './learner-scope';
import { VersionedCache } from './versioned-cache';

/** A course's current structure, with lesson titles for "continue" links. */
export interface OutlineWithTitles extends CourseOutline {
  lessonTitles: Map<string, LocalizedField>;
}

// Lessons and quizzes in one UNION: the quiz's columns of the same names and types take the lesson's places.
type OutlineRow = TableRow<LessonEntity, 'courseId' | 'id' | 'required' | 'title'> & { kind: 'lesson' | 'quiz' };

/** Outlines of many courses in one query: lessons in course order, and the quizzes that still sit in a block. */
export async function loadOutlines(
  db: Queryable,
  courseIds: readonly string[],
): Promise<Map<string, OutlineWithTitles>> {
  const outlines = new Map<string, OutlineWithTitles>(
    courseIds.map((id) => [id, { lessons: [], requiredQuizIds: [], lessonTitles: new Map() }]),
  );
  if (courseIds.length === 0) return outlines;
  const rows = (await db.query(
    `SELECT l.course_id, 'lesson' AS kind, l.id, l.required, l.title, m.position AS module_position, l.position AS lesson_position
       FROM lesson l JOIN course_module m ON m.id = l.module_id
      WHERE l.course_id = ANY($1::uuid[])
     UNION ALL
     SELECT q.course_id, 'quiz', q.id, q.required, q.title, 0, 0
       FROM quiz q
      WHERE q.course_id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM lesson_block b WHERE b.quiz_id = q.id)
     ORDER BY course_id, module_position, lesson_position, id`,
    [courseIds],
  )) as OutlineRow[];
  for (const row of rows) {
    const outline = outlines.get(row.course_id);
    if (!outline) continue;
    if (row.kind === 'lesson') {
      (outline.lessons as { id: string; required: boolean }[]).push({ id: row.id, required: row.required });
      outline.lessonTitles.set(row.id, row.title);
    } else if (row.required) {
      (outline.requiredQuizIds as string[]).push(row.id);
    }
  }
  return outlines;
}

/**
 * An enrollment's done lessons and passed quizzes as `done` and `passed` (JSON arrays of ids), for a row that has
 * `e`; null where `e` is null, so a catalog row without an enrollment costs nothing (bench:api).
 */
export const PROGRESS_COLUMNS_SQL = `
  CASE WHEN e.id IS NOT NULL
       THEN COALESCE((SELECT json_agg(lp.lesson_id) FROM lesson_progress lp WHERE lp.enrollment_id = e.id), '[]') END AS done,
  CASE WHEN e.id IS NOT NULL
       THEN COALESCE((SELECT json_agg(DISTINCT qa.quiz_id) FROM quiz_attempt qa WHERE qa.enrollment_id = e.id AND qa.passed), '[]') END AS passed`;

/** Done lessons and passed quizzes of many enrollments in one query. */
export async function loadProgress(
  db: Queryable,
  enrollmentIds: readonly string[],
): Promise<Map<string, EnrollmentProgress>> {
  const progress = new Map<string, EnrollmentProgress>();
  if (enrollmentIds.length === 0) return progress;
  const rows = (await db.query(`SELECT e.id, ${PROGRESS_COLUMNS_SQL} FROM enrollment e WHERE e.id = ANY($1::uuid[])`, [
    enrollmentIds,
  ])) as ({ id: string } & ProgressColumns)[];
  for (const row of rows) progress.set(row.id, progressOf(row));
  return progress;
}

/** Courses whose outline a node keeps. */
const CACHED_OUTLINES = 512;

/**
 * Outlines of courses as of their content version (`course.updated_at`, read by the caller in the same query as
 * the rest of its page), kept per node: a warm catalog or "my courses" page asks only for its own rows.
 */
@Injectable()
export class CourseOutlines {
  private readonly cache = new VersionedCache<OutlineWithTitles>(CACHED_OUTLINES);

  constructor(private readonly db: DataSource) {}

  async of(versions: ReadonlyMap<string, string>): Promise<Map<string, OutlineWithTitles>> {
    const found = new Map<string, OutlineWithTitles>();
    const missing: string[] = [];
    for (const [courseId, version] of versions) {
      const outline = this.cache.get(courseId, version);
      if (outline) found.set(courseId, outline);
      else missing.push(courseId);
    }
    // Read after the caller's versions: an edit landing in between is stored under the older version, so the
    // next read (which sees the newer one) loads it again; an outline older than its version is never stored.
    for (const [courseId, outline] of await loadOutlines(this.db, missing)) {
      found.set(courseId, outline);
      this.cache.set(courseId, versions.get(courseId) as string, outline);
    }
    return found;
  }
}

/** Progress as read by PROGRESS_COLUMNS_SQL (empty for a row without an enrollment). */
export function progressOf(row: ProgressColumns): EnrollmentProgress {
  return { doneLessonIds: row.done ?? [], passedQuizIds: row.passed ?? [] };
}

export interface ProgressColumns {
  done: string[] | null;
  passed: string[] | null;
}

/** An enrollment as the learner's pages read it: `id AS enrollment_id`, `due_date::text`. */
export type EnrollmentRow = TableRow<EnrollmentEntity, 'dueDate' | 'completedAt'> & {
  enrollment_id: EnrollmentEntity['id'];
};

export function enrollmentState(
  row: EnrollmentRow,
  outline: CourseOutline,
  progress: EnrollmentProgress,
): EnrollmentState {
  const completedAt = isoOrNull(row.completed_at);
  return {
    enrollmentId: row.enrollment_id,
    // A completion stands even when the course later grew.
    progressPercent: completedAt ? 100 : progressPercent(outline, progress),
    completedAt,
    dueDate: row.due_date,
    continueLessonId: nextLesson(outline, progress),
  };
}
