import type { QuizAnswer } from '@kotopaikka/contracts';
import { gradeAttempt, isComplete, type LocalizedField, mayAttempt, type Quiz } from '@kotopaikka/training';

import type { EntityManager } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import { returnedRows } from '../../platform/http/sql-support';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import type { CertificateJobName, IssueCertificatePayload } from '../certificates/certificates.processor';
import type { CourseEntity } from '../courses/course.entity';
import type { LessonBlockEntity, LessonEntity } from '../courses/lesson.entity';
import type { QuizEntity } from '../courses/quiz.entity';
import { loadOutlines, loadProgress } from '../learning/course-outline';
import { DEMO_ENROLLMENTS, DEMO_REFLECTIONS, type DemoEnrollment } from './demo-activity';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** A seed course as it stands in the database: lessons in course order with their reflection prompts and quiz. */
export interface CourseShape {
  courseId: string;
  lessons: { id: string; reflectionIds: string[]; quiz: Quiz<LocalizedField> | null }[];
}

export interface PlannedAttempt {
  quizId: string;
  attemptNo: number;
  answers: QuizAnswer[];
  scorePercent: number;
  passed: boolean;
  at: Date;
}

/** The rows one demo enrollment is made of. */
export interface PlannedActivity {
  enrolledAt: Date;
  lastActivityAt: Date;
  lastLessonId: string | null;
  lessonsDone: { lessonId: string; doneAt: Date }[];
  reflections: { blockId: string; answer: string; at: Date }[];
  attempts: PlannedAttempt[];
}

export interface DemoActivityResult {
  enrollments: number;
  /** Enrollments complete by the platform's rule; each has its certificate job in the outbox. */
  completions: number;
}

/** Answers with `correct` questions right; the wrong ones move with the attempt so that retakes differ. */
function answersWith(quiz: Quiz<LocalizedField>, correct: number, attemptNo: number): QuizAnswer[] {
  const n = quiz.questions.length;
  return quiz.questions.map((q, i) => {
    const right = (i - attemptNo * 2 + n * 2) % n < correct;
    const wrongOption = q.options.find((o) => !o.correct);
    const optionIds = right || !wrongOption ? q.options.filter((o) => o.correct).map((o) => o.id) : [wrongOption.id];
    return { questionId: q.id, optionIds };
  });
}

/**
 * Lays one enrollment out in time: the lessons done in order and the quiz attempts when its lesson comes up, spread
 * evenly over the active days after enrolling. Throws where the plan could not have happened on the platform.
 */
export function planActivity(
  entry: DemoEnrollment,
  course: CourseShape,
  texts: readonly string[],
  now: Date,
  jitterHours = 0,
): PlannedActivity {
  const where = `demo activity of ${entry.email} in ${entry.slug}`;
  const reached = Math.min(entry.lessonsDone, course.lessons.length);
  const steps: { lessonIndex: number; attempt: number | null }[] = [];
  let attemptsPlaced = entry.quizAttempts.length === 0;
  for (let i = 0; i <= reached && i < course.lessons.length; i++) {
    if (course.lessons[i].quiz && !attemptsPlaced) {
      entry.quizAttempts.forEach((_, attempt) => steps.push({ lessonIndex: i, attempt }));
      attemptsPlaced = true;
    }
    if (i < reached) steps.push({ lessonIndex: i, attempt: null });
  }
  if (!attemptsPlaced) throw new Error(`${where}: quiz attempts before the quiz's lesson is reached`);

  const enrolledAt = new Date(now.getTime() - entry.enrolledDaysAgo * DAY_MS - jitterHours * HOUR_MS);
  const at = (step: number): Date =>
    new Date(enrolledAt.getTime() + Math.round((entry.activeDays * DAY_MS * (step + 1)) / steps.length));
  const lastActivityAt = steps.length > 0 ? at(steps.length - 1) : enrolledAt;
  if (lastActivityAt > now) throw new Error(`${where}: activity after the seeding moment`);

  const activity: PlannedActivity = {
    enrolledAt,
    lastActivityAt,
    lastLessonId: null,
    lessonsDone: [],
    reflections: [],
    attempts: [],
  };
  let passed = false;
  steps.forEach((step, s) => {
    const lesson = course.lessons[step.lessonIndex];
    activity.lastLessonId = lesson.id;
    if (step.attempt === null) {
      activity.lessonsDone.push({ lessonId: lesson.id, doneAt: at(s) });
      return;
    }
    const quiz = lesson.quiz as Quiz<LocalizedField>;
    const correct = entry.quizAttempts[step.attempt];
    if (passed || !mayAttempt(quiz.maxAttempts, step.attempt) || correct > quiz.questions.length) {
      throw new Error(`${where}: attempt ${step.attempt + 1} (${correct} right) is not one the platform would take`);
    }
    const answers = answersWith(quiz, correct, step.attempt);
    const grade = gradeAttempt(quiz, answers);
    passed = grade.passed;
    activity.attempts.push({
      quizId: quiz.id,
      attemptNo: step.attempt + 1,
      answers,
      scorePercent: grade.scorePercent,
      passed,
      at: at(s),
    });
  });

  const prompts = course.lessons.flatMap((lesson, lessonIndex) =>
    lesson.reflectionIds.map((blockId) => ({ blockId, lessonIndex })),
  );
  prompts.slice(0, entry.reflections).forEach(({ blockId, lessonIndex }, i) => {
    if (lessonIndex > reached) throw new Error(`${where}: a reflection in a lesson not yet reached`);
    const done = activity.lessonsDone.find((d) => d.lessonId === course.lessons[lessonIndex].id);
    activity.reflections.push({ blockId, answer: texts[i % texts.length], at: done?.doneAt ?? lastActivityAt });
  });
  return activity;
}

