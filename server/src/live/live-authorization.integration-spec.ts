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
} from './live-authorization.test-support';

/**
 * Every live-session operation × persona on real data. Scheduling is for admins and coordinators (403 for other
 * roles, and for a coordinator outside their municipalities). A session one may not see at all is 404: one sees
 * what one hosts, is invited to (by name, organisation, or audience in its municipality) or oversees (admins,
 * the municipality's coordinators). Seeing is not managing (403 for invitees) nor answering (403 for overseers who
 * are not invited); a cancelled session refuses changes and answers with 409. A session's record (boards, notes)
 * is for its hosts and overseers, and for those who took part in the room: an invitee who has not is refused (403).
 * The report is for those who manage. An info session's public routes (registration page, registering, resending the
 * mail, the cancel and join links) answer everyone alike, signed in or not: their own spec covers them signed out.
 */
// prettier-ignore
const MATRIX: readonly (readonly [Operation, TargetName, Statuses])[] = [
  // operation                               target                    admin coLau coKeu host  invtd emplr dmLau dmKeu other
  ['GET /api/live-sessions',                 '-',                      [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['POST /api/live-sessions',                'in Laukaa',              [201,  201,  403,  403,  403,  403,  403,  403,  403]],
  ['POST /api/live-sessions',                'in Keuruu',              [201,  403,  201,  403,  403,  403,  403,  403,  403]],
  ['GET /api/live-sessions/{id}',            'session (Laukaa)',       [200,  200,  404,  200,  200,  200,  200,  404,  404]],
  ['GET /api/live-sessions/{id}',            'cancelled (Laukaa)',     [200,  200,  404,  200,  200,  200,  200,  404,  404]],
  ['GET /api/live-sessions/{id}',            'session (Keuruu)',       [200,  404,  200,  404,  404,  404,  404,  404,  404]],
  ['PATCH /api/live-sessions/{id}',          'new session (Laukaa)',   [200,  200,  404,  200,  403,  403,  403,  404,  404]],
  ['PATCH /api/live-sessions/{id}',          'cancelled (Laukaa)',     [409,  409,  404,  409,  403,  403,  403,  404,  404]],
  ['POST /api/live-sessions/{id}/cancel',    'new session (Laukaa)',   [200,  200,  404,  200,  403,  403,  403,  404,  404]],
  ['POST /api/live-sessions/{id}/cancel',    'cancelled (Laukaa)',     [409,  409,  404,  409,  403,  403,  403,  404,  404]],
  ['PUT /api/live-sessions/{id}/rsvp',       'session (Laukaa)',       [403,  403,  404,  200,  200,  200,  200,  404,  404]],
  ['PUT /api/live-sessions/{id}/rsvp',       'cancelled (Laukaa)',     [403,  403,  404,  409,  409,  409,  409,  404,  404]],
  ['GET /api/live-sessions/{id}/calendar.ics', 'session (Laukaa)',    [200,  200,  404,  200,  200,  200,  200,  404,  404]],
  ['GET /api/live-sessions/{id}/boards',     'session (Laukaa)',       [200,  200,  404,  200,  403,  403,  403,  404,  404]],
  ['POST /api/live-sessions/{id}/boards',    'new session (Laukaa)',   [201,  201,  404,  201,  403,  403,  403,  404,  404]],
  ['GET /api/live-sessions/{id}/notes',      'session (Laukaa)',       [200,  200,  404,  200,  403,  403,  403,  404,  404]],
  ['GET /api/live-sessions/{id}/notes.md',   'session (Laukaa)',       [200,  200,  404,  200,  403,  403,  403,  404,  404]],
  ['GET /api/live-sessions/{id}/report',     'session (Laukaa)',       [200,  200,  404,  200,  403,  403,  403,  404,  404]],
  ['GET /api/live-sessions/{id}/report',     'session (Keuruu)',       [200,  404,  200,  404,  404,  404,  404,  404,  404]],
  ['GET /api/live-sessions/{id}/report.csv', 'session (Laukaa)',       [200,  200,  404,  200,  403,  403,  403,  404,  404]],
  ['GET /api/live-sessions/{id}/report.csv', 'session (Keuruu)',       [200,  404,  200,  404,  404,  404,  404,  404,  404]],
  ['GET /api/public/live-sessions/{slug}',   'info session (Laukaa)',  [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['POST /api/public/live-sessions/{slug}/registrations', 'info session (Laukaa)', [200, 200, 200, 200, 200, 200, 200, 200, 200]],
  ['POST /api/public/live-sessions/{slug}/registrations/resend', 'info session (Laukaa)', [200, 200, 200, 200, 200, 200, 200, 200, 200]],
  ['POST /api/public/registrations/cancel',  'new registration',       [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/public/join/{token}',           'new registration',       [200,  200,  200,  200,  200,  200,  200,  200,  200]],
];

/** The live-session capability's part of the API, its public registration routes too: what this matrix must cover. */
const LIVE_PATHS = /^\/api\/(live-sessions|public\/live-sessions|public\/registrations|public\/join)(\/|$)/;

describe('authorization of every live-session operation on real data', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        RATE_LIMIT_PER_MINUTE: '1000000',
        REGISTRATION_MAX_PER_ADDRESS: '1000',
        REGISTRATION_MAX_PER_SESSION: '1000',
      },
    });
    w = await buildWorld(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every live-session operation in the OpenAPI document, every role among its people, and a 2xx in every operation', async () => {
    const roles = PERSONAS.map((p) => p.user.role ?? 'member');
    expect(await matrixCoverageGaps(t, LIVE_PATHS, MATRIX, CALLS, roles)).toEqual([]);
  });

  it('gives each person the status of the matrix for every live-session operation', async () => {
    const people = PERSONAS.map((p, i) => ({ name: p.name, agent: w.agents[i] }));
    const wrong = await matrixMismatches(MATRIX, people, async (op, target) => CALLS[op](await TARGETS[target](w), w));
    expect(wrong).toEqual([]);
  }, 120_000);
});
