import { matrixCoverageGaps, matrixMismatches } from '../../testing/operation-matrix';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PERSONAS, type Statuses } from '../mentoring-authorization.test-support';
import {
  buildMatchingWorld,
  CALLS,
  type MatchingWorld,
  type Operation,
  type TargetName,
  TARGETS,
} from './matching-authorization.test-support';

/**
 * Every operation of pins and blocks, matching runs and proposals × persona on real data. Pins, blocks, running
 * and publishing are for those who manage the program (all its municipalities; 403 for a coordinator of only one,
 * 404 when one does not see it, 403 for roles other than admin and coordinator); reading runs and a program's
 * pairings is for its overseers (a coordinator of any of its municipalities). A closed program refuses pins, a
 * program not matching or running refuses runs, a published run refuses publishing again (409). Only the two people
 * of a proposal answer it (overseers 403, everyone else 404), once while it stands (409 after).
 */
// prettier-ignore
const MATRIX: readonly (readonly [Operation, TargetName, Statuses])[] = [
  // operation                                                        target                    admin coLau coKeu coBoth mentr memLa memKe dmLau emplr
  ['GET /api/mentoring/programs/{programId}/pair-rules',             'matching (Laukaa)',      [200,  200,  404,  200,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/programs/{programId}/pair-rules',             'regional matching',      [200,  403,  403,  200,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{programId}/pair-rules',            'matching (Laukaa)',      [201,  201,  404,  201,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{programId}/pair-rules',            'regional matching',      [201,  403,  403,  201,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{programId}/pair-rules',            'closed (Laukaa)',        [409,  409,  404,  409,  403,  403,  403,  403,  403]],
  ['DELETE /api/mentoring/programs/{programId}/pair-rules/{ruleId}', 'new rule (Laukaa)',      [204,  204,  404,  204,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{programId}/matching-runs',         'matching (Laukaa)',      [201,  201,  404,  201,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{programId}/matching-runs',         'regional matching',      [201,  403,  403,  201,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/programs/{programId}/matching-runs',         'recruiting (Laukaa)',    [409,  409,  404,  409,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/programs/{programId}/matching-runs/latest',   'matching (Laukaa)',      [200,  200,  404,  200,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/programs/{programId}/matching-runs/latest',   'regional matching',      [200,  200,  200,  200,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/programs/{programId}/matching-runs/latest',   'recruiting (Laukaa)',    [404,  404,  404,  404,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/matching-runs/{runId}',                       'run (Laukaa)',           [200,  200,  404,  200,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/matching-runs/{runId}',                       'regional run',           [200,  200,  200,  200,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/matching-runs/{runId}/publish',              'new draft run (Laukaa)', [200,  200,  404,  200,  403,  403,  403,  403,  403]],
  ['POST /api/mentoring/matching-runs/{runId}/publish',              'published run (Laukaa)', [409,  409,  404,  409,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/programs/{programId}/pairings',               'matching (Laukaa)',      [200,  200,  404,  200,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/programs/{programId}/pairings',               'regional matching',      [200,  200,  200,  200,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/pairings/mine',                               '-',                      [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['POST /api/mentoring/pairings/{id}/answer',                       'new proposal to the mentor (Laukaa)', [403, 403, 404, 403, 200, 404, 404, 404, 404]],
  ['POST /api/mentoring/pairings/{id}/answer',                       'mentor’s declined proposal (Laukaa)', [403, 403, 404, 403, 409, 404, 404, 404, 404]],
];

/** Runs, pins and blocks, a program's pairings, one's own, and answers: the other `/pairings/{id}/…` are elsewhere. */
const MATCHING_PATHS =
  /^\/api\/mentoring\/(matching-runs|programs\/[^/]+\/(pair-rules|matching-runs|pairings)|pairings\/(mine|[^/]+\/answer))(\/|$)/;

describe('authorization of every matching and proposal operation on real data', () => {
  let t: TestApp;
  let w: MatchingWorld;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    w = await buildMatchingWorld(t);
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every operation in the OpenAPI document, every role among its people, and a 2xx in every operation', async () => {
    const roles = PERSONAS.map((p) => p.user.role ?? 'member');
    expect(await matrixCoverageGaps(t, MATCHING_PATHS, MATRIX, CALLS, roles)).toEqual([]);
  });

  it('gives each person the status of the matrix for every operation', async () => {
    const people = PERSONAS.map((p, i) => ({ name: p.name, agent: w.agents[i] }));
    const wrong = await matrixMismatches(MATRIX, people, async (op, target) => CALLS[op](await TARGETS[target](w)));
    expect(wrong).toEqual([]);
  }, 120_000);
});
