import type { PairingStatus } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { helsinkiIso } from '../../live/sessions/live-sessions.test-support';
import { createOrganisation, municipalityId } from '../../testing/fixtures';
import type { OperationCall } from '../../testing/operation-matrix';
import type { TestAgent } from '../../testing/test-agent';
import type { TestApp } from '../../testing/test-app';
import { personaIndex, PERSONAS } from '../mentoring-authorization.test-support';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { agreementBody, heldMeeting } from './pairing-work.test-support';
import { createPairing } from './pairings.test-support';

export { PERSONAS };

/**
 * The world of the pairings matrix: the mentoring matrix's people, where "mentor in Laukaa" mentors and "member in
 * Laukaa" is the mentee of every pairing, in programs of Laukaa (or of Laukaa and Keuruu: "regional").
 */
export interface World {
  t: TestApp;
  agents: TestAgent[];
  userIds: string[];
  laukaa: string;
  keuruu: string;
  /** Shared targets, made once: rows on them must leave them as they were. */
  active: string;
  regionalActive: string;
  completed: string;
  agreed: string;
  met: string;
  goal: { pairingId: string; id: string };
  task: { pairingId: string; id: string };
}

async function pairing(
  t: TestApp,
  w: Pick<World, 'userIds' | 'laukaa' | 'keuruu'>,
  status: PairingStatus = 'active',
  regional = false,
): Promise<string> {
  const programId = await createProgram(t.db, regional ? [w.laukaa, w.keuruu] : [w.laukaa], 'running');
  const { pairingId } = await createPairing(t.db, {
    programId,
    mentorUserId: w.userIds[personaIndex('mentor in Laukaa')],
    menteeUserId: w.userIds[personaIndex('member in Laukaa')],
    municipalityId: w.laukaa,
    status,
  });
  return pairingId;
}

async function insertId(t: TestApp, sql: string, params: unknown[]): Promise<string> {
  const [{ id }]: { id: string }[] = await t.db.query(sql, params);
  return id;
}

const newGoal = (t: TestApp, pairingId: string): Promise<string> =>
  insertId(t, `INSERT INTO mentoring_goal (pairing_id, title) VALUES ($1, 'Tavoite') RETURNING id`, [pairingId]);
const newTask = (t: TestApp, pairingId: string): Promise<string> =>
  insertId(t, `INSERT INTO mentoring_task (pairing_id, title) VALUES ($1, 'Tehtävä') RETURNING id`, [pairingId]);

export async function buildWorld(t: TestApp): Promise<World> {
  const organisationId = await createOrganisation(t.db, 'Laukaan Leipomo Oy', 'Laukaa');
  const agents: TestAgent[] = [];
  const userIds: string[] = [];
  for (const persona of PERSONAS) {
    const { agent, id } = await signedIn(t, {
      ...persona.user,
      organisationId: persona.organisation ? organisationId : null,
    });
    agents.push(agent);
    userIds.push(id);
  }
  const base = { userIds, laukaa: await municipalityId(t.db, 'Laukaa'), keuruu: await municipalityId(t.db, 'Keuruu') };
  const agreed = await pairing(t, base);
  await t.db.query(
    `INSERT INTO mentoring_agreement (pairing_id, goals, meeting_frequency, preferred_days, mode, ends_on, confidentiality)
     VALUES ($1, 'Tavoitteet', 'weekly', '{mon}', 'online', $2, 'Meidän kesken')`,
    [agreed, agreementBody().endsOn],
  );
  const met = await pairing(t, base);
  await heldMeeting(t, met);
  const work = await pairing(t, base);
  return {
    t,
    agents,
    ...base,
    active: await pairing(t, base),
    regionalActive: await pairing(t, base, 'active', true),
    completed: await pairing(t, base, 'completed'),
    agreed,
    met,
    goal: { pairingId: work, id: await newGoal(t, work) },
    task: { pairingId: work, id: await newTask(t, work) },
  };
}

/** What a row acts on: a pairing, and a goal, task or note of it. */
export interface Subject {
  pairingId: string;
  subId?: string;
}

