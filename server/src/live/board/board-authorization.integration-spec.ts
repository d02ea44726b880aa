import { ROLES } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import type { TestUserInput } from '../../testing/fixtures';
import type { TestAgent, TestResponse } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';
import { BoardService } from './board.service';

/** The people of the matrix, one column each; the session is in Laukaa. */
const PERSONAS: readonly { name: string; user: TestUserInput }[] = [
  { name: 'admin', user: { role: 'admin', municipality: 'Keuruu' } },
  {
    name: 'coordinator of Laukaa',
    user: { role: 'coordinator', municipality: 'Keuruu', managedMunicipalities: ['Laukaa'] },
  },
  {
    name: 'coordinator of Keuruu',
    user: { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Keuruu'] },
  },
  { name: 'host', user: { role: 'mentor', municipality: 'Laukaa' } },
  { name: 'co-host', user: { role: 'member', municipality: 'Laukaa' } },
  { name: 'participant', user: { role: 'member', municipality: 'Laukaa' } },
  { name: 'invitee who did not come', user: { role: 'member', municipality: 'Laukaa' } },
  { name: 'member of Laukaa', user: { role: 'member', audience: 'decision_maker', municipality: 'Laukaa' } },
  { name: 'mentor elsewhere', user: { role: 'mentor', municipality: 'Laukaa' } },
];
type Statuses = readonly [number, number, number, number, number, number, number, number, number];
const column = (name: string): number => PERSONAS.findIndex((p) => p.name === name);

type Target = 'session' | 'hidden board' | 'revealed board' | 'open board';
type Operation =
  | 'GET /api/live-sessions/{id}/boards'
  | 'POST /api/live-sessions/{id}/boards'
  | 'GET /api/live-boards/{id}'
  | 'GET /api/live-boards/{id}/export.csv'
  | 'GET /api/live-boards/{id}/export.md';

/**
 * Every idea-board route × persona on real data. Hosts, co-hosts, admins and coordinators of the session's
 * municipality read every board and create boards; participants read a board once its votes are out (a hidden
 * one, 403); people who may see the session but took no part get 403, and those who may not see it 404.
 */
// prettier-ignore
const MATRIX: readonly (readonly [Operation, Target, Statuses])[] = [
  // operation                               target             admin coLau coKeu host  cohst part  invtd membr mentr
  ['GET /api/live-sessions/{id}/boards',     'session',         [200,  200,  404,  200,  200,  200,  403,  404,  404]],
  ['POST /api/live-sessions/{id}/boards',    'session',         [201,  201,  404,  201,  201,  403,  403,  404,  404]],
  ['GET /api/live-boards/{id}',              'hidden board',    [200,  200,  404,  200,  200,  403,  403,  404,  404]],
  ['GET /api/live-boards/{id}',              'revealed board',  [200,  200,  404,  200,  200,  200,  403,  404,  404]],
  ['GET /api/live-boards/{id}',              'open board',      [200,  200,  404,  200,  200,  200,  403,  404,  404]],
  ['GET /api/live-boards/{id}/export.csv',   'hidden board',    [200,  200,  404,  200,  200,  403,  403,  404,  404]],
  ['GET /api/live-boards/{id}/export.csv',   'revealed board',  [200,  200,  404,  200,  200,  200,  403,  404,  404]],
  ['GET /api/live-boards/{id}/export.md',    'hidden board',    [200,  200,  404,  200,  200,  403,  403,  404,  404]],
  ['GET /api/live-boards/{id}/export.md',    'open board',      [200,  200,  404,  200,  200,  200,  403,  404,  404]],
];

const BOARD_PATHS = /^\/api\/(live-boards\/|live-sessions\/\{id\}\/boards)/;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('authorization of every idea-board operation on real data', () => {
  let t: TestApp;
  const agents: TestAgent[] = [];
  let sessionId: string;
  const boards = {} as Record<Exclude<Target, 'session'>, string>;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const ids: string[] = [];
    for (const persona of PERSONAS) {
      const { agent, id } = await signedIn(t, persona.user);
      agents.push(agent);
      ids.push(id);
    }
    sessionId = await createLiveSession(t.db, {
      municipality: 'Laukaa',
      hostIds: [ids[column('host')]],
      invitedUserIds: [ids[column('co-host')], ids[column('participant')], ids[column('invitee who did not come')]],
    });
    for (const [name, role] of [
      ['co-host', 'cohost'],
      ['participant', 'participant'],
    ] as const)
      await t.db.query(`INSERT INTO live_participant (session_id, user_id, name, role) VALUES ($1, $2, $3, $4)`, [
        sessionId,
        ids[column(name)],
        name,
        role,
      ]);
    const service = t.app.get(BoardService);
    const make = async (hideVotes: boolean): Promise<string> =>
      (await service.create(sessionId, { title: 'Taulu', prompts: ['Mitä?'], dotsPerParticipant: 3, hideVotes }, null))
        .id;
    boards['hidden board'] = await make(true);
    boards['revealed board'] = await make(true);
    boards['open board'] = await make(false);
    await t.db.query(`UPDATE live_board SET revealed_at = now() WHERE id = $1`, [boards['revealed board']]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every board operation in the OpenAPI document, and every role among its people', async () => {
    const doc = await t
      .agent()
      .get<{ paths: Record<string, Partial<Record<(typeof METHODS)[number], unknown>>> }>('/api/docs-json');
    const documented = Object.entries(doc.body.paths)
      .filter(([path]) => BOARD_PATHS.test(path))
      .flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`));
    expect([...new Set(MATRIX.map(([op]) => op))].sort()).toEqual(documented.sort());
    expect(new Set(PERSONAS.map((p) => p.user.role ?? 'member'))).toEqual(new Set(ROLES));
  });

  it.each(MATRIX)('%s on the %s answers each persona as the matrix says', async (op, target, expected) => {
    const [method, template] = op.split(' ');
    const path = template.replace('{id}', target === 'session' ? sessionId : boards[target]);
    const answered: number[] = [];
    for (const agent of agents) {
      const res: TestResponse =
        method === 'POST'
          ? await agent.post(path, { title: 'Uusi', prompts: ['Mitä?'], dotsPerParticipant: 2, hideVotes: false })
          : await agent.get(path);
      answered.push(res.status);
    }
    expect(PERSONAS.map((p, i) => `${p.name}: ${answered[i]}`)).toEqual(
      PERSONAS.map((p, i) => `${p.name}: ${expected[i]}`),
    );
  });

  it('lists only the boards whose votes a participant may see, and everything to a host', async () => {
    const list = async (name: string): Promise<string[]> =>
      (
        await agents[column(name)].get<{ items: { id: string }[] }>(`/api/live-sessions/${sessionId}/boards`)
      ).body.items.map((b) => b.id);
    expect(await list('participant')).not.toContain(boards['hidden board']);
    expect(await list('participant')).toEqual(expect.arrayContaining([boards['revealed board'], boards['open board']]));
    expect(await list('host')).toEqual(
      expect.arrayContaining([boards['hidden board'], boards['revealed board'], boards['open board']]),
    );
  });
});
