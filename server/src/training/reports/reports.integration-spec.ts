import type { ApiErrorBody, Audience, CourseReport, CourseReportSummary, Page } from '@kotopaikka/contracts';

import { createOrganisation, createUser, municipalityId, TEST_PASSWORD } from '../../testing/fixtures';
import { forgedCursor, pagingRefusals, refusedAsExpected, walkPages } from '../../testing/paging';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createCourse, createEnrollment, recordQuizAttempt } from '../certificates/training-fixtures.test-support';

const DAY = 24 * 60 * 60 * 1000;

describe('course reports', () => {
  let t: TestApp;
  let courseId: string;
  let otherCourseId: string;
  let employerOrg: string;

  async function as(input: Parameters<typeof createUser>[1]): Promise<TestAgent> {
    const user = await createUser(t.db, input);
    const agent = t.agent();
    expect((await agent.login(user.email, TEST_PASSWORD)).status).toBe(200);
    return agent;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const course = await createCourse(t.db);
    courseId = course.courseId;
    ({ courseId: otherCourseId } = await createCourse(t.db, { title: { fi: 'Laukaan kurssi', en: 'Laukaa course' } }));
    employerOrg = await createOrganisation(t.db, 'Sahayhtiö Oy', 'Äänekoski');
    const enrolledAt = new Date('2026-11-01T08:00:00Z');

    const a1 = await createUser(t.db, {
      municipality: 'Äänekoski',
      audience: 'employer',
      displayName: '=HYPERLINK("http://x")',
      organisationId: employerOrg,
    });
    const a2 = await createUser(t.db, {
      municipality: 'Äänekoski',
      audience: 'onboarding_staff',
      displayName: 'Aino; Äänekoski',
    });
    const l1 = await createUser(t.db, {
      municipality: 'Laukaa',
      audience: 'guidance_professional',
      displayName: 'Laura Laukaa',
    });
    const e1 = await createEnrollment(t.db, courseId, a1.id, {
      enrolledAt,
      completedAt: new Date(enrolledAt.getTime() + 4 * DAY),
    });
    const e2 = await createEnrollment(t.db, courseId, a2.id, {
      enrolledAt,
      completedAt: new Date(enrolledAt.getTime() + 2 * DAY),
    });
    await createEnrollment(t.db, courseId, l1.id, { enrolledAt });
    await createEnrollment(t.db, otherCourseId, l1.id, { enrolledAt });
    await recordQuizAttempt(t.db, e1, course.quizId, 40);
    await recordQuizAttempt(t.db, e1, course.quizId, 80);
    await recordQuizAttempt(t.db, e2, course.quizId, 100);
  });

  afterAll(async () => {
    await t.close();
  });

  it('shows a decision-maker of Äänekoski only Äänekoski, its groups of 1–4 people withheld', async () => {
    const agent = await as({ municipality: 'Äänekoski', audience: 'decision_maker' });
    const list = await agent.get<Page<CourseReportSummary>>('/api/reports/courses');
    expect(list.status).toBe(200);
    const none = {
      enrolled: null,
      inProgress: null,
      completed: null,
      averageQuizScorePercent: null,
      averageCompletionDays: null,
      suppressed: true,
    };
    expect(list.body.items).toEqual([{ course: { id: courseId, name: 'Työnantajan perehdytyspolku' }, ...none }]);
    const detail = await agent.get<CourseReport>(`/api/reports/courses/${courseId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.totals).toEqual(none);
    expect(detail.body.rows.map((r) => [r.municipality?.name, r.audience, r.enrolled, r.suppressed])).toEqual([
      ['Äänekoski', 'employer', null, true],
      ['Äänekoski', 'onboarding_staff', null, true],
    ]);
  });

  it('gives a decision-maker figures of groups of five or more, withholding the rest so the totals do not give them away', async () => {
    const { courseId: big } = await createCourse(t.db);
    const enrolled = async (audience: Audience, count: number, completed = 0): Promise<void> => {
      for (let i = 0; i < count; i++) {
        const user = await createUser(t.db, { municipality: 'Viitasaari', audience });
        await createEnrollment(t.db, big, user.id, {
          enrolledAt: new Date('2026-10-05T08:00:00Z'),
          completedAt: i < completed ? new Date('2026-10-08T08:00:00Z') : null,
        });
      }
    };
    await enrolled('employer', 6, 3);
    await enrolled('guidance_professional', 7, 1);
    await enrolled('onboarding_staff', 2, 2);
    const agent = await as({ municipality: 'Viitasaari', audience: 'decision_maker' });
    const report = (await agent.get<CourseReport>(`/api/reports/courses/${big}`)).body;
    expect(report.totals).toMatchObject({ enrolled: 15, completed: 6, suppressed: false });
    // Onboarding staff (2) is small; employers (6), the next smallest, go with it, or 15 − 7 would tell.
    expect(report.rows.map((r) => [r.audience, r.enrolled, r.completed, r.suppressed])).toEqual([
      ['employer', null, null, true],
      ['guidance_professional', 7, 1, false],
      ['onboarding_staff', null, null, true],
    ]);
    const coordinator = await as({
      role: 'coordinator',
      municipality: 'Viitasaari',
      managedMunicipalities: ['Viitasaari'],
    });
    expect(
      (await coordinator.get<CourseReport>(`/api/reports/courses/${big}`)).body.rows.map((r) => r.enrolled),
    ).toEqual([6, 7, 2]);

    const { bytes } = await csv(agent, big, '?locale=en');
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines).toEqual([
      'Month of enrolment;Municipality;Audience;Organisation type;Enrolled;In progress;Completed;Average quiz score (%);Average completion time (days)',
      '2026-10;Viitasaari;Employer;No organisation;<5;<5;<5;;',
      '2026-10;Viitasaari;Guidance professional;No organisation;7;6;1;;3',
      '2026-10;Viitasaari;Onboarding staff;No organisation;<5;<5;<5;;',
    ]);
  });

  it('names courses in the language asked for, whatever is saved on the reader', async () => {
    const agent = await as({ municipality: 'Laukaa', audience: 'decision_maker' });
    const names = async (path: string): Promise<string[]> =>
      (await agent.get<Page<CourseReportSummary>>(path)).body.items.map((i) => i.course.name).sort();
    expect(await names('/api/reports/courses')).toContain('Laukaan kurssi');
    expect(await names('/api/reports/courses?locale=en')).toContain('Laukaa course');
    expect((await agent.get<CourseReport>(`/api/reports/courses/${otherCourseId}?locale=en`)).body.course.name).toBe(
      'Laukaa course',
    );
    expect((await agent.get('/api/reports/courses?locale=xx')).status).toBe(400);
  });

  it('shows a coordinator their municipalities and an admin everyone, with filters', async () => {
    const coordinator = await as({ role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] });
    const mine = await coordinator.get<Page<CourseReportSummary>>('/api/reports/courses');
    expect(mine.body.items.map((i) => [i.course.id, i.enrolled, i.inProgress]).sort()).toEqual(
      [
        [courseId, 1, 1],
        [otherCourseId, 1, 1],
      ].sort(),
    );

    const admin = await as({ role: 'admin' });
    const all = await admin.get<CourseReport>(`/api/reports/courses/${courseId}`);
    expect(all.body.totals).toMatchObject({ enrolled: 3, inProgress: 1, completed: 2 });
    const laukaa = await municipalityId(t.db, 'Laukaa');
    const filtered = await admin.get<CourseReport>(
      `/api/reports/courses/${courseId}?municipalityId=${laukaa}&audience=guidance_professional`,
    );
    expect(filtered.body.totals.enrolled).toBe(1);
    expect((await admin.get(`/api/reports/courses/${courseId}?audience=pirate`)).status).toBe(400);
    const notUuid = await admin.get<ApiErrorBody>('/api/reports/courses/not-a-uuid');
    expect([notUuid.status, notUuid.body.details]).toEqual([400, [{ field: 'id', problems: ['must be a UUID'] }]]);
    expect((await admin.get('/api/reports/courses/6f1c1f5e-1111-4111-8111-111111111111')).status).toBe(404);
  });

  it('shows an employer the people of their own organisation and refuses a plain member', async () => {
    const employer = await as({ municipality: 'Äänekoski', audience: 'employer', organisationId: employerOrg });
    const report = await employer.get<CourseReport>(`/api/reports/courses/${courseId}`);
    expect(report.status).toBe(200);
    expect(report.body.totals).toMatchObject({ enrolled: 1, completed: 1, averageQuizScorePercent: 80 });

    const member = await as({ municipality: 'Äänekoski', audience: 'onboarding_staff' });
    expect((await member.get('/api/reports/courses')).status).toBe(403);
    expect((await member.get(`/api/reports/courses/${courseId}`)).status).toBe(403);
    expect((await member.get(`/api/reports/courses/${courseId}.csv`)).status).toBe(403);
  });

  it("pages courses newest first, each exactly once, and keeps the reader's scope on every page", async () => {
    const course = async (publishedAt: string | null, createdAt = '2026-05-01T00:00:00Z'): Promise<string> => {
      const { courseId: id } = await createCourse(t.db);
      await t.db.query(`UPDATE course SET published_at = $2::timestamptz, created_at = $3::timestamptz WHERE id = $1`, [
        id,
        publishedAt,
        createdAt,
      ]);
      return id;
    };
    const learners = async (id: string, municipality: string, count: number, completed = false): Promise<void> => {
      for (let i = 0; i < count; i++) {
        const user = await createUser(t.db, { municipality, audience: 'employer' });
        await createEnrollment(t.db, id, user.id, { completedAt: completed ? new Date('2026-11-10T10:00:00Z') : null });
      }
    };
    const jamsaOnly = await course('2026-07-01T00:00:00Z');
    const tiedA = await course('2026-06-01T00:00:00Z');
    const tiedB = await course('2026-06-01T00:00:00Z');
    const neverPublished = await course(null, '2026-05-15T00:00:00Z');
    const nobody = await course('2026-08-01T00:00:00Z');
    await learners(jamsaOnly, 'Jämsä', 1);
    await learners(tiedA, 'Keuruu', 1, true);
    await learners(tiedA, 'Jämsä', 2);
    await learners(tiedB, 'Keuruu', 2);
    await learners(neverPublished, 'Keuruu', 1);
    const tied = [tiedA, tiedB].sort().reverse();

    // A coordinator: decision-makers would see these small groups withheld.
    const keuruu = await as({ role: 'coordinator', municipality: 'Keuruu', managedMunicipalities: ['Keuruu'] });
    const pages = await walkPages<CourseReportSummary>(keuruu, '/api/reports/courses', 1);
    expect(pages.map((p) => p.length)).toEqual([1, 1, 1]);
    // Figures on the later pages still count only Keuruu's learners.
    const figures = Object.fromEntries(pages.flat().map((i) => [i.course.id, [i.enrolled, i.completed]]));
    expect(pages.flat().map((i) => i.course.id)).toEqual([...tied, neverPublished]);
    expect(figures).toEqual({ [tiedA]: [1, 1], [tiedB]: [2, 0], [neverPublished]: [1, 0] });

    const admin = await as({ role: 'admin' });
    const walked = (await walkPages<CourseReportSummary>(admin, '/api/reports/courses?locale=en', 2))
      .flat()
      .map((i) => i.course.id);
    const whole = await admin.get<Page<CourseReportSummary>>('/api/reports/courses?limit=100');
    expect(whole.body.nextCursor).toBeNull();
    expect(walked).toEqual(whole.body.items.map((i) => i.course.id));
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).not.toContain(nobody);
    expect(walked.filter((id) => [jamsaOnly, ...tied, neverPublished].includes(id))).toEqual([
      jamsaOnly,
      ...tied,
      neverPublished,
    ]);
    expect(walked).toEqual(expect.arrayContaining([courseId, otherCourseId]));

    const badCursors = [
      'bogus',
      forgedCursor(['yesterday', tiedA]),
      forgedCursor(['2026-06-01T00:00:00.000000Z', 'not-a-uuid']),
    ];
    expect(await pagingRefusals(keuruu, '/api/reports/courses', badCursors)).toEqual(refusedAsExpected(badCursors));
  });

  async function csv(agent: TestAgent, id = courseId, query = ''): Promise<{ res: Response; bytes: Buffer }> {
    const res = await fetch(`${t.baseUrl}/api/reports/courses/${id}.csv${query}`, {
      headers: { cookie: `kp_session=${agent.cookie('kp_session') ?? ''}` },
    });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  it('exports CSV for Finnish Excel: BOM, semicolons, CRLF, formula starts neutralised, scoped', async () => {
    const agent = await as({ role: 'coordinator', managedMunicipalities: ['Äänekoski'] });
    const { res, bytes } = await csv(agent);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    // Headers and audiences in the reader's language, not the API's field names.
    expect(lines[0]).toBe(
      'Oppija;Kunta;Organisaatio;Kohderyhmä;Ilmoittautunut;Suorittanut;Tenttien keskiarvo (%);Suoritusaika (päivää)',
    );
    expect(lines).toHaveLength(3);
    expect(lines).toContain(
      `"'=HYPERLINK(""http://x"")";Äänekoski;Sahayhtiö Oy;Työnantaja;2026-11-01 10:00;2026-11-05 10:00;80;4`,
    );
    expect(lines).toContain('"Aino; Äänekoski";Äänekoski;;Perehdyttäjä;2026-11-01 10:00;2026-11-03 10:00;100;2');
    expect(text).not.toContain('Laura Laukaa');
    const english = (await csv(agent, courseId, '?locale=en')).bytes.toString('utf8');
    expect(english).toContain(
      'Learner;Municipality;Organisation;Audience;Enrolled;Completed;Average quiz score (%);Completion time (days)',
    );
    expect(english).toContain(';Äänekoski;;Onboarding staff;');
  });

  it('gives a decision-maker figures per month, audience and organisation type, no one per line, small groups as <5', async () => {
    const { res, bytes } = await csv(await as({ municipality: 'Äänekoski', audience: 'decision_maker' }));
    expect(res.status).toBe(200);
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines).toEqual([
      'Ilmoittautumiskuukausi;Kunta;Kohderyhmä;Organisaation tyyppi;Ilmoittautuneita;Kesken;Suorittaneita;Tenttien keskiarvo (%);Suoritusajan keskiarvo (päivää)',
      '2026-11;Äänekoski;Työnantaja;Työnantaja;<5;<5;<5;;',
      '2026-11;Äänekoski;Perehdyttäjä;Ei organisaatiota;<5;<5;<5;;',
    ]);
    expect(bytes.toString('utf8')).not.toContain('Sahayhtiö');
  });
});
