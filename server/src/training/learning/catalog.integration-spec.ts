import type { CourseDetail, CourseSummary, EnrollmentState, MyCourse, Page } from '@kotopaikka/contracts';

import pg from 'pg';

import { createUser, municipalityId, TEST_PASSWORD } from '../../testing/fixtures';
import { forgedCursor, pagingRefusals, refusedAsExpected, walkPages } from '../../testing/paging';
import type { TestAgent, TestResponse } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createEnrollment } from '../certificates/training-fixtures.test-support';
import { createTestCourse } from './learning.test-support';

describe('catalog and course page', () => {
  let t: TestApp;
  let learner: TestAgent;

  async function signIn(input: Parameters<typeof createUser>[1] = {}): Promise<TestAgent> {
    const user = await createUser(t.db, input);
    const agent = t.agent();
    expect((await agent.login(user.email, TEST_PASSWORD)).status).toBe(200);
    return agent;
  }

  function ids(page: Page<CourseSummary>): string[] {
    return page.items.map((c) => c.id);
  }

  beforeAll(async () => {
    t = await startTestApp();
    learner = await signIn({ municipality: 'Äänekoski', audience: 'employer' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists published courses offered where the learner is, never drafts or other municipalities', async () => {
    const everywhere = await createTestCourse(t.db);
    const here = await createTestCourse(t.db, { municipalities: ['Äänekoski'] });
    const elsewhere = await createTestCourse(t.db, { municipalities: ['Keuruu'] });
    const draft = await createTestCourse(t.db, { status: 'draft' });
    const archived = await createTestCourse(t.db, { status: 'archived' });

    const res = await learner.get<Page<CourseSummary>>('/api/courses?limit=100');
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(expect.arrayContaining([everywhere.id, here.id]));
    expect(ids(res.body)).not.toEqual(expect.arrayContaining([elsewhere.id]));
    expect(ids(res.body)).not.toContain(draft.id);
    expect(ids(res.body)).not.toContain(archived.id);
    expect(res.body.items.every((c) => c.status === 'published')).toBe(true);

    const keuruu = await signIn({ municipality: 'Keuruu' });
    expect(ids((await keuruu.get<Page<CourseSummary>>('/api/courses?limit=100')).body)).toContain(elsewhere.id);

    for (const hidden of [elsewhere, draft, archived]) {
      expect((await learner.get(`/api/courses/${hidden.id}`)).status).toBe(404);
    }
  });

  it('filters by audience, locale, municipality and a search with wildcards taken literally', async () => {
    const forEmployers = await createTestCourse(t.db, {
      audiences: ['employer'],
      title: { fi: 'Rekrytointi 50% nopeammin', en: 'Recruiting 50% faster' },
    });
    const forGuidance = await createTestCourse(t.db, {
      audiences: ['guidance_professional'],
      title: { fi: 'Ohjaus 50 kertaa' },
    });
    const keuruuOnly = await createTestCourse(t.db, { municipalities: ['Keuruu'], summary: { fi: 'Keuruulaisille' } });

    const byAudience = (await learner.get<Page<CourseSummary>>('/api/courses?limit=100&audience=employer')).body;
    expect(ids(byAudience)).toContain(forEmployers.id);
    expect(ids(byAudience)).not.toContain(forGuidance.id);

    const english = (await learner.get<Page<CourseSummary>>('/api/courses?limit=100&locale=en')).body;
    expect(ids(english)).toContain(forEmployers.id);
    expect(ids(english)).not.toContain(forGuidance.id);

    const search = (await learner.get<Page<CourseSummary>>(`/api/courses?limit=100&q=${encodeURIComponent('50%')}`))
      .body;
    expect(ids(search)).toEqual([forEmployers.id]);
    const inEnglish = (await learner.get<Page<CourseSummary>>('/api/courses?limit=100&q=FASTER')).body;
    expect(ids(inEnglish)).toEqual([forEmployers.id]);

    const admin = await signIn({ role: 'admin' });
    const keuruu = await municipalityId(t.db, 'Keuruu');
    const inKeuruu = (
      await admin.get<Page<CourseSummary>>(`/api/courses?limit=100&municipalityId=${keuruu}&q=Keuruulaisille`)
    ).body;
    expect(ids(inKeuruu)).toEqual([keuruuOnly.id]);

    expect((await learner.get('/api/courses?audience=nobody')).status).toBe(400);
  });

  it('pages with a cursor without repeating or skipping', async () => {
    for (let i = 0; i < 3; i++) await createTestCourse(t.db);
    const seen: string[] = [];
    const pageAfter = (cursor: string | null): Promise<TestResponse<Page<CourseSummary>>> =>
      learner.get<Page<CourseSummary>>(`/api/courses?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    let cursor: string | null = null;
    do {
      const res = await pageAfter(cursor);
      expect(res.status).toBe(200);
      seen.push(...ids(res.body));
      cursor = res.body.nextCursor;
    } while (cursor);
    const all = ids((await learner.get<Page<CourseSummary>>('/api/courses?limit=100')).body);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await learner.get('/api/courses?cursor=bogus')).status).toBe(400);
    // Well-formed but not a sort key: refused before it reaches a timestamp cast.
    expect((await learner.get(`/api/courses?cursor=${forgedCursor(['yesterday', 'x'])}`)).status).toBe(400);
  });

  it('answers catalog and own-course texts in the language asked for, whatever is saved on the person', async () => {
    const course = await createTestCourse(t.db, {
      modules: 1,
      lessonsPerModule: 1,
      title: { fi: 'Kielikurssi', en: 'Language course' },
    });
    const titleIn = (page: Page<CourseSummary>): string | undefined =>
      page.items.find((c) => c.id === course.id)?.title;
    expect(titleIn((await learner.get<Page<CourseSummary>>('/api/courses?limit=100')).body)).toBe('Kielikurssi');
    expect(titleIn((await learner.get<Page<CourseSummary>>('/api/courses?limit=100&lang=en')).body)).toBe(
      'Language course',
    );
    expect((await learner.get('/api/courses?lang=xx')).status).toBe(400);

    expect((await learner.post(`/api/courses/${course.id}/enroll`)).status).toBe(201);
    const mine = (await learner.get<Page<{ course: { id: string; title: string } }>>('/api/me/courses?locale=en')).body;
    expect(mine.items.find((m) => m.course.id === course.id)?.course.title).toBe('Language course');
  });

  it('shows the course page in Finnish and in English with the fallback flag, and the enrollment state', async () => {
    const course = await createTestCourse(t.db, { modules: 2, lessonsPerModule: 2, reflection: true, quiz: {} });
    const fi = await learner.get<CourseDetail>(`/api/courses/${course.id}`);
    expect(fi.status).toBe(200);
    expect(fi.body.locale).toBe('fi');
    expect(fi.body.fallback).toBe(false);
    expect(fi.body.modules.map((m) => m.lessons.length)).toEqual([2, 2]);
    expect(fi.body.modules[0].title).toBe('Moduuli 1');
    expect(fi.body.enrollment).toBeNull();
    const quizBlock = fi.body.modules[1].lessons[1].blocks.find((b) => b.kind === 'quiz');
    expect(quizBlock).toMatchObject({ kind: 'quiz', quizId: course.quizId, passed: false });
    expect(JSON.stringify(fi.body)).not.toContain('"correct"');

    const en = await learner.get<CourseDetail>(`/api/courses/${course.id}?locale=en`);
    expect(en.body.locale).toBe('en');
    expect(en.body.modules[0].title).toBe('Module 1');
    expect(en.body.modules[0].lessons[0].title).toBe('Lesson 1');
    // Lessons after the first have only a Finnish title.
    expect(en.body.modules[0].lessons[1].title).toBe('Oppitunti 1.2');
    expect(en.body.fallback).toBe(true);

    const enrolled = await learner.post<EnrollmentState>(`/api/courses/${course.id}/enroll`);
    expect(enrolled.status).toBe(201);
    const after = (await learner.get<CourseDetail>(`/api/courses/${course.id}`)).body;
    expect(after.enrollment).toMatchObject({
      enrollmentId: enrolled.body.enrollmentId,
      progressPercent: 0,
      continueLessonId: course.lessonIds[0],
    });
    expect((await learner.get('/api/courses/not-a-uuid')).status).toBe(400);
  });

  it('answers the course page in a constant number of queries whatever its size', async () => {
    const small = await createTestCourse(t.db, { modules: 1, lessonsPerModule: 3, reflection: true, quiz: {} });
    const large = await createTestCourse(t.db, { modules: 6, lessonsPerModule: 5, reflection: true, quiz: {} });
    await learner.post(`/api/courses/${small.id}/enroll`);
    await learner.post(`/api/courses/${large.id}/enroll`);

    const original = pg.Client.prototype.query;
    let texts: string[] = [];
    const patched = function (this: pg.Client, ...args: unknown[]): unknown {
      const first = args[0] as string | { text?: string };
      const text = typeof first === 'string' ? first : (first?.text ?? '');
      // The outbox relay polls in its own transactions on its own schedule; they are not part of the request.
      // The session lookup is cached per node for a moment, so whether it runs depends on timing, not size: left out
      // here, on the whole text (cut to 60 characters, its table name no longer shows).
      if (
        !text.includes('outbox_message') &&
        !text.includes('user_session') &&
        !/^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION)/i.test(text)
      ) {
        texts.push(text.replace(/\s+/g, ' ').slice(0, 60));
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    async function queriesFor(path: string): Promise<string[]> {
      texts = [];
      pg.Client.prototype.query = patched as typeof original;
      try {
        const res = await learner.get<CourseDetail>(path);
        expect(res.status).toBe(200);
      } finally {
        pg.Client.prototype.query = original;
      }
      return texts;
    }
    const coldSmall = await queriesFor(`/api/courses/${small.id}`);
    const coldLarge = await queriesFor(`/api/courses/${large.id}`);
    expect(coldLarge).toEqual(coldSmall);
    expect(coldSmall).toHaveLength(2);
    // Read again: the structure is current in the node's cache, so only the reader's state is asked for.
    const warmSmall = await queriesFor(`/api/courses/${small.id}`);
    const warmLarge = await queriesFor(`/api/courses/${large.id}`);
    expect(warmLarge).toEqual(warmSmall);
    expect(warmSmall).toHaveLength(1);
    const page = (await learner.get<CourseDetail>(`/api/courses/${large.id}`)).body;
    expect(page.modules.flatMap((m) => m.lessons)).toHaveLength(30);
  });

  it('shows an edit of a published course at the next read, even when its structure was just read', async () => {
    const course = await createTestCourse(t.db, { modules: 1, lessonsPerModule: 2 });
    const admin = await signIn({ role: 'admin' });
    const before = (await learner.get<CourseDetail>(`/api/courses/${course.id}`)).body;
    expect(before.modules[0].lessons[0].title).not.toBe('Uusi nimi');
    const edit = await admin.patch(`/api/lessons/${course.lessonIds[0]}`, {
      title: { fi: 'Uusi nimi', en: 'New name' },
    });
    expect(edit.status).toBe(200);
    const after = (await learner.get<CourseDetail>(`/api/courses/${course.id}`)).body;
    expect(after.modules[0].lessons[0].title).toBe('Uusi nimi');
    expect((await admin.delete(`/api/lessons/${course.lessonIds[1]}`)).status).toBe(204);
    const shorter = (await learner.get<CourseDetail>(`/api/courses/${course.id}`)).body;
    expect(shorter.modules[0].lessons.map((l) => l.id)).toEqual([course.lessonIds[0]]);
    expect((await admin.post(`/api/courses/${course.id}/archive`)).status).toBe(200);
    expect((await learner.get(`/api/courses/${course.id}`)).status).toBe(404);
  });

  it('recounts progress in the catalog and my courses at the next read after a required lesson is added', async () => {
    const course = await createTestCourse(t.db, { modules: 1, lessonsPerModule: 2 });
    const admin = await signIn({ role: 'admin' });
    const agent = await signIn({ municipality: 'Äänekoski' });
    expect((await agent.post(`/api/courses/${course.id}/enroll`)).status).toBe(201);
    expect((await agent.post(`/api/lessons/${course.lessonIds[0]}/progress`, { done: true })).status).toBe(200);
    const progress = async (): Promise<number[]> => {
      const catalog = (await agent.get<Page<CourseSummary>>('/api/courses')).body.items.find((c) => c.id === course.id);
      const mine = (await agent.get<Page<MyCourse>>('/api/me/courses')).body.items.find(
        (m) => m.course.id === course.id,
      );
      return [catalog?.enrollment?.progressPercent ?? -1, mine?.progressPercent ?? -1];
    };
    expect(await progress()).toEqual([50, 50]);
    const [{ module_id: moduleId }] = (await t.db.query(`SELECT module_id FROM lesson WHERE id = $1`, [
      course.lessonIds[0],
    ])) as { module_id: string }[];
    const added = await admin.post(`/api/modules/${moduleId}/lessons`, { title: { fi: 'Lisätty', en: 'Added' } });
    expect(added.status).toBe(201);
    expect(await progress()).toEqual([33, 33]);
  });

  it('pages my courses unfinished first, then by latest activity to the microsecond, each exactly once', async () => {
    const me = await createUser(t.db);
    const agent = t.agent();
    expect((await agent.login(me.email, TEST_PASSWORD)).status).toBe(200);
    const someoneElse = await createUser(t.db);
    const enroll = async (
      activity: string,
      completed: boolean,
      status: 'published' | 'draft' = 'published',
    ): Promise<string> => {
      const course = await createTestCourse(t.db, { modules: 1, lessonsPerModule: 1, status });
      await createEnrollment(t.db, course.id, someoneElse.id);
      const id = await createEnrollment(t.db, course.id, me.id, {
        completedAt: completed ? new Date('2026-10-15T12:00:00Z') : null,
      });
      // Microseconds: the cursor must keep them, or a row 1 µs older than the page's last would be skipped.
      await t.db.query(`UPDATE enrollment SET last_activity_at = $2::timestamptz WHERE id = $1`, [id, activity]);
      return id;
    };
    const a = await enroll('2026-11-03T10:00:00.000002Z', false);
    const b = await enroll('2026-11-03T10:00:00.000001Z', false);
    const tied = [await enroll('2026-11-01T08:00:00Z', false), await enroll('2026-11-01T08:00:00Z', false)]
      .sort()
      .reverse();
    const completedLately = await enroll('2026-11-05T09:00:00Z', true);
    const completedLong = await enroll('2026-10-01T09:00:00Z', true);
    await enroll('2026-11-06T09:00:00Z', false, 'draft');
    const expected = [a, b, ...tied, completedLately, completedLong];

    const pages = await walkPages<MyCourse>(agent, '/api/me/courses', 1);
    expect(pages.map((p) => p.length)).toEqual(expected.map(() => 1));
    expect(pages.flat().map((m) => m.enrollmentId)).toEqual(expected);
    expect(
      (await walkPages<MyCourse>(agent, '/api/me/courses?locale=en', 4)).flat().map((m) => m.enrollmentId),
    ).toEqual(expected);
    const whole = await agent.get<Page<MyCourse>>('/api/me/courses');
    expect(whole.body.items.map((m) => m.enrollmentId)).toEqual(expected);
    expect(whole.body.nextCursor).toBeNull();

    const badCursors = [
      'bogus',
      forgedCursor(['true', 'yesterday', a]),
      forgedCursor(['maybe', '2026-11-01T08:00:00.000000Z', a]),
      forgedCursor([a]),
    ];
    expect(await pagingRefusals(agent, '/api/me/courses', badCursors)).toEqual(refusedAsExpected(badCursors));
  });

  it("lists the learner's own courses with progress and where to continue", async () => {
    const agent = await signIn();
    const course = await createTestCourse(t.db, { modules: 1, lessonsPerModule: 2 });
    await agent.post(`/api/courses/${course.id}/enroll`);
    expect((await agent.post(`/api/lessons/${course.lessonIds[0]}/progress`, { done: true })).status).toBe(200);
    const mine = await agent.get<Page<MyCourse>>('/api/me/courses');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({
      course: { id: course.id },
      progressPercent: 50,
      completedAt: null,
      continueLesson: { id: course.lessonIds[1], title: 'Oppitunti 1.2' },
    });
    const catalog = (await agent.get<Page<CourseSummary>>('/api/courses?limit=100')).body;
    expect(catalog.items.find((c) => c.id === course.id)?.enrollment).toMatchObject({ progressPercent: 50 });
  });
});