type ShapeRow = TableRow<CourseEntity, 'slug'> & {
  course_id: CourseEntity['id'];
  lesson_id: LessonEntity['id'];
  reflection_ids: LessonBlockEntity['id'][];
  quiz_id: LessonBlockEntity['quizId'];
};

async function loadCourseShapes(m: EntityManager, slugs: readonly string[]): Promise<Map<string, CourseShape>> {
  const rows: ShapeRow[] = await m.query(
    `SELECT c.slug, c.id AS course_id, l.id AS lesson_id,
            COALESCE(array_agg(b.id ORDER BY b.position) FILTER (WHERE b.kind = 'reflection'), '{}') AS reflection_ids,
            (array_agg(b.quiz_id ORDER BY b.position) FILTER (WHERE b.kind = 'quiz'))[1] AS quiz_id
       FROM course c
       JOIN course_module cm ON cm.course_id = c.id
       JOIN lesson l ON l.module_id = cm.id
       LEFT JOIN lesson_block b ON b.lesson_id = l.id
      WHERE c.slug = ANY($1::text[])
      GROUP BY c.slug, c.id, cm.position, l.position, l.id
      ORDER BY c.slug, cm.position, l.position, l.id`,
    [slugs],
  );
  const quizIds = rows.flatMap((r) => (r.quiz_id ? [r.quiz_id] : []));
  const quizzes = new Map<string, Quiz<LocalizedField>>(
    (
      (await m.query(`SELECT id, pass_mark_percent, max_attempts, questions FROM quiz WHERE id = ANY($1::uuid[])`, [
        quizIds,
      ])) as TableRow<QuizEntity, 'id' | 'passMarkPercent' | 'maxAttempts' | 'questions'>[]
    ).map((q) => [
      q.id,
      { id: q.id, passMarkPercent: q.pass_mark_percent, maxAttempts: q.max_attempts, questions: q.questions },
    ]),
  );
  const shapes = new Map<string, CourseShape>();
  for (const row of rows) {
    const shape = shapes.get(row.slug) ?? { courseId: row.course_id, lessons: [] };
    shape.lessons.push({
      id: row.lesson_id,
      reflectionIds: row.reflection_ids,
      quiz: row.quiz_id ? (quizzes.get(row.quiz_id) ?? null) : null,
    });
    shapes.set(row.slug, shape);
  }
  return shapes;
}

