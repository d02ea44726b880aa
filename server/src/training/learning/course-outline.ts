import type { EnrollmentState } from '@kotopaikka/contracts';
import { type CourseOutline, type EnrollmentProgress, type LocalizedField, nextLesson, progressPercent } from '@kotopaikka/training';

import { isoOrNull, type Queryable } from './learner-scope';

/** A course's current structure, with lesson titles for "continue" links. */
export interface OutlineWithTitles extends CourseOutline {
  lessonTitles: Map<string, LocalizedField>;
}

interface OutlineRow {
  course_id: string;
  kind: 'lesson' | 'quiz';
  id: string;
  required: boolean;
  title: LocalizedField;
}

/** Outlines of many courses in one query: lessons in course order, and the quizzes that still sit in a block. */
export async function loadOutlines(db: Queryable, courseIds: readonly string[]): Promise<Map<string, OutlineWithTitles>> {
  const outlines = new Map<string, OutlineWithTitles>(courseIds.map((id) => [id, { lessons: [], requiredQuizIds: [], lessonTitles: new Map() }]));
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

/** Done lessons and passed quizzes of many enrollments in one query. */
export async function loadProgress(db: Queryable, enrollmentIds: readonly string[]): Promise<Map<string, EnrollmentProgress>> {
  const progress = new Map<string, EnrollmentProgress>();
  if (enrollmentIds.length === 0) return progress;
  const rows = (await db.query(
    `SELECT e.id,
            COALESCE((SELECT array_agg(lp.lesson_id::text) FROM lesson_progress lp WHERE lp.enrollment_id = e.id), '{}') AS done,
            COALESCE((SELECT array_agg(DISTINCT qa.quiz_id::text) FROM quiz_attempt qa WHERE qa.enrollment_id = e.id AND qa.passed), '{}') AS passed
       FROM enrollment e WHERE e.id = ANY($1::uuid[])`,
    [enrollmentIds],
  )) as { id: string; done: string[]; passed: string[] }[];
  for (const row of rows) progress.set(row.id, { doneLessonIds: row.done, passedQuizIds: row.passed });
  return progress;
}

export interface EnrollmentRow {
  enrollment_id: string;
  due_date: string | null;
  completed_at: Date | null;
}

export function enrollmentState(row: EnrollmentRow, outline: CourseOutline, progress: EnrollmentProgress): EnrollmentState {
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
