import {
  type Certificate,
  type CourseReflection,
  type CourseReport,
  type CourseSummary,
  type Page,
} from '@kotopaikka/contracts';

import { matrixCoverageGaps, matrixMismatches } from '../testing/operation-matrix';
import { startTestApp, type TestApp } from '../testing/test-app';
import {
  buildWorld,
  CALLS,
  type Operation,
  personaIndex as byName,
  PERSONAS,
  type Statuses,
  type TargetName,
  TARGETS,
  type World,
} from './training-authorization.test-support';

/**
 * Every training operation × persona on real data: who gets 2xx, 403 or 404. A wrong role is 403; the right role
 * with an object outside one's scope or out of sight (a draft to a learner, another municipality's course) is 404,
 * except where the service says so in a 403 of its own: authors editing a course of another municipality, a
 * certificate PDF of someone else, a learner not enrolled (not_enrolled). Reports and reflection answers are
 * counted over one's own learners, so a course outside one's municipalities answers 200 with nothing of theirs;
 * a draft's report is only for those who may author it.
 */
// prettier-ignore
const MATRIX: readonly (readonly [Operation, TargetName, Statuses])[] = [
  // operation                             target                       admin coLau coKeu mentr lrnr  lrnKe dm    empl  empl-
  // Learning: published courses offered where one lives (coordinators: also where they manage; admins: all).
  ['GET /api/courses',                     '-',                         [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/me/courses',                  '-',                         [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/training/home',               '-',                         [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/courses/{id}',                'published',                 [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/courses/{id}',                'draft (Laukaa)',            [404,  404,  404,  404,  404,  404,  404,  404,  404]],
  ['GET /api/courses/{id}',                'published (Keuruu)',        [200,  404,  200,  404,  404,  200,  404,  404,  404]],
  ['POST /api/courses/{id}/enroll',        'new published',             [201,  201,  201,  201,  201,  201,  201,  201,  201]],
  ['POST /api/courses/{id}/enroll',        'published',                 [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['POST /api/courses/{id}/enroll',        'new draft (Laukaa)',        [404,  404,  404,  404,  404,  404,  404,  404,  404]],
  ['POST /api/courses/{id}/enroll',        'new published (Keuruu)',    [201,  404,  201,  404,  404,  201,  404,  404,  404]],
  ['POST /api/lessons/{id}/progress',      'published',                 [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['POST /api/lessons/{id}/progress',      'published, not enrolled',   [403,  403,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/lessons/{id}/progress',      'draft (Laukaa)',            [404,  404,  404,  404,  404,  404,  404,  404,  404]],
  ['POST /api/lessons/{id}/progress',      'published (Keuruu)',        [200,  404,  200,  404,  404,  200,  404,  404,  404]],
  ['PUT /api/blocks/{id}/reflection',      'published',                 [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['PUT /api/blocks/{id}/reflection',      'published, not enrolled',   [403,  403,  403,  403,  403,  403,  403,  403,  403]],
  ['PUT /api/blocks/{id}/reflection',      'draft (Laukaa)',            [404,  404,  404,  404,  404,  404,  404,  404,  404]],
  ['PUT /api/blocks/{id}/reflection',      'published (Keuruu)',        [200,  404,  200,  404,  404,  200,  404,  404,  404]],
  ['GET /api/quizzes/{id}',                'published',                 [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/quizzes/{id}',                'published, not enrolled',   [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/quizzes/{id}',                'draft (Laukaa)',            [404,  404,  404,  404,  404,  404,  404,  404,  404]],
  ['GET /api/quizzes/{id}',                'published (Keuruu)',        [200,  404,  200,  404,  404,  200,  404,  404,  404]],
  ['POST /api/quizzes/{id}/attempts',      'published',                 [201,  201,  201,  201,  201,  201,  201,  201,  201]],
  ['POST /api/quizzes/{id}/attempts',      'published, not enrolled',   [403,  403,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/quizzes/{id}/attempts',      'draft (Laukaa)',            [404,  404,  404,  404,  404,  404,  404,  404,  404]],
  ['POST /api/quizzes/{id}/attempts',      'published (Keuruu)',        [201,  404,  201,  404,  404,  201,  404,  404,  404]],
  // Files: to whoever may author or see a course that uses them (uploaded here by the admin, so no one owns them).
  ['GET /api/files/{id}',                  'published',                 [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/files/{id}',                  'draft (Laukaa)',            [200,  200,  404,  404,  404,  404,  404,  404,  404]],
  ['GET /api/files/{id}',                  'published (Keuruu)',        [200,  404,  200,  404,  404,  200,  404,  404,  404]],
  ['POST /api/files',                      '-',                         [201,  201,  201,  403,  403,  403,  403,  403,  403]],
  // Certificates: verification is public; the PDF to the learner, admins and coordinators of the learner's municipality.
  ['GET /api/me/certificates',             '-',                         [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/certificates/{code}',         'certificate (learner)',     [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/certificates/{code}/pdf',     'certificate (learner)',     [200,  200,  403,  403,  200,  403,  403,  403,  403]],
  // Reports: admins, coordinators, decision-makers and employers with an organisation; figures over their own learners.
  ['GET /api/reports/courses',             '-',                         [200,  200,  200,  403,  403,  403,  200,  200,  403]],
  ['GET /api/reports/courses/{id}',        'published',                 [200,  200,  200,  403,  403,  403,  200,  200,  403]],
  ['GET /api/reports/courses/{id}',        'draft (Laukaa)',            [200,  200,  404,  403,  403,  403,  404,  404,  403]],
  ['GET /api/reports/courses/{id}',        'published (Keuruu)',        [200,  200,  200,  403,  403,  403,  200,  200,  403]],
  ['GET /api/reports/courses/{id}.csv',    'published',                 [200,  200,  200,  403,  403,  403,  200,  200,  403]],
  ['GET /api/reports/courses/{id}.csv',    'draft (Laukaa)',            [200,  200,  404,  403,  403,  403,  404,  404,  403]],
  ['GET /api/reports/courses/{id}.csv',    'published (Keuruu)',        [200,  200,  200,  403,  403,  403,  200,  200,  403]],
  // Guiding learners: a course one can see, people of one's municipalities; answers of one's own learners.
  ['POST /api/courses/{id}/assign',        'published',                 [200,  200,  200,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/assign',        'published, for Laukaa',     [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/assign',        'draft (Laukaa)',            [404,  404,  404,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/assign',        'published (Keuruu)',        [200,  404,  200,  403,  403,  403,  403,  403,  403]],
  ['GET /api/courses/{id}/reflections',    'published',                 [200,  200,  200,  403,  403,  403,  403,  403,  403]],
  ['GET /api/courses/{id}/reflections',    'draft (Laukaa)',            [200,  200,  200,  403,  403,  403,  403,  403,  403]],
  ['GET /api/courses/{id}/reflections',    'published (Keuruu)',        [200,  200,  200,  403,  403,  403,  403,  403,  403]],
  // Authoring: admins any course; coordinators courses offered everywhere or only in municipalities they manage.
  ['GET /api/authoring/courses',           '-',                         [200,  200,  200,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses',                    'offered everywhere',        [201,  201,  201,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses',                    'offered in Laukaa',         [201,  201,  403,  403,  403,  403,  403,  403,  403]],
  ['GET /api/courses/{id}/authoring',      'published',                 [200,  200,  200,  403,  403,  403,  403,  403,  403]],
  ['GET /api/courses/{id}/authoring',      'draft (Laukaa)',            [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['GET /api/courses/{id}/authoring',      'published (Keuruu)',        [200,  403,  200,  403,  403,  403,  403,  403,  403]],
  ['PATCH /api/courses/{id}',              'new draft (Laukaa)',        [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['PATCH /api/courses/{id}',              'new published (Keuruu)',    [200,  403,  200,  403,  403,  403,  403,  403,  403]],
  // A published course offered everywhere: coordinators edit its content but may not take it away from other municipalities.
  ['PATCH /api/courses/{id}',              'new published',             [200,  200,  200,  403,  403,  403,  403,  403,  403]],
  ['PATCH /api/courses/{id}',              'new published, narrowed to Laukaa', [200, 403, 403, 403, 403, 403, 403, 403, 403]],
  ['PATCH /api/courses/{id}',              'new draft, narrowed to Laukaa', [200, 200, 403, 403, 403, 403, 403, 403, 403]],
  ['POST /api/courses/{id}/publish',       'new draft (Laukaa)',        [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/publish',       'new draft (Keuruu)',        [200,  403,  200,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/archive',       'new published (Laukaa)',    [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/archive',       'new published (Keuruu)',    [200,  403,  200,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/archive',       'new published',             [200,  403,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/archive',       'new draft',                 [200,  200,  200,  403,  403,  403,  403,  403,  403]],
  ['PUT /api/courses/{id}/order',          'new draft (Laukaa)',        [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['PUT /api/courses/{id}/order',          'new published (Keuruu)',    [200,  403,  200,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/modules',       'new draft (Laukaa)',        [201,  201,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/courses/{id}/modules',       'new published (Keuruu)',    [201,  403,  201,  403,  403,  403,  403,  403,  403]],
  ['PATCH /api/modules/{id}',              'new draft (Laukaa)',        [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['PATCH /api/modules/{id}',              'new published (Keuruu)',    [200,  403,  200,  403,  403,  403,  403,  403,  403]],
  ['DELETE /api/modules/{id}',             'new draft (Laukaa)',        [204,  204,  403,  403,  403,  403,  403,  403,  403]],
  ['DELETE /api/modules/{id}',             'new published (Keuruu)',    [204,  403,  204,  403,  403,  403,  403,  403,  403]],
  ['POST /api/modules/{id}/lessons',       'new draft (Laukaa)',        [201,  201,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/modules/{id}/lessons',       'new published (Keuruu)',    [201,  403,  201,  403,  403,  403,  403,  403,  403]],
  ['PATCH /api/lessons/{id}',              'new draft (Laukaa)',        [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['PATCH /api/lessons/{id}',              'new published (Keuruu)',    [200,  403,  200,  403,  403,  403,  403,  403,  403]],
  ['DELETE /api/lessons/{id}',             'new draft (Laukaa)',        [204,  204,  403,  403,  403,  403,  403,  403,  403]],
  ['DELETE /api/lessons/{id}',             'new published (Keuruu)',    [204,  403,  204,  403,  403,  403,  403,  403,  403]],
  ['POST /api/lessons/{id}/blocks',        'new draft (Laukaa)',        [201,  201,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/lessons/{id}/blocks',        'new published (Keuruu)',    [201,  403,  201,  403,  403,  403,  403,  403,  403]],
  ['PATCH /api/blocks/{id}',               'new draft (Laukaa)',        [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['PATCH /api/blocks/{id}',               'new published (Keuruu)',    [200,  403,  200,  403,  403,  403,  403,  403,  403]],
  ['DELETE /api/blocks/{id}',              'new draft (Laukaa)',        [204,  204,  403,  403,  403,  403,  403,  403,  403]],
  ['DELETE /api/blocks/{id}',              'new published (Keuruu)',    [204,  403,  204,  403,  403,  403,  403,  403,  403]],
  ['PUT /api/quizzes/{id}',                'new draft (Laukaa)',        [200,  200,  403,  403,  403,  403,  403,  403,  403]],
  ['PUT /api/quizzes/{id}',                'new published (Keuruu)',    [200,  403,  200,  403,  403,  403,  403,  403,  403]],
];

/** The training capability's part of the API: the routes this matrix must cover. */
const TRAINING_PATHS =
  /^\/api\/(training|courses|authoring|modules|lessons|blocks|quizzes|files|me\/courses|me\/certificates|certificates|reports)(\/|$)/;

describe('authorization of every training operation on real data', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    // Generous request limit: this file makes some thousand calls from one address.
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    w = await buildWorld(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every training operation in the OpenAPI document, every role among its people, and a 2xx in every operation', async () => {
    const roles = PERSONAS.map((p) => p.user.role ?? 'member');
    expect(await matrixCoverageGaps(t, TRAINING_PATHS, MATRIX, CALLS, roles)).toEqual([]);
  });

  // Before the matrix, whose writes add answers and courses.
  it('answers a 200 with only what is in the reader’s scope', async () => {
    const agent = (name: string) => w.agents[byName(name)];
    const ids = async (name: string, path: string): Promise<string[]> => {
      const res = await agent(name).get<Page<CourseSummary>>(path);
      expect(res.status).toBe(200);
      return res.body.items.map((c) => c.id);
    };
    expect(await ids('learner', '/api/courses?limit=100')).toEqual(
      expect.arrayContaining([w.published.id, w.unenrolled.id]),
    );
    expect(await ids('learner', '/api/courses?limit=100')).not.toEqual(expect.arrayContaining([w.keuruuCourse.id]));
    expect(await ids('learner in Keuruu', '/api/courses?limit=100')).toEqual(
      expect.arrayContaining([w.keuruuCourse.id]),
    );
    const laukaaAuthor = await ids('coordinator of Laukaa', '/api/authoring/courses?limit=100');
    expect([
      laukaaAuthor.includes(w.draft.id),
      laukaaAuthor.includes(w.published.id),
      laukaaAuthor.includes(w.keuruuCourse.id),
    ]).toEqual([true, true, false]);
    const keuruuAuthor = await ids('coordinator of Keuruu', '/api/authoring/courses?limit=100');
    expect([
      keuruuAuthor.includes(w.draft.id),
      keuruuAuthor.includes(w.published.id),
      keuruuAuthor.includes(w.keuruuCourse.id),
    ]).toEqual([false, true, true]);

    const answeredBy = async (name: string): Promise<string[]> =>
      (await agent(name).get<Page<CourseReflection>>(`/api/courses/${w.published.id}/reflections`)).body.items.map(
        (r) => r.learner.id,
      );
    expect(await answeredBy('coordinator of Laukaa')).toEqual([w.userIds[byName('learner')]]);
    expect(await answeredBy('coordinator of Keuruu')).toEqual([w.userIds[byName('learner in Keuruu')]]);

    const certificates = async (name: string): Promise<string[]> =>
      (await agent(name).get<Page<Certificate>>('/api/me/certificates')).body.items.map((c) => c.code);
    expect([await certificates('learner'), await certificates('coordinator of Laukaa')]).toEqual([
      [w.certificateCode],
      [],
    ]);

    // Everyone is enrolled in the published course: seven live in Laukaa, two in Keuruu, one works for the organisation.
    const enrolled = async (name: string): Promise<number | null> =>
      (await agent(name).get<CourseReport>(`/api/reports/courses/${w.published.id}`)).body.totals.enrolled;
    const counted = await Promise.all(
      ['admin', 'coordinator of Laukaa', 'coordinator of Keuruu', 'decision-maker', 'employer'].map(enrolled),
    );
    expect(counted).toEqual([9, 7, 2, 7, 1]);
  });

  it('gives each person the status of the matrix for every training operation', async () => {
    const people = PERSONAS.map((p, i) => ({ name: p.name, agent: w.agents[i] }));
    const wrong = await matrixMismatches(MATRIX, people, async (op, target) => CALLS[op](await TARGETS[target](w), w));
    expect(wrong).toEqual([]);
  }, 180_000);
});
