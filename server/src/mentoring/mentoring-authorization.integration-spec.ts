import { matrixCoverageGaps, matrixMismatches } from '../testing/operation-matrix';
import { startTestApp, type TestApp } from '../testing/test-app';
import {
  buildWorld,
  CALLS,
  type Operation,
  PERSONAS,
  type Statuses,
  type TargetName,
  TARGETS,
  type World,
} from './mentoring-authorization.test-support';

/**
 * Every mentoring operation × persona on real data. Creating, editing and moving a program on is for admins and
 * coordinators (403 for other roles); a coordinator manages a program only when they manage all its
 * municipalities (403 when they see it through one of them). A program one may not see is 404: admins see all,
 * coordinators what touches a municipality they manage, everyone the open (recruiting, matching, running) programs
 * of their own municipality. A closed program refuses changes with 409. Anyone who sees a recruiting program may
 * offer to mentor in it (409 when not recruiting, or offered already); those who manage it list and decide on the
 * offers (409 once decided); only the person withdraws their own offer (404 for everyone else). Mentee requests
 * follow the same rules, and no one is mentor and mentee in one program (409).
 */
// prettier-ignore
const MATRIX: readonly (readonly [Operation, TargetName, Statuses])[] = [
  // operation                                 target                  admin coLau coKeu coBoth mentr memLa memKe dmLau emplr
  ['GET /api/mentoring/programs',              '-',                    [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['POST /api/mentoring/programs',             'in Laukaa',            [201,  201,  403,  201,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs',             'in Laukaa and Keuruu', [201,  403,  403,  201,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/programs/{id}',         'draft (Laukaa)',       [200,  200,  404,  200,  404,  404,  404,  404,  404]],
  ['GET /api/mentoring/programs/{id}',         'recruiting (Laukaa)',  [200,  200,  404,  200,  200,  200,  404,  200,  200]],
  ['GET /api/mentoring/programs/{id}',         'regional recruiting',  [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/mentoring/programs/{id}',         'closed (Laukaa)',      [200,  200,  404,  200,  404,  404,  404,  404,  404]],
  ['PATCH /api/mentoring/programs/{id}',       'new draft (Laukaa)',   [200,  200,  404,  200,  403,  403,  403,  403,  403]],
  ['PATCH /api/mentoring/programs/{id}',       'new regional draft',   [200,  403,  403,  200,  403,  403,  403,  403,  403]],
  ['PATCH /api/mentoring/programs/{id}',       'closed (Laukaa)',      [409,  409,  404,  409,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{id}/status', 'new draft (Laukaa)',   [200,  200,  404,  200,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{id}/status', 'new regional draft',   [200,  403,  403,  200,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{id}/status', 'closed (Laukaa)',      [409,  409,  404,  409,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{id}/mentor-profile', 'new recruiting (Laukaa)', [201, 201, 404, 201, 201, 201, 404, 201, 201]],
  ['POST /api/mentoring/programs/{id}/mentor-profile', 'draft (Laukaa)',     [409, 409, 404, 409, 404, 404, 404, 404, 404]],
  ['POST /api/mentoring/programs/{id}/mentor-profile', 'regional recruiting', [409, 409, 409, 409, 409, 409, 409, 409, 409]],
  ['GET /api/mentoring/programs/{id}/mentor-profile',  'regional recruiting', [200, 200, 200, 200, 200, 200, 200, 200, 200]],
  ['GET /api/mentoring/programs/{id}/mentor-profile',  'recruiting (Laukaa)', [404, 404, 404, 404, 404, 404, 404, 404, 404]],
  ['GET /api/mentoring/programs/{id}/mentor-profiles', 'recruiting (Laukaa)', [200, 200, 404, 200, 403, 403, 403, 403, 403]],
  ['GET /api/mentoring/programs/{id}/mentor-profiles', 'regional recruiting', [200, 403, 403, 200, 403, 403, 403, 403, 403]],
  ['POST /api/mentoring/mentor-profiles/{id}/approve', 'new pending offer (Laukaa)',   [200, 200, 404, 200, 403, 403, 403, 403, 403]],
  ['POST /api/mentoring/mentor-profiles/{id}/approve', 'new pending offer (regional)', [200, 403, 403, 200, 403, 403, 403, 403, 403]],
  ['POST /api/mentoring/mentor-profiles/{id}/approve', 'new approved offer (Laukaa)',  [409, 409, 404, 409, 403, 403, 403, 403, 403]],
  ['POST /api/mentoring/mentor-profiles/{id}/decline', 'new pending offer (Laukaa)',   [200, 200, 404, 200, 403, 403, 403, 403, 403]],
  ['POST /api/mentoring/mentor-profiles/{id}/decline', 'new approved offer (Laukaa)',  [409, 409, 404, 409, 403, 403, 403, 403, 403]],
  ['POST /api/mentoring/mentor-profiles/{id}/withdraw', 'mentor’s new offer (Laukaa)',       [404, 404, 404, 404, 200, 404, 404, 404, 404]],
  ['POST /api/mentoring/mentor-profiles/{id}/withdraw', 'mentor’s withdrawn offer (Laukaa)', [404, 404, 404, 404, 409, 404, 404, 404, 404]],
  ['POST /api/mentoring/programs/{id}/mentee-request', 'new recruiting (Laukaa)',  [201, 201, 404, 201, 201, 201, 404, 201, 201]],
  ['POST /api/mentoring/programs/{id}/mentee-request', 'draft (Laukaa)',           [409, 409, 404, 409, 404, 404, 404, 404, 404]],
  ['POST /api/mentoring/programs/{id}/mentee-request', 'regional recruiting',      [409, 409, 409, 409, 409, 409, 409, 409, 409]],
  ['POST /api/mentoring/programs/{id}/mentee-request', 'regional, everyone asked', [409, 409, 409, 409, 409, 409, 409, 409, 409]],
  ['GET /api/mentoring/programs/{id}/mentee-request',  'regional, everyone asked', [200, 200, 200, 200, 200, 200, 200, 200, 200]],
  ['GET /api/mentoring/programs/{id}/mentee-request',  'recruiting (Laukaa)',      [404, 404, 404, 404, 404, 404, 404, 404, 404]],
  ['GET /api/mentoring/programs/{id}/mentee-requests', 'recruiting (Laukaa)',      [200, 200, 404, 200, 403, 403, 403, 403, 403]],
  ['GET /api/mentoring/programs/{id}/mentee-requests', 'regional recruiting',      [200, 403, 403, 200, 403, 403, 403, 403, 403]],
  ['POST /api/mentoring/mentee-requests/{id}/withdraw', 'mentor’s new request (Laukaa)',       [404, 404, 404, 404, 200, 404, 404, 404, 404]],
  ['POST /api/mentoring/mentee-requests/{id}/withdraw', 'mentor’s withdrawn request (Laukaa)', [404, 404, 404, 404, 409, 404, 404, 404, 404]],
];

/**
 * The programs and sign-ups part of the mentoring API: what this matrix must cover. Matching runs, pins and blocks,
 * pairings, health and reports have matrices of their own beside their features.
 */
const MENTORING_SIGN_UP_PATHS =
  /^\/api\/mentoring(?!\/matching-runs|\/pairings|\/programs\/[^/]+\/(?:matching-runs|pair-rules|pairings|health|report))(\/|$)/;

describe('authorization of every mentoring operation on real data', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    w = await buildWorld(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every mentoring operation in the OpenAPI document, every role among its people, and a 2xx in every operation', async () => {
    const roles = PERSONAS.map((p) => p.user.role ?? 'member');
    expect(await matrixCoverageGaps(t, MENTORING_SIGN_UP_PATHS, MATRIX, CALLS, roles)).toEqual([]);
  });

  it('gives each person the status of the matrix for every mentoring operation', async () => {
    const people = PERSONAS.map((p, i) => ({ name: p.name, agent: w.agents[i] }));
    const wrong = await matrixMismatches(MATRIX, people, async (op, target) => CALLS[op](await TARGETS[target](w), w));
    expect(wrong).toEqual([]);
  }, 120_000);
});
