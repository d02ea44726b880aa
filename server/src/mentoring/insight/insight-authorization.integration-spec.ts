import { matrixCoverageGaps, matrixMismatches, type OperationCall } from '../../testing/operation-matrix';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { buildWorld, PERSONAS, type Statuses, type World } from '../mentoring-authorization.test-support';
import { createProgram } from '../programs/mentoring-programs.test-support';

const CALLS = {
  'GET /api/mentoring/programs/{programId}/health': (programId: string): OperationCall => ({ param: programId }),
  'GET /api/mentoring/programs/{programId}/report': (programId: string): OperationCall => ({ param: programId }),
  'GET /api/mentoring/programs/{programId}/report.csv': (programId: string): OperationCall => ({ param: programId }),
};
type Operation = keyof typeof CALLS;

type Target = 'draft (Laukaa)' | 'running (Laukaa)' | 'regional running' | 'closed (Laukaa)' | 'no such program';

/**
 * Health and report × persona on real data. Health names people and their troubles: admins and those who
 * coordinate one of the program's municipalities. The report is for them and for the decision-makers of one of its
 * municipalities (not a draft, which is nobody's figures yet; a closed one still). Someone who sees the program but
 * reads neither gets 403; someone who does not see it (a draft, a closed program, another municipality's) 404.
 */
// prettier-ignore
const MATRIX: readonly (readonly [Operation, Target, Statuses])[] = [
  // operation                                          target              admin coLau coKeu coBoth mentr memLa memKe dmLau emplr
  ['GET /api/mentoring/programs/{programId}/health',     'draft (Laukaa)',   [200,  200,  404,  200,  404,  404,  404,  404,  404]],
  ['GET /api/mentoring/programs/{programId}/health',     'running (Laukaa)', [200,  200,  404,  200,  403,  403,  404,  403,  403]],
  ['GET /api/mentoring/programs/{programId}/health',     'regional running', [200,  200,  200,  200,  403,  403,  403,  403,  403]],
  ['GET /api/mentoring/programs/{programId}/health',     'closed (Laukaa)',  [200,  200,  404,  200,  404,  404,  404,  404,  404]],
  ['GET /api/mentoring/programs/{programId}/health',     'no such program',  [404,  404,  404,  404,  404,  404,  404,  404,  404]],
  ['GET /api/mentoring/programs/{programId}/report',     'draft (Laukaa)',   [200,  200,  404,  200,  404,  404,  404,  404,  404]],
  ['GET /api/mentoring/programs/{programId}/report',     'running (Laukaa)', [200,  200,  404,  200,  403,  403,  404,  200,  403]],
  ['GET /api/mentoring/programs/{programId}/report',     'regional running', [200,  200,  200,  200,  403,  403,  403,  200,  403]],
  ['GET /api/mentoring/programs/{programId}/report',     'closed (Laukaa)',  [200,  200,  404,  200,  404,  404,  404,  200,  404]],
  ['GET /api/mentoring/programs/{programId}/report',     'no such program',  [404,  404,  404,  404,  404,  404,  404,  404,  404]],
  ['GET /api/mentoring/programs/{programId}/report.csv', 'draft (Laukaa)',   [200,  200,  404,  200,  404,  404,  404,  404,  404]],
  ['GET /api/mentoring/programs/{programId}/report.csv', 'running (Laukaa)', [200,  200,  404,  200,  403,  403,  404,  200,  403]],
  ['GET /api/mentoring/programs/{programId}/report.csv', 'regional running', [200,  200,  200,  200,  403,  403,  403,  200,  403]],
  ['GET /api/mentoring/programs/{programId}/report.csv', 'closed (Laukaa)',  [200,  200,  404,  200,  404,  404,  404,  200,  404]],
  ['GET /api/mentoring/programs/{programId}/report.csv', 'no such program',  [404,  404,  404,  404,  404,  404,  404,  404,  404]],
];

/** The health and report part of the mentoring API: what this matrix must cover. */
const INSIGHT_PATHS = /^\/api\/mentoring\/programs\/[^/]+\/(health|report)/;

describe('authorization of mentoring health and reports on real data', () => {
  let t: TestApp;
  let w: World;
  let targets: Record<Target, string>;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    w = await buildWorld(t);
    targets = {
      'draft (Laukaa)': w.draft,
      'running (Laukaa)': await createProgram(t.db, [w.laukaa], 'running'),
      'regional running': await createProgram(t.db, [w.laukaa, w.keuruu], 'running'),
      'closed (Laukaa)': w.closed,
      'no such program': '00000000-0000-4000-8000-000000000000',
    };
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every health and report operation in the OpenAPI document, every role among its people, and a 2xx in every operation', async () => {
    const roles = PERSONAS.map((p) => p.user.role ?? 'member');
    expect(await matrixCoverageGaps(t, INSIGHT_PATHS, MATRIX, CALLS, roles)).toEqual([]);
  });

  it('gives each person the status of the matrix for every health and report operation', async () => {
    const people = PERSONAS.map((p, i) => ({ name: p.name, agent: w.agents[i] }));
    const wrong = await matrixMismatches(MATRIX, people, async (op, target) => CALLS[op](targets[target]));
    expect(wrong).toEqual([]);
  }, 120_000);
});