/** The targets named in the matrix; "new …" makes one for each call, so a change never spoils a later call. */
export const TARGETS = {
  'active pairing': async (w: World): Promise<Subject> => ({ pairingId: w.active }),
  'regional active pairing': async (w: World): Promise<Subject> => ({ pairingId: w.regionalActive }),
  'completed pairing': async (w: World): Promise<Subject> => ({ pairingId: w.completed }),
  'active, agreement v1': async (w: World): Promise<Subject> => ({ pairingId: w.agreed }),
  'active, met once': async (w: World): Promise<Subject> => ({ pairingId: w.met }),
  'its goal': async (w: World): Promise<Subject> => ({ pairingId: w.goal.pairingId, subId: w.goal.id }),
  'its task': async (w: World): Promise<Subject> => ({ pairingId: w.task.pairingId, subId: w.task.id }),
  'new goal': async (w: World): Promise<Subject> => ({ pairingId: w.active, subId: await newGoal(w.t, w.active) }),
  'new task': async (w: World): Promise<Subject> => ({ pairingId: w.active, subId: await newTask(w.t, w.active) }),
  'new note by the mentor': async (w: World): Promise<Subject> => ({
    pairingId: w.active,
    subId: await insertId(
      w.t,
      `INSERT INTO mentoring_note (pairing_id, author_id, body) VALUES ($1, $2, 'Muistiinpano') RETURNING id`,
      [w.active, w.userIds[personaIndex('mentor in Laukaa')]],
    ),
  }),
  'new active pairing': async (w: World): Promise<Subject> => ({ pairingId: await pairing(w.t, w) }),
  'new regional active pairing': async (w: World): Promise<Subject> => ({
    pairingId: await pairing(w.t, w, 'active', true),
  }),
};
export type TargetName = keyof typeof TARGETS;

const one = (s: Subject, body?: unknown): OperationCall => ({ param: s.pairingId, body });
function two(s: Subject, body?: unknown): OperationCall {
  if (!s.subId) throw new Error('this operation needs a goal, task or note target');
  return { params: [s.pairingId, s.subId], body };
}

/** How to call each operation, keyed `METHOD /path` as in the OpenAPI document. */
export const CALLS = {
  'GET /api/mentoring/pairings/{id}': (s: Subject): OperationCall => one(s),
  'PUT /api/mentoring/pairings/{id}/agreement': (s: Subject): OperationCall => one(s, agreementBody()),
  'POST /api/mentoring/pairings/{id}/agreement/confirm': (s: Subject): OperationCall => one(s, { version: 1 }),
  'PUT /api/mentoring/pairings/{id}/fit-check': (s: Subject): OperationCall => one(s, { answer: 'good_fit' }),
  'POST /api/mentoring/pairings/{id}/goals': (s: Subject): OperationCall => one(s, { title: 'Uusi tavoite' }),
  'PATCH /api/mentoring/pairings/{id}/goals/{goalId}': (s: Subject): OperationCall => two(s, { progress: 50 }),
  'DELETE /api/mentoring/pairings/{id}/goals/{goalId}': (s: Subject): OperationCall => two(s),
  'POST /api/mentoring/pairings/{id}/tasks': (s: Subject): OperationCall =>
    one(s, { title: 'Uusi tehtävä', dueOn: '2027-03-01' }),
  'PATCH /api/mentoring/pairings/{id}/tasks/{taskId}': (s: Subject): OperationCall => two(s, { done: true }),
  'DELETE /api/mentoring/pairings/{id}/tasks/{taskId}': (s: Subject): OperationCall => two(s),
  'POST /api/mentoring/pairings/{id}/meetings/scheduled': (s: Subject): OperationCall =>
    one(s, { startsAt: helsinkiIso(48), endsAt: helsinkiIso(49) }),
  'POST /api/mentoring/pairings/{id}/meetings': (s: Subject): OperationCall =>
    one(s, { heldAt: helsinkiIso(-24), durationMinutes: 60, mode: 'in_person', place: 'Kirjasto' }),
  'POST /api/mentoring/pairings/{id}/notes': (s: Subject): OperationCall => one(s, { body: 'Muistiinpano' }),
  'DELETE /api/mentoring/pairings/{id}/notes/{noteId}': (s: Subject): OperationCall => two(s),
  'POST /api/mentoring/pairings/{id}/complete': (s: Subject): OperationCall => one(s),
  'POST /api/mentoring/pairings/{id}/end': (s: Subject): OperationCall => one(s, { reason: 'Ei sovi' }),
  'PUT /api/mentoring/pairings/{id}/feedback': (s: Subject): OperationCall =>
    one(s, { usefulness: 4, match: 5, comment: 'Kiitos' }),
};
export type Operation = keyof typeof CALLS;
