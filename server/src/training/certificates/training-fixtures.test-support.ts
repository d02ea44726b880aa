import type { Audience } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

/** Test data for certificates, reminders and reports, written with SQL so these tests do not depend on authoring. */
export async function createCourse(
  db: DataSource,
  input: { title?: Record<string, string>; estimatedMinutes?: number; audiences?: Audience[] } = {},
): Promise<{ courseId: string; lessonId: string; quizId: string }> {
  const [course]: { id: string }[] = await db.query(
    `INSERT INTO course (slug, status, title, estimated_minutes, audiences, published_at)
     VALUES ($1, 'published', $2::jsonb, $3, $4, now()) RETURNING id`,
    [
      `course-${Math.random().toString(36).slice(2, 10)}`,
      JSON.stringify(input.title ?? { fi: 'Työnantajan perehdytyspolku', en: 'Employer onboarding path' }),
      input.estimatedMinutes ?? 90,
      input.audiences ?? [],
    ],
  );
  const [mod]: { id: string }[] = await db.query(
    `INSERT INTO course_module (course_id, position, title) VALUES ($1, 0, '{"fi": "Osa 1", "en": "Part 1"}') RETURNING id`,
    [course.id],
  );
  const [lesson]: { id: string }[] = await db.query(
    `INSERT INTO lesson (course_id, module_id, position, title) VALUES ($1, $2, 0, '{"fi": "Oppitunti", "en": "Lesson"}') RETURNING id`,
    [course.id, mod.id],
  );
  const [quiz]: { id: string }[] = await db.query(
    `INSERT INTO quiz (course_id, title, pass_mark_percent) VALUES ($1, '{"fi": "Tentti", "en": "Quiz"}', 60) RETURNING id`,
    [course.id],
  );
  return { courseId: course.id, lessonId: lesson.id, quizId: quiz.id };
}

export interface EnrollmentInput {
  enrolledAt?: Date;
  lastActivityAt?: Date;
  completedAt?: Date | null;
  dueDate?: string | null;
  lastRemindedAt?: Date | null;
}

export async function createEnrollment(
  db: DataSource,
  courseId: string,
  userId: string,
  input: EnrollmentInput = {},
): Promise<string> {
  const enrolledAt = input.enrolledAt ?? new Date();
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO enrollment (course_id, user_id, enrolled_at, last_activity_at, completed_at, due_date, last_reminded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      courseId,
      userId,
      enrolledAt,
      input.lastActivityAt ?? enrolledAt,
      input.completedAt ?? null,
      input.dueDate ?? null,
      input.lastRemindedAt ?? null,
    ],
  );
  return row.id;
}

export async function recordQuizAttempt(
  db: DataSource,
  enrollmentId: string,
  quizId: string,
  scorePercent: number,
): Promise<void> {
  await db.query(
    `INSERT INTO quiz_attempt (enrollment_id, quiz_id, attempt_no, answers, score_percent, passed)
     VALUES ($1, $2, (SELECT count(*) + 1 FROM quiz_attempt WHERE enrollment_id = $1 AND quiz_id = $2), '[]', $3, $3 >= 60)`,
    [enrollmentId, quizId, scorePercent],
  );
}
