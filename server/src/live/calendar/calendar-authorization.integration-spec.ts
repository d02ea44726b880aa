import { ROLES } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { hashToken, newToken } from '../../platform/auth/session.service';
import { createOrganisation, createUser, type TestUserInput } from '../../testing/fixtures';
import type { TestAgent, TestResponse } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';

/** The people of the matrix, one column each; the last column is a calendar app without a session. */
const PERSONAS: readonly { name: string; user: TestUserInput; organisation?: true }[] = [
  { name: 'admin', user: { role: 'admin', municipality: 'Laukaa' } },
  { name: 'coordinator of Äänekoski', user: { role: 'coordinator', managedMunicipalities: ['Äänekoski'] } },
  { name: 'coordinator of Laukaa', user: { role: 'coordinator', managedMunicipalities: ['Laukaa'] } },
  { name: 'mentor', user: { role: 'mentor' } },
  { name: 'host', user: { role: 'member' } },
  { name: 'invitee', user: { role: 'member' } },
  { name: 'member', user: { role: 'member' } },
  { name: 'employer of the invited organisation', user: { role: 'member', audience: 'employer' }, organisation: true },
];
type Statuses = readonly [number, number, number, number, number, number, number, number, number];

interface World {
  t: TestApp;
  agents: TestAgent[];
  userIds: string[];
  scheduled: string;
  cancelled: string;
}

const index = (name: string): number => PERSONAS.findIndex((p) => p.name === name);

/** A feed token of the host's, made fresh so that no earlier row's regenerating spoils it. */
async function hostFeed(w: World): Promise<string> {
  const token = newToken();
  await w.t.db.query(
    `INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash`,
    [w.userIds[index('host')], hashToken(token)],
  );
  return token;
}

const TARGETS = {
  '-': async (): Promise<string | undefined> => undefined,
  'scheduled (Äänekoski)': async (w: World): Promise<string> => w.scheduled,
  'cancelled (Äänekoski)': async (w: World): Promise<string> => w.cancelled,
  "the host's feed": hostFeed,
  'a revoked feed': async (w: World): Promise<string> => {
    const token = await hostFeed(w);
    await w.t.db.query(`DELETE FROM calendar_feed WHERE user_id = $1`, [w.userIds[index('host')]]);
    return token;
  },
};
type TargetName = keyof typeof TARGETS;

const OPERATIONS = [
  'GET /api/live-sessions/{id}/calendar.ics',
  'POST /api/me/calendar-feed',
  'DELETE /api/me/calendar-feed',
  'GET /api/calendar/{token}.ics',
] as const;
type Operation = (typeof OPERATIONS)[number];

/**
 * Calendar routes × persona on real data. A session's file is for whoever may see the session (hosts, invitees
 * however invited, admins, coordinators of its municipality) and a 404 for the rest, cancelled or not; the feed URL
 * is each signed-in person's own; the feed itself opens with its token alone, for anyone holding it.
 */
// prettier-ignore
const MATRIX: readonly (readonly [Operation, TargetName, Statuses])[] = [
  // operation                                   target                     admin coÄän coLau mentr host  invit membr emplr anon
  ['GET /api/live-sessions/{id}/calendar.ics',   'scheduled (Äänekoski)',   [200,  200,  404,  404,  200,  200,  404,  200,  401]],
  ['GET /api/live-sessions/{id}/calendar.ics',   'cancelled (Äänekoski)',   [200,  200,  404,  404,  200,  200,  404,  200,  401]],
  ['POST /api/me/calendar-feed',                 '-',                       [201,  201,  201,  201,  201,  201,  201,  201,  401]],
  ['DELETE /api/me/calendar-feed',               '-',                       [204,  204,  204,  204,  204,  204,  204,  204,  401]],
  ['GET /api/calendar/{token}.ics',              "the host's feed",         [200,  200,  200,  200,  200,  200,  200,  200,  200]],
  ['GET /api/calendar/{token}.ics',              'a revoked feed',          [404,  404,  404,  404,  404,  404,  404,  404,  404]],
];

const CALENDAR_PATHS = /^\/api\/(live-sessions\/\{id\}\/calendar\.ics|me\/calendar-feed|calendar\/)/;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function send(agent: TestAgent, op: Operation, param: string | undefined): Promise<TestResponse<{ code?: string }>> {
  const [method, template] = op.split(' ');
  if (template.includes('{') && !param) throw new Error(`${op}: the target gives no id`);
  const path = template.replace(/\{[^}]+\}/, param ?? '');
  if (method === 'GET') return agent.get(path);
  if (method === 'DELETE') return agent.delete(path);
  return agent.post(path);
}

describe('authorization of the calendar routes on real data', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const organisationId = await createOrganisation(t.db, 'Äänekosken Puu Oy', 'Äänekoski');
    const agents: TestAgent[] = [];
    const userIds: string[] = [];
    for (const persona of PERSONAS) {
      const person = await signedIn(t, {
        ...persona.user,
        organisationId: persona.organisation ? organisationId : null,
      });
      agents.push(person.agent);
      userIds.push(person.id);
    }
    const other = await createUser(t.db);
    const session = (status: 'scheduled' | 'cancelled') =>
      createLiveSession(t.db, {
        hostIds: [userIds[index('host')], other.id],
        invitedUserIds: [userIds[index('invitee')]],
        invitedOrganisationIds: [organisationId],
        municipality: 'Äänekoski',
        status,
      });
    w = { t, agents, userIds, scheduled: await session('scheduled'), cancelled: await session('cancelled') };
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every calendar operation in the OpenAPI document and every role among its people', async () => {
    const doc = await t
      .agent()
      .get<{ paths: Record<string, Partial<Record<(typeof METHODS)[number], unknown>>> }>('/api/docs-json');
    expect(doc.status).toBe(200);
    const documented = Object.entries(doc.body.paths)
      .filter(([path]) => CALENDAR_PATHS.test(path))
      .flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual([...OPERATIONS].sort());
    expect(new Set(MATRIX.map(([op]) => op))).toEqual(new Set(OPERATIONS));
    expect(new Set(PERSONAS.map((p) => p.user.role ?? 'member'))).toEqual(new Set(ROLES));
  });

  it('gives each person the status of the matrix for every calendar operation', async () => {
    const wrong: string[] = [];
    for (const [op, target, statuses] of MATRIX) {
      const callers = [...w.agents, t.agent()];
      for (const [i, agent] of callers.entries()) {
        const param = await TARGETS[target](w);
        const res = await send(agent, op, param);
        if (res.status !== statuses[i]) {
          const who = PERSONAS[i]?.name ?? 'no session';
          wrong.push(
            `${who}: ${op} on ${target} answered ${res.status} ${res.body?.code ?? ''}, expected ${statuses[i]}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
