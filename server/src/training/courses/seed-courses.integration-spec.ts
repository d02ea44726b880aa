import type { DataSource } from 'typeorm';

import { seedDemoData } from '../../app.seeder';
import { openTestDataSource, type TestDataSource } from '../../testing/test-database';
import { seedCourses } from '../seed';
import { loadSeedCourses } from '../seed/load-courses';

interface Shape {
  slug: string;
  status: string;
  offeredEverywhere: boolean;
  modules: number;
  lessons: number;
  blocks: number;
  quizzes: number;
  questions: number;
}

async function shapes(db: DataSource): Promise<Shape[]> {
  return db.query(`
    SELECT c.slug, c.status, c.municipality_ids IS NULL AS "offeredEverywhere",
      (SELECT count(*)::int FROM course_module m WHERE m.course_id = c.id) AS modules,
      (SELECT count(*)::int FROM lesson l WHERE l.course_id = c.id) AS lessons,
      (SELECT count(*)::int FROM lesson_block b JOIN lesson l ON l.id = b.lesson_id WHERE l.course_id = c.id) AS blocks,
      (SELECT count(*)::int FROM quiz q JOIN lesson_block b ON b.quiz_id = q.id WHERE q.course_id = c.id AND q.required) AS quizzes,
      (SELECT coalesce(sum(jsonb_array_length(q.questions)), 0)::int FROM quiz q WHERE q.course_id = c.id) AS questions
    FROM course c ORDER BY c.slug`);
}

describe('seed courses', () => {
  let db: DataSource;
  let source: TestDataSource;

  beforeAll(async () => {
    source = await openTestDataSource();
    ({ db } = source);
  });

  afterAll(async () => {
    await source.close();
  });

  it('loads the three courses published and offered everywhere, once, with the structure of the content', async () => {
    expect(await db.transaction((m) => loadSeedCourses(m, null))).toBe(3);
    expect(await db.transaction((m) => loadSeedCourses(m, null))).toBe(0);

    const expected: Shape[] = seedCourses
      .map((c) => {
        const lessons = c.modules.flatMap((m) => m.lessons);
        const blocks = lessons.flatMap((l) => l.blocks);
        const quizzes = blocks.flatMap((b) => (b.kind === 'quiz' ? [b.quiz] : []));
        return {
          slug: c.slug,
          status: 'published',
          offeredEverywhere: true,
          modules: c.modules.length,
          lessons: lessons.length,
          blocks: blocks.length,
          quizzes: quizzes.length,
          questions: quizzes.reduce((n, q) => n + q.questions.length, 0),
        };
      })
      .sort((a, b) => a.slug.localeCompare(b.slug));
    expect(await shapes(db)).toEqual(expected);
    expect(expected).toHaveLength(3);
    expect(expected.every((c) => c.quizzes >= 1 && c.modules >= 3)).toBe(true);

    // Positions follow the content's order, and every question has exactly its content's correct options.
    const titles: { title: string }[] = await db.query(
      `SELECT m.title->>'fi' AS title FROM course_module m JOIN course c ON c.id = m.course_id WHERE c.slug = $1 ORDER BY m.position`,
      [seedCourses[0].slug],
    );
    expect(titles.map((r) => r.title)).toEqual(seedCourses[0].modules.map((m) => m.title.fi));
  });

  it('is part of the demo seed, which leaves the courses already there alone', async () => {
    await seedDemoData(db);
    expect(await db.query(`SELECT count(*)::int AS n FROM course`)).toEqual([{ n: 3 }]);
  });
});
