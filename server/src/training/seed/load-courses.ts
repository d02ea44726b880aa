import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

import type { StoredQuizQuestion } from '../courses/quiz.entity';
import type { SeedBlock, SeedCourse, SeedQuiz } from './course-seed.types';
import { seedCourses } from './index';

function questionsOf(quiz: SeedQuiz): StoredQuizQuestion[] {
  return quiz.questions.map((q) => ({
    id: randomUUID(),
    kind: q.kind,
    prompt: q.prompt,
    options: q.options.map((o) => ({ id: randomUUID(), text: o.text, correct: o.correct, feedback: o.feedback })),
  }));
}

function contentOf(block: SeedBlock): Record<string, unknown> {
  switch (block.kind) {
    case 'text':
      return { markdown: block.markdown };
    case 'reflection':
      return { prompt: block.prompt };
    case 'video':
      return { url: block.url, title: block.title, transcript: block.transcript, captionsUrl: null };
    case 'quiz':
      return {};
  }
}

async function insertCourse(m: EntityManager, course: SeedCourse, createdBy: string | null): Promise<void> {
  const [{ id: courseId }]: { id: string }[] = await m.query(
    `INSERT INTO course (slug, status, title, summary, estimated_minutes, audiences, municipality_ids, created_by, published_at)
     VALUES ($1, 'published', $2::jsonb, $3::jsonb, $4, $5::text[], NULL, $6, now()) RETURNING id`,
    [
      course.slug,
      JSON.stringify(course.title),
      JSON.stringify(course.summary),
      course.estimatedMinutes,
      course.audiences,
      createdBy,
    ],
  );
  for (const [mi, mod] of course.modules.entries()) {
    const [{ id: moduleId }]: { id: string }[] = await m.query(
      `INSERT INTO course_module (course_id, position, title) VALUES ($1, $2, $3::jsonb) RETURNING id`,
      [courseId, mi, JSON.stringify(mod.title)],
    );
    for (const [li, lesson] of mod.lessons.entries()) {
      const [{ id: lessonId }]: { id: string }[] = await m.query(
        `INSERT INTO lesson (course_id, module_id, position, title, required) VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id`,
        [courseId, moduleId, li, JSON.stringify(lesson.title), lesson.required],
      );
      for (const [bi, block] of lesson.blocks.entries()) {
        let quizId: string | null = null;
        if (block.kind === 'quiz') {
          const q = block.quiz;
          // Seed quizzes count towards completion.
          const [row]: { id: string }[] = await m.query(
            `INSERT INTO quiz (course_id, title, pass_mark_percent, max_attempts, required, questions) VALUES ($1, $2::jsonb, $3, $4, true, $5::jsonb) RETURNING id`,
            [courseId, JSON.stringify(q.title), q.passMarkPercent, q.maxAttempts, JSON.stringify(questionsOf(q))],
          );
          quizId = row.id;
        }
        await m.query(
          `INSERT INTO lesson_block (lesson_id, position, kind, content, quiz_id) VALUES ($1, $2, $3, $4::jsonb, $5)`,
          [lessonId, bi, block.kind, JSON.stringify(contentOf(block)), quizId],
        );
      }
    }
  }
}

/**
 * Inserts the seed courses, published and offered everywhere, in the caller's transaction. Idempotent by slug:
 * a course already there (perhaps edited since) is left as it is. Returns how many were created.
 */
export async function loadSeedCourses(
  manager: EntityManager,
  createdBy: string | null,
  courses: readonly SeedCourse[] = seedCourses,
): Promise<number> {
  let created = 0;
  for (const course of courses) {
    // Locks out a concurrent loader of the same slug until this transaction ends.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('seed-course:' || $1))`, [course.slug]);
    const exists: unknown[] = await manager.query(`SELECT 1 FROM course WHERE slug = $1`, [course.slug]);
    if (exists.length > 0) continue;
    await insertCourse(manager, course, createdBy);
    created += 1;
  }
  return created;
}
