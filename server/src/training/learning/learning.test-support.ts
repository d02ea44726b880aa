import type { DataSource } from 'typeorm';

import { municipalityId } from '../../testing/fixtures';

export interface TestQuizOption {
  id: string;
  correct: boolean;
}

export interface TestCourseInput {
  modules?: number;
  lessonsPerModule?: number;
  status?: 'draft' | 'published' | 'archived';
  title?: { fi: string; en?: string };
  summary?: { fi: string; en?: string };
  audiences?: string[];
  /** Municipality names; omitted: offered everywhere. */
  municipalities?: string[];
  /** A reflection block in the first lesson. */
  reflection?: boolean;
  /** A quiz block in the last lesson (its own lesson block). */
  quiz?: { maxAttempts?: number | null; passMarkPercent?: number; required?: boolean };
  publishedAt?: string;
}

export interface TestCourse {
  id: string;
  lessonIds: string[];
  /** Blocks per lesson, in order. */
  blockIds: string[][];
  reflectionBlockId: string | null;
  quizId: string | null;
  /** Two single-choice questions: q1 (a correct, b wrong), q2 (c correct, d wrong). */
  correct: { questionId: string; optionIds: string[] }[];
  wrong: { questionId: string; optionIds: string[] }[];
}

const QUESTIONS = [
  {
    id: 'q1',
    kind: 'single',
    prompt: { fi: 'Kysymys 1', en: 'Question 1' },
    options: [
      { id: 'a', text: { fi: 'A', en: 'A' }, correct: true, feedback: { fi: 'Oikein', en: 'Right' } },
      { id: 'b', text: { fi: 'B', en: 'B' }, correct: false, feedback: { fi: 'Väärin', en: 'Wrong' } },
    ],
  },
  {
    id: 'q2',
    kind: 'single',
    prompt: { fi: 'Kysymys 2', en: 'Question 2' },
    options: [
      { id: 'c', text: { fi: 'C', en: 'C' }, correct: true, feedback: null },
      { id: 'd', text: { fi: 'D', en: 'D' }, correct: false, feedback: { fi: 'Ei', en: 'No' } },
    ],
  },
];

let counter = 0;

/** A course written straight into the authoring tables (the authoring API is another feature's). */
export async function createTestCourse(db: DataSource, input: TestCourseInput = {}): Promise<TestCourse> {
  counter += 1;
  const municipalityIds = input.municipalities
    ? await Promise.all(input.municipalities.map((m) => municipalityId(db, m)))
    : null;
  const status = input.status ?? 'published';
  const [course] = (await db.query(
    `INSERT INTO course (slug, status, title, summary, audiences, municipality_ids, published_at)
     VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::text[], $6::uuid[], $7::timestamptz) RETURNING id`,
    [
      `test-course-${Date.now()}-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      status,
      JSON.stringify(input.title ?? { fi: `Kurssi ${counter}`, en: `Course ${counter}` }),
      JSON.stringify(input.summary ?? { fi: 'Tiivistelmä', en: 'Summary' }),
      input.audiences ?? [],
      municipalityIds,
      status === 'draft' ? null : (input.publishedAt ?? new Date().toISOString()),
    ],
  )) as { id: string }[];
  const result: TestCourse = {
    id: course.id,
    lessonIds: [],
    blockIds: [],
    reflectionBlockId: null,
    quizId: null,
    correct: [],
    wrong: [],
  };
  const modules = input.modules ?? 1;
  const perModule = input.lessonsPerModule ?? 2;
  for (let m = 0; m < modules; m++) {
    const [module] = (await db.query(
      `INSERT INTO course_module (course_id, position, title) VALUES ($1, $2, $3::jsonb) RETURNING id`,
      [course.id, m, JSON.stringify({ fi: `Moduuli ${m + 1}`, en: `Module ${m + 1}` })],
    )) as { id: string }[];
    for (let l = 0; l < perModule; l++) {
      const [lesson] = (await db.query(
        `INSERT INTO lesson (course_id, module_id, position, title) VALUES ($1, $2, $3, $4::jsonb) RETURNING id`,
        // English title only on the first lesson, so English pages fall back elsewhere.
        [
          course.id,
          module.id,
          l,
          JSON.stringify(
            m === 0 && l === 0
              ? { fi: `Oppitunti ${l + 1}`, en: `Lesson ${l + 1}` }
              : { fi: `Oppitunti ${m + 1}.${l + 1}` },
          ),
        ],
      )) as { id: string }[];
      result.lessonIds.push(lesson.id);
      const blocks: string[] = [];
      for (let b = 0; b < 2; b++) {
        const [block] = (await db.query(
          `INSERT INTO lesson_block (lesson_id, position, kind, content) VALUES ($1, $2, 'text', $3::jsonb) RETURNING id`,
          [lesson.id, b, JSON.stringify({ markdown: { fi: `Teksti ${b}`, en: `Text ${b}` } })],
        )) as { id: string }[];
        blocks.push(block.id);
      }
      result.blockIds.push(blocks);
    }
  }
  const firstLesson = result.lessonIds[0];
  if (input.reflection && firstLesson) {
    const [block] = (await db.query(
      `INSERT INTO lesson_block (lesson_id, position, kind, content) VALUES ($1, 10, 'reflection', $2::jsonb) RETURNING id`,
      [firstLesson, JSON.stringify({ prompt: { fi: 'Pohdi', en: 'Reflect' } })],
    )) as { id: string }[];
    result.reflectionBlockId = block.id;
    result.blockIds[0].push(block.id);
  }
  const lastLesson = result.lessonIds[result.lessonIds.length - 1];
  if (input.quiz && lastLesson) {
    const [quiz] = (await db.query(
      `INSERT INTO quiz (course_id, title, pass_mark_percent, max_attempts, required, questions)
       VALUES ($1, $2::jsonb, $3, $4, $5, $6::jsonb) RETURNING id`,
      [
        course.id,
        JSON.stringify({ fi: 'Tentti', en: 'Quiz' }),
        input.quiz.passMarkPercent ?? 100,
        input.quiz.maxAttempts === undefined ? 3 : input.quiz.maxAttempts,
        input.quiz.required ?? true,
        JSON.stringify(QUESTIONS),
      ],
    )) as { id: string }[];
    const [block] = (await db.query(
      `INSERT INTO lesson_block (lesson_id, position, kind, quiz_id) VALUES ($1, 20, 'quiz', $2) RETURNING id`,
      [lastLesson, quiz.id],
    )) as { id: string }[];
    result.blockIds[result.blockIds.length - 1].push(block.id);
    result.quizId = quiz.id;
    result.correct = [
      { questionId: 'q1', optionIds: ['a'] },
      { questionId: 'q2', optionIds: ['c'] },
    ];
    result.wrong = [
      { questionId: 'q1', optionIds: ['b'] },
      { questionId: 'q2', optionIds: ['d'] },
    ];
  }
  return result;
}

export async function certificateJobs(db: DataSource, enrollmentId: string): Promise<number> {
  const [row] = (await db.query(
    `SELECT count(*)::int AS n FROM outbox_message WHERE queue = 'certificates' AND job_name = 'issue' AND payload ->> 'enrollmentId' = $1`,
    [enrollmentId],
  )) as { n: number }[];
  return row.n;
}
