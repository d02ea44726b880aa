import { matrixCoverageGaps, matrixMismatches } from '../../testing/operation-matrix';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { Statuses } from '../mentoring-authorization.test-support';
import {
  buildWorld,
  CALLS,
  type Operation,
  PERSONAS,
  type TargetName,
  TARGETS,
  type World,
} from './pairing-authorization.test-support';

/**
 * Every operation on a pairing × persona, on real data ("mentor in Laukaa" mentors "member in Laukaa"). A pairing
 * is seen by its two people, admins and coordinators of one of its program's municipalities; anyone else gets 404.
 * Only the two people write (403 for those who oversee); completing and ending is also for those who manage the
 * program (all its municipalities; 403 for a coordinator who only sees it). Work happens on active pairings
 * (409 otherwise), the fit check after the first meeting, feedback after the end; a note is deleted by its author.
 */
// prettier-ignore
const MATRIX: readonly (readonly [Operation, TargetName, Statuses])[] = [
  // operation                                              target                        admin coLau coKeu coBoth mentr memLa memKe dmLau emplr
  ['GET /api/mentoring/pairings/{id}',                      'active pairing',              [200,  200,  404,  200,  200,  200,  404,  404,  404]],
  ['GET /api/mentoring/pairings/{id}',                      'regional active pairing',     [200,  200,  200,  200,  200,  200,  404,  404,  404]],
  ['GET /api/mentoring/pairings/{id}',                      'completed pairing',           [200,  200,  404,  200,  200,  200,  404,  404,  404]],
  ['PUT /api/mentoring/pairings/{id}/agreement',            'active pairing',              [403,  403,  404,  403,  200,  200,  404,  404,  404]],
  ['PUT /api/mentoring/pairings/{id}/agreement',            'completed pairing',           [403,  403,  404,  403,  409,  409,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/agreement/confirm',   'active, agreement v1',        [403,  403,  404,  403,  200,  200,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/agreement/confirm',   'completed pairing',           [403,  403,  404,  403,  409,  409,  404,  404,  404]],
  ['PUT /api/mentoring/pairings/{id}/fit-check',            'active, met once',            [403,  403,  404,  403,  200,  200,  404,  404,  404]],
  ['PUT /api/mentoring/pairings/{id}/fit-check',            'completed pairing',           [403,  403,  404,  403,  409,  409,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/goals',               'active pairing',              [403,  403,  404,  403,  201,  201,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/goals',               'completed pairing',           [403,  403,  404,  403,  409,  409,  404,  404,  404]],
  ['PATCH /api/mentoring/pairings/{id}/goals/{goalId}',     'its goal',                    [403,  403,  404,  403,  200,  200,  404,  404,  404]],
  ['DELETE /api/mentoring/pairings/{id}/goals/{goalId}',    'new goal',                    [403,  403,  404,  403,  204,  204,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/tasks',               'active pairing',              [403,  403,  404,  403,  201,  201,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/tasks',               'completed pairing',           [403,  403,  404,  403,  409,  409,  404,  404,  404]],
  ['PATCH /api/mentoring/pairings/{id}/tasks/{taskId}',     'its task',                    [403,  403,  404,  403,  200,  200,  404,  404,  404]],
  ['DELETE /api/mentoring/pairings/{id}/tasks/{taskId}',    'new task',                    [403,  403,  404,  403,  204,  204,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/meetings/scheduled',  'active pairing',              [403,  403,  404,  403,  201,  201,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/meetings/scheduled',  'completed pairing',           [403,  403,  404,  403,  409,  409,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/meetings',            'active pairing',              [403,  403,  404,  403,  201,  201,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/meetings',            'completed pairing',           [403,  403,  404,  403,  409,  409,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/notes',               'active pairing',              [403,  403,  404,  403,  201,  201,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/notes',               'completed pairing',           [403,  403,  404,  403,  409,  409,  404,  404,  404]],
  ['DELETE /api/mentoring/pairings/{id}/notes/{noteId}',    'new note by the mentor',      [403,  403,  404,  403,  204,  403,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/complete',            'new active pairing',          [200,  200,  404,  200,  200,  200,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/complete',            'new regional active pairing', [200,  403,  403,  200,  200,  200,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/complete',            'completed pairing',           [409,  409,  404,  409,  409,  409,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/end',                 'new active pairing',          [200,  200,  404,  200,  200,  200,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/end',                 'new regional active pairing', [200,  403,  403,  200,  200,  200,  404,  404,  404]],
  ['POST /api/mentoring/pairings/{id}/end',                 'completed pairing',           [409,  409,  404,  409,  409,  409,  404,  404,  404]],
  ['PUT /api/mentoring/pairings/{id}/feedback',             'completed pairing',           [403,  403,  404,  403,  200,  200,  404,  404,  404]],
  ['PUT /api/mentoring/pairings/{id}/feedback',             'active pairing',              [403,  403,  404,  403,  409,  409,  404,  404,  404]],
];

/**
 * `/api/mentoring/pairings/{id}` and everything under it but the proposal's answer, and not `/pairings/mine`: the
 * matching helper's matrix covers those, the sign-up matrix the rest of `/api/mentoring`.
 */
const PAIRING_PATHS = /^\/api\/mentoring\/pairings\/\{[^/}]+\}(?!\/answer$)(\/|$)/;

describe('authorization of every operation on a pairing, on real data', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    w = await buildWorld(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every pairing operation in the OpenAPI document, every role among its people, and a 2xx in every operation', async () => {
    const roles = PERSONAS.map((p) => p.user.role ?? 'member');
    expect(await matrixCoverageGaps(t, PAIRING_PATHS, MATRIX, CALLS, roles)).toEqual([]);
  });

  it('gives each person the status of the matrix for every pairing operation', async () => {
    const people = PERSONAS.map((p, i) => ({ name: p.name, agent: w.agents[i] }));
    const wrong = await matrixMismatches(MATRIX, people, async (op, target) => CALLS[op](await TARGETS[target](w)));
    expect(wrong).toEqual([]);
  }, 120_000);
});
