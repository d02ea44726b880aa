import { randomUUID } from 'node:crypto';

import { signedIn } from '../../accounts/users/people.test-support';
import type { TestUserInput } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';

/** The people of the notes matrix; the session is in Äänekoski. */
const PERSONAS: readonly { name: string; user: TestUserInput }[] = [
  { name: 'admin', user: { role: 'admin', municipality: 'Laukaa' } },
  {
    name: 'coordinator of Äänekoski',
    user: { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Äänekoski'] },
  },
  { name: 'coordinator of Laukaa', user: { role: 'coordinator', managedMunicipalities: ['Laukaa'] } },
  { name: 'host', user: { role: 'member' } },
  { name: 'participant', user: { role: 'mentor' } },
  { name: 'invitee who never came', user: { role: 'member' } },
  { name: 'removed participant', user: { role: 'member' } },
  { name: 'stranger', user: { role: 'member' } },
];

type Statuses = readonly [number, number, number, number, number, number, number, number];
type Target = 'session' | 'no such session';

// Hosts, overseers and those who took part read the notes; an invitee who never came (or was removed) sees the
// session but not its notes (403); anyone else gets 404, as for a session out of sight.
// prettier-ignore
const MATRIX: readonly (readonly [string, Target, Statuses])[] = [
  // operation                                  target              admin coÄän coLau host  part  invit remov strgr
  ['GET /api/live-sessions/{id}/notes',         'session',          [200,  200,  404,  200,  200,  403,  403,  404]],
  ['GET /api/live-sessions/{id}/notes',         'no such session',  [404,  404,  404,  404,  404,  404,  404,  404]],
  ['GET /api/live-sessions/{id}/notes.md',      'session',          [200,  200,  404,  200,  200,  403,  403,  404]],
  ['GET /api/live-sessions/{id}/notes.md',      'no such session',  [404,  404,  404,  404,  404,  404,  404,  404]],
];

const NOTES_PATHS = /^\/api\/live-sessions\/\{id\}\/notes/;

describe('authorization of the notes routes on real data', () => {
  let t: TestApp;
  let agents: TestAgent[];
  let sessionId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const people: { agent: TestAgent; id: string }[] = [];
    for (const p of PERSONAS) people.push(await signedIn(t, p.user));
    agents = people.map((p) => p.agent);
    const id = (name: string): string => people[PERSONAS.findIndex((p) => p.name === name)].id;
    sessionId = await createLiveSession(t.db, {
      hostIds: [id('host')],
      invitedUserIds: [id('participant'), id('invitee who never came'), id('removed participant')],
    });
    for (const [name, removed] of [
      ['participant', false],
      ['removed participant', true],
    ] as const)
      await t.db.query(
        `INSERT INTO live_participant (session_id, user_id, name, role, removed_at)
         VALUES ($1, $2, $3, 'participant', CASE WHEN $4 THEN now() END)`,
        [sessionId, id(name), name, removed],
      );
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every notes operation in the OpenAPI document', async () => {
    const doc = await t.agent().get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json');
    const documented = Object.entries(doc.body.paths)
      .filter(([path]) => NOTES_PATHS.test(path))
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual([...new Set(MATRIX.map(([op]) => op))].sort());
  });

  it('refuses the notes without a session with 401', async () => {
    for (const [op] of MATRIX)
      expect((await t.agent().get(op.split(' ')[1].replace('{id}', randomUUID()))).status).toBe(401);
  });

  it('gives each person the status of the matrix', async () => {
    const wrong: string[] = [];
    for (const [op, target, statuses] of MATRIX) {
      const path = op.split(' ')[1].replace('{id}', target === 'session' ? sessionId : randomUUID());
      for (const [i, persona] of PERSONAS.entries()) {
        const res = await agents[i].get(path);
        if (res.status !== statuses[i])
          wrong.push(`${persona.name}: ${op} on ${target} answered ${res.status}, expected ${statuses[i]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
