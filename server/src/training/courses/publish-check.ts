import type { FieldProblem, PublishProblem } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

const problem = (field: string, code: PublishProblem): FieldProblem => ({ field, problems: [code] });

/**
 * What stands between a course and a learner completing it: a Finnish title, a lesson, something required (or
 * completion is never reached), and every required quiz in a block with questions and a pass mark within 1–100.
 * Empty when the course may be published.
 */
export async function publishProblems(m: EntityManager, courseId: string): Promise<FieldProblem[]> {
  const [c]: { title_fi: string | null; lessons: number; required_lessons: number }[] = await m.query(
    `SELECT title->>'fi' AS title_fi,
            (SELECT count(*)::int FROM lesson WHERE course_id = c.id) AS lessons,
            (SELECT count(*)::int FROM lesson WHERE course_id = c.id AND required) AS required_lessons
       FROM course c WHERE id = $1`,
    [courseId],
  );
  // Only quizzes that sit in a block count towards completion (loadOutlines), so only those are checked.
  const quizzes: { id: string; questions: number; pass_mark_percent: number }[] = await m.query(
    `SELECT q.id, jsonb_array_length(q.questions) AS questions, q.pass_mark_percent
       FROM quiz q WHERE q.course_id = $1 AND q.required AND EXISTS (SELECT 1 FROM lesson_block b WHERE b.quiz_id = q.id)
      ORDER BY q.id`,
    [courseId],
  );
  const problems: FieldProblem[] = [];
  if (!c.title_fi?.trim()) problems.push(problem('title.fi', 'finnish_title_missing'));
  if (c.lessons === 0) problems.push(problem('lessons', 'no_lessons'));
  else if (c.required_lessons === 0 && quizzes.length === 0) problems.push(problem('required', 'nothing_required'));
  for (const q of quizzes) {
    if (q.questions === 0) problems.push(problem(`quizzes.${q.id}`, 'quiz_without_questions'));
    else if (q.pass_mark_percent < 1 || q.pass_mark_percent > 100)
      problems.push(problem(`quizzes.${q.id}`, 'pass_mark_unreachable'));
  }
  return problems;
}