/** One set-based INSERT of many rows; table and column names come from this file, never from input. */
async function insertRecords(
  m: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  await m.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${names.map((n) => `${n} ${columns[n]}`).join(', ')})`,
    [JSON.stringify(rows)],
  );
}

/**
 * Writes the demo learners' enrollments, progress, reflections and graded quiz attempts, in the caller's transaction.
 * Idempotent: an enrollment already there (same learner and course) is left with what it has. Completion follows the
 * platform's rule on what was written, and each completion queues its certificate in the outbox as a learner's would,
 * so the running platform renders the PDFs.
 */
export async function loadDemoActivity(
  m: EntityManager,
  now = new Date(),
  plan: readonly DemoEnrollment[] = DEMO_ENROLLMENTS,
): Promise<DemoActivityResult> {
  const courses = await loadCourseShapes(m, [...new Set(plan.map((e) => e.slug))]);
  const key = (email: string, slug: string): string => `${email.toLowerCase()} ${slug}`;
  const planned = new Map<string, PlannedActivity>();
  plan.forEach((entry, i) => {
    const course = courses.get(entry.slug);
    // A seed course removed since is simply not demonstrated.
    if (course)
      planned.set(
        key(entry.email, entry.slug),
        planActivity(entry, course, DEMO_REFLECTIONS[entry.slug] ?? [''], now, (i * 5) % 9),
      );
  });

  const enrollments: { id: string; course_id: string; email: string; slug: string }[] = await m.query(
    `WITH inserted AS (
       INSERT INTO enrollment (course_id, user_id, enrolled_at, last_activity_at, last_lesson_id)
       SELECT c.id, u.id, r.enrolled_at, r.last_activity_at, r.last_lesson_id
         FROM jsonb_to_recordset($1::jsonb) AS r(email text, slug text, enrolled_at timestamptz, last_activity_at timestamptz, last_lesson_id uuid)
         JOIN course c ON c.slug = r.slug
         JOIN app_user u ON lower(u.email) = lower(r.email)
       ON CONFLICT ON CONSTRAINT uq_enrollment_course_user DO NOTHING
       RETURNING id, course_id, user_id
     )
     SELECT i.id, i.course_id, u.email, c.slug FROM inserted i JOIN app_user u ON u.id = i.user_id JOIN course c ON c.id = i.course_id`,
    [
      JSON.stringify(
        plan.flatMap((e) => {
          const a = planned.get(key(e.email, e.slug));
          return a
            ? [
                {
                  email: e.email,
                  slug: e.slug,
                  enrolled_at: a.enrolledAt,
                  last_activity_at: a.lastActivityAt,
                  last_lesson_id: a.lastLessonId,
                },
              ]
            : [];
        }),
      ),
    ],
  );
  if (enrollments.length === 0) return { enrollments: 0, completions: 0 };

  const written = enrollments.map((e) => ({
    enrollment: e,
    activity: planned.get(key(e.email, e.slug)) as PlannedActivity,
  }));
  await insertRecords(
    m,
    'lesson_progress',
    { enrollment_id: 'uuid', lesson_id: 'uuid', done_at: 'timestamptz' },
    written.flatMap(({ enrollment, activity }) =>
      activity.lessonsDone.map((d) => ({ enrollment_id: enrollment.id, lesson_id: d.lessonId, done_at: d.doneAt })),
    ),
  );
  await insertRecords(
    m,
    'reflection_answer',
    { enrollment_id: 'uuid', block_id: 'uuid', answer: 'text', updated_at: 'timestamptz' },
    written.flatMap(({ enrollment, activity }) =>
      activity.reflections.map((r) => ({
        enrollment_id: enrollment.id,
        block_id: r.blockId,
        answer: r.answer,
        updated_at: r.at,
      })),
    ),
  );
  await insertRecords(
    m,
    'quiz_attempt',
    {
      enrollment_id: 'uuid',
      quiz_id: 'uuid',
      attempt_no: 'integer',
      answers: 'jsonb',
      score_percent: 'integer',
      passed: 'boolean',
      created_at: 'timestamptz',
    },
    written.flatMap(({ enrollment, activity }) =>
      activity.attempts.map((a) => ({
        enrollment_id: enrollment.id,
        quiz_id: a.quizId,
        attempt_no: a.attemptNo,
        answers: a.answers,
        score_percent: a.scorePercent,
        passed: a.passed,
        created_at: a.at,
      })),
    ),
  );

  // The same reading of the outline and progress as a learner's completing write (CompletionService.settle).
  const outlines = await loadOutlines(m, [...new Set(enrollments.map((e) => e.course_id))]);
  const progress = await loadProgress(
    m,
    enrollments.map((e) => e.id),
  );
  const complete = enrollments.filter((e) => {
    const outline = outlines.get(e.course_id);
    const done = progress.get(e.id);
    return outline !== undefined && done !== undefined && isComplete(outline, done);
  });
  // Completed at the last activity, which was the completing write.
  const completed = returnedRows<{ id: string }>(
    await m.query(
      `UPDATE enrollment SET completed_at = last_activity_at WHERE id = ANY($1::uuid[]) AND completed_at IS NULL RETURNING id`,
      [complete.map((e) => e.id)],
    ),
  );
  const job: CertificateJobName = 'issue';
  await insertRecords(
    m,
    'outbox_message',
    { queue: 'text', job_name: 'text', payload: 'jsonb' },
    completed.map((e) => ({
      queue: QUEUE_NAMES.certificates,
      job_name: job,
      payload: { enrollmentId: e.id } satisfies IssueCertificatePayload,
    })),
  );
  return { enrollments: enrollments.length, completions: completed.length };
}
