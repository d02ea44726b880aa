import type {
  AssignCourseResult,
  CourseDetail,
  CourseReflection,
  EnrollmentState,
  LessonProgress,
  MyCourse,
  Page,
  ReflectionAnswer,
} from '@kotopaikka/contracts';

import { waitFor } from '../../testing/eventually';
import { createOrganisation, createUser, municipalityId, TEST_PASSWORD } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { certificateJobs, createTestCourse } from './learning.test-support';

describe('enrollment, progress, reflections and completion', () => {
  let t: TestApp;

  async function signIn(
    input: Parameters<typeof createUser>[1] = {},
  ): Promise<{ agent: TestAgent; id: string; email: string }> {
    const user = await createUser(t.db, input);
    const agent = t.agent();
    expect((await agent.login(user.email, TEST_PASSWORD)).status).toBe(200);
    return { agent, id: user.id, email: user.email };
  }

  async function count(sql: string, params: unknown[]): Promise<number> {
    const [row] = (await t.db.query(`SELECT count(*)::int AS n FROM (${sql}) x`, params)) as { n: number }[];
    return row.n;
  }

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('enrolls once however often the learner asks', async () => {
    const { agent, id } = await signIn();
    const course = await createTestCourse(t.db);
    const first = await agent.post<EnrollmentState>(`/api/courses/${course.id}/enroll`);
    const second = await agent.post<EnrollmentState>(`/api/courses/${course.id}/enroll`);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.enrollmentId).toBe(first.body.enrollmentId);
    expect(await count(`SELECT 1 FROM enrollment WHERE course_id = $1 AND user_id = $2`, [course.id, id])).toBe(1);

    const draft = await createTestCourse(t.db, { status: 'draft' });
    expect((await agent.post(`/api/courses/${draft.id}/enroll`)).status).toBe(404);
  });

  it('assigns by organisation and by audience within the coordinator’s municipalities, with a due date', async () => {
    const course = await createTestCourse(t.db);
    const org = await createOrganisation(t.db, `Yritys ${Date.now()}`, 'Laukaa');
    const inOrg = await createUser(t.db, { municipality: 'Laukaa', organisationId: org });
    const inOrgToo = await createUser(t.db, { municipality: 'Laukaa', organisationId: org });
    await createUser(t.db, { municipality: 'Laukaa', organisationId: org, status: 'deactivated' });
    const coordinator = await signIn({ role: 'coordinator', managedMunicipalities: ['Laukaa'] });

    // One of them enrolled already: keeps the enrollment, gets the due date.
    const self = t.agent();
    await self.login(inOrg.email, TEST_PASSWORD);
    const own = await self.post<EnrollmentState>(`/api/courses/${course.id}/enroll`);

    const res = await coordinator.agent.post<AssignCourseResult>(`/api/courses/${course.id}/assign`, {
      organisationId: org,
      dueDate: '2027-01-31',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ enrolled: 1, alreadyEnrolled: 1 });
    const rows = (await t.db.query(
      `SELECT id, user_id, due_date::text AS due, assigned_by FROM enrollment WHERE course_id = $1 ORDER BY user_id`,
      [course.id],
    )) as {
      id: string;
      user_id: string;
      due: string;
      assigned_by: string | null;
    }[];
    expect(rows.map((r) => r.user_id).sort()).toEqual([inOrg.id, inOrgToo.id].sort());
    expect(rows.every((r) => r.due === '2027-01-31')).toBe(true);
    expect(rows.find((r) => r.user_id === inOrg.id)?.id).toBe(own.body.enrollmentId);
    expect(rows.find((r) => r.user_id === inOrgToo.id)?.assigned_by).toBe(coordinator.id);
    const notices = (await t.db.query(
      `SELECT params, link FROM notification WHERE user_id = $1 AND kind = 'training.assigned'`,
      [inOrgToo.id],
    )) as {
      params: Record<string, string>;
      link: string;
    }[];
    // Stored in both languages and linking to the client's course page (not /courses/{id}, which the client lacks).
    expect(notices).toEqual([
      {
        params: { 'courseTitle.fi': expect.any(String), 'courseTitle.en': expect.any(String), dueDate: '2027-01-31' },
        link: `/learning/courses/${course.id}`,
      },
    ]);

    const decisionMakers = [
      await createUser(t.db, { municipality: 'Laukaa', audience: 'decision_maker' }),
      await createUser(t.db, { municipality: 'Laukaa', audience: 'decision_maker' }),
    ];
    const keuruuDecisionMaker = await createUser(t.db, { municipality: 'Keuruu', audience: 'decision_maker' });
    const byAudience = await coordinator.agent.post<AssignCourseResult>(`/api/courses/${course.id}/assign`, {
      audience: 'decision_maker',
    });
    expect(byAudience.body).toEqual({ enrolled: 2, alreadyEnrolled: 0 });
    const enrolled = (await t.db.query(`SELECT user_id FROM enrollment WHERE course_id = $1`, [course.id])) as {
      user_id: string;
    }[];
    expect(enrolled.map((r) => r.user_id)).toEqual(expect.arrayContaining(decisionMakers.map((u) => u.id)));
    expect(enrolled.map((r) => r.user_id)).not.toContain(keuruuDecisionMaker.id);

    // Every assignment leaves an audit entry: who, which course, which group, how many.
    const audit = (await t.db.query(
      `SELECT actor_id, details FROM audit_entry WHERE action = 'course.assign' AND entity_id = $1 ORDER BY created_at`,
      [course.id],
    )) as {
      actor_id: string;
      details: Record<string, unknown>;
    }[];
    expect(audit).toEqual([
      {
        actor_id: coordinator.id,
        details: {
          group: { organisationId: org, audience: null, municipalityId: null },
          dueDate: '2027-01-31',
          enrolled: 1,
          alreadyEnrolled: 1,
        },
      },
      {
        actor_id: coordinator.id,
        details: {
          group: { organisationId: null, audience: 'decision_maker', municipalityId: null },
          dueDate: null,
          enrolled: 2,
          alreadyEnrolled: 0,
        },
      },
    ]);
  });

  it('refuses an assignment outside the coordinator’s municipalities and an empty group, writing nothing', async () => {
    const course = await createTestCourse(t.db);
    const coordinator = await signIn({ role: 'coordinator', managedMunicipalities: ['Laukaa'] });
    const keuruuOrg = await createOrganisation(t.db, `Keuruun yritys ${Date.now()}`, 'Keuruu');
    await createUser(t.db, { municipality: 'Keuruu', organisationId: keuruuOrg });
    const byOrg = await coordinator.agent.post(`/api/courses/${course.id}/assign`, { organisationId: keuruuOrg });
    expect(byOrg.status).toBe(403);
    const byMunicipality = await coordinator.agent.post(`/api/courses/${course.id}/assign`, {
      municipalityId: await municipalityId(t.db, 'Keuruu'),
    });
    expect(byMunicipality.status).toBe(403);
    expect((await coordinator.agent.post(`/api/courses/${course.id}/assign`, {})).status).toBe(400);
    expect(
      (await coordinator.agent.post(`/api/courses/${course.id}/assign`, { audience: 'employer', dueDate: '31.1.2027' }))
        .status,
    ).toBe(400);
    expect(await count(`SELECT 1 FROM enrollment WHERE course_id = $1`, [course.id])).toBe(0);
    expect(
      await count(`SELECT 1 FROM audit_entry WHERE action = 'course.assign' AND entity_id = $1`, [course.id]),
    ).toBe(0);

    const member = await signIn();
    expect((await member.agent.post(`/api/courses/${course.id}/assign`, { audience: 'employer' })).status).toBe(403);
  });

  it('records progress only for enrolled learners of a published course', async () => {
    const { agent, id } = await signIn();
    const course = await createTestCourse(t.db, { lessonsPerModule: 2 });
    const notYet = await agent.post(`/api/lessons/${course.lessonIds[0]}/progress`, { done: true });
    expect(notYet.status).toBe(403);
    expect((notYet.body as { code: string }).code).toBe('not_enrolled');
    const draft = await createTestCourse(t.db, { status: 'draft' });
    expect((await agent.post(`/api/lessons/${draft.lessonIds[0]}/progress`, { done: true })).status).toBe(404);
    expect(
      await count(
        `SELECT 1 FROM lesson_progress lp JOIN enrollment e ON e.id = lp.enrollment_id WHERE e.user_id = $1`,
        [id],
      ),
    ).toBe(0);
    expect(await count(`SELECT 1 FROM enrollment WHERE user_id = $1`, [id])).toBe(0);

    await agent.post(`/api/courses/${course.id}/enroll`);
    // Reaching a middle block records activity; reaching the last block marks the lesson done.
    const middle = await agent.post<LessonProgress>(`/api/lessons/${course.lessonIds[0]}/progress`, {
      lastBlockId: course.blockIds[0][0],
    });
    expect(middle.status).toBe(200);
    expect(middle.body.doneAt).toBeNull();
    const end = await agent.post<LessonProgress>(`/api/lessons/${course.lessonIds[0]}/progress`, {
      lastBlockId: course.blockIds[0][1],
    });
    expect(end.body.doneAt).not.toBeNull();
    expect(end.body.course).toMatchObject({ progressPercent: 50, continueLessonId: course.lessonIds[1] });
    const foreignBlock = await agent.post(`/api/lessons/${course.lessonIds[0]}/progress`, {
      lastBlockId: course.blockIds[1][0],
    });
    expect(foreignBlock.status).toBe(400);
    const [enrollment] = (await t.db.query(`SELECT last_lesson_id FROM enrollment WHERE user_id = $1`, [id])) as {
      last_lesson_id: string;
    }[];
    expect(enrollment.last_lesson_id).toBe(course.lessonIds[0]);
  });

  it('keeps progress across a new session', async () => {
    const { agent, email } = await signIn();
    const course = await createTestCourse(t.db, { lessonsPerModule: 2 });
    await agent.post(`/api/courses/${course.id}/enroll`);
    await agent.post(`/api/lessons/${course.lessonIds[0]}/progress`, { done: true });
    expect((await agent.post('/api/auth/logout')).status).toBeLessThan(300);
    expect((await agent.get(`/api/courses/${course.id}`)).status).toBe(401);

    const again = t.agent();
    await again.login(email, TEST_PASSWORD);
    const page = (await again.get<CourseDetail>(`/api/courses/${course.id}`)).body;
    expect(page.modules[0].lessons.map((l) => l.done)).toEqual([true, false]);
    expect(page.enrollment).toMatchObject({ progressPercent: 50, continueLessonId: course.lessonIds[1] });
  });

  it('keeps reflection answers to their author', async () => {
    const course = await createTestCourse(t.db, { reflection: true });
    const blockId = course.reflectionBlockId as string;
    const alice = await signIn();
    const bob = await signIn();
    await alice.agent.post(`/api/courses/${course.id}/enroll`);
    await bob.agent.post(`/api/courses/${course.id}/enroll`);
    expect(
      (await alice.agent.put<ReflectionAnswer>(`/api/blocks/${blockId}/reflection`, { answer: 'first' })).status,
    ).toBe(200);
    const saved = await alice.agent.put<ReflectionAnswer>(`/api/blocks/${blockId}/reflection`, {
      answer: 'Alicen ajatus',
    });
    expect(saved.body).toMatchObject({ blockId, answer: 'Alicen ajatus' });
    expect((await alice.agent.put(`/api/blocks/${blockId}/reflection`, { answer: 'x'.repeat(5001) })).status).toBe(400);
    expect(
      (await alice.agent.put(`/api/blocks/${course.blockIds[0][0]}/reflection`, { answer: 'not a prompt' })).status,
    ).toBe(400);

    const reflectionOf = (page: CourseDetail): unknown =>
      page.modules[0].lessons[0].blocks.find((b) => b.id === blockId);
    expect(reflectionOf((await alice.agent.get<CourseDetail>(`/api/courses/${course.id}`)).body)).toMatchObject({
      answer: 'Alicen ajatus',
    });
    expect(reflectionOf((await bob.agent.get<CourseDetail>(`/api/courses/${course.id}`)).body)).toMatchObject({
      answer: null,
    });
    expect(JSON.stringify((await bob.agent.get(`/api/courses/${course.id}`)).body)).not.toContain('Alicen ajatus');
    expect(await count(`SELECT 1 FROM reflection_answer WHERE block_id = $1`, [blockId])).toBe(1);

    // Coordinators read the answers of learners in their municipalities only (the learners here live in Äänekoski).
    const own = await signIn({ role: 'coordinator', managedMunicipalities: ['Äänekoski'] });
    const listed = await own.agent.get<Page<CourseReflection>>(`/api/courses/${course.id}/reflections`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ blockId, answer: 'Alicen ajatus', learner: expect.objectContaining({ id: alice.id }) }),
    ]);
    const elsewhere = await signIn({ role: 'coordinator', managedMunicipalities: ['Keuruu'] });
    expect(
      (await elsewhere.agent.get<Page<CourseReflection>>(`/api/courses/${course.id}/reflections`)).body.items,
    ).toEqual([]);
    expect((await bob.agent.get(`/api/courses/${course.id}/reflections`)).status).toBe(403);
  });

  it('completes once and asks for one certificate even when two requests complete at the same time', async () => {
    const { agent } = await signIn();
    const course = await createTestCourse(t.db, { lessonsPerModule: 2 });
    const enrolled = await agent.post<EnrollmentState>(`/api/courses/${course.id}/enroll`);
    await agent.post(`/api/lessons/${course.lessonIds[0]}/progress`, { done: true });
    const [a, b] = await Promise.all([
      agent.post<LessonProgress>(`/api/lessons/${course.lessonIds[1]}/progress`, { done: true }),
      agent.post<LessonProgress>(`/api/lessons/${course.lessonIds[1]}/progress`, {
        lastBlockId: course.blockIds[1][1],
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.course.completedAt).not.toBeNull();
    expect(b.body.course.completedAt).toBe(a.body.course.completedAt);
    expect(await certificateJobs(t.db, enrolled.body.enrollmentId)).toBe(1);

    // The relay and the certificates worker turn the job into one certificate, shown in "my courses".
    const code = await waitFor(
      async () => {
        const mine = await agent.get<Page<MyCourse>>('/api/me/courses');
        return mine.body.items.find((m) => m.course.id === course.id)?.certificateCode;
      },
      { what: 'certificate code in my courses' },
    );
    expect(code).toEqual(expect.any(String));
    expect(await count(`SELECT 1 FROM certificate WHERE enrollment_id = $1`, [enrolled.body.enrollmentId])).toBe(1);

    // A lesson added later does not revoke the completion nor ask again.
    await t.db.query(
      `INSERT INTO lesson (course_id, module_id, position, title) SELECT course_id, module_id, 99, '{"fi":"Uusi"}' FROM lesson WHERE id = $1`,
      [course.lessonIds[0]],
    );
    const again = await agent.post<LessonProgress>(`/api/lessons/${course.lessonIds[0]}/progress`, { done: true });
    expect(again.body.course.completedAt).toBe(a.body.course.completedAt);
    expect(await certificateJobs(t.db, enrolled.body.enrollmentId)).toBe(1);
  });

  it('counts the current structure: a removed lesson no longer blocks completion', async () => {
    const { agent } = await signIn();
    const course = await createTestCourse(t.db, { lessonsPerModule: 3 });
    const enrolled = await agent.post<EnrollmentState>(`/api/courses/${course.id}/enroll`);
    await agent.post(`/api/lessons/${course.lessonIds[0]}/progress`, { done: true });
    await agent.post(`/api/lessons/${course.lessonIds[1]}/progress`, { done: true });
    await t.db.query(`DELETE FROM lesson WHERE id = $1`, [course.lessonIds[2]]);
    const res = await agent.post<LessonProgress>(`/api/lessons/${course.lessonIds[1]}/progress`, { done: true });
    expect(res.body.course).toMatchObject({ progressPercent: 100 });
    expect(res.body.course.completedAt).not.toBeNull();
    expect(await certificateJobs(t.db, enrolled.body.enrollmentId)).toBe(1);
  });
});
