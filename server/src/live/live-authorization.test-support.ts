import { randomUUID } from 'node:crypto';

import { signedIn } from '../accounts/users/people.test-support';
import { hashToken, newToken } from '../platform/auth/session.service';
import { createOrganisation, municipalityId, type TestUserInput } from '../testing/fixtures';
import type { OperationCall } from '../testing/operation-matrix';
import type { TestAgent } from '../testing/test-agent';
import type { TestApp } from '../testing/test-app';
import { createLiveSession } from './live.test-support';
import { createInfoSession } from './registration/registration.test-support';
import { sessionBody } from './sessions/live-sessions.test-support';

/**
 * The people of the live-session authorisation matrix, one column each: every role, and each way of being
 * invited (by name, through an organisation, through an audience in the session's municipality) or not.
 * "Laukaa" is the sessions' municipality, "Keuruu" the other one.
 */
export const PERSONAS: readonly { name: string; user: TestUserInput; organisation?: true }[] = [
  { name: 'admin', user: { role: 'admin', municipality: 'Laukaa' } },
  {
    name: 'coordinator of Laukaa',
    user: { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] },
  },
  {
    name: 'coordinator of Keuruu',
    user: { role: 'coordinator', municipality: 'Keuruu', managedMunicipalities: ['Keuruu'] },
  },
  { name: 'host (mentor)', user: { role: 'mentor', municipality: 'Laukaa' } },
  { name: 'invitee', user: { role: 'member', municipality: 'Laukaa' } },
  { name: 'employer of an invited organisation', user: { role: 'member', municipality: 'Laukaa' }, organisation: true },
  { name: 'decision-maker (invited audience)', user: { audience: 'decision_maker', municipality: 'Laukaa' } },
  { name: 'decision-maker in Keuruu', user: { audience: 'decision_maker', municipality: 'Keuruu' } },
  { name: 'member not invited', user: { role: 'member', municipality: 'Laukaa' } },
];

/** One expected status per persona, in PERSONAS order. */
export type Statuses = readonly [number, number, number, number, number, number, number, number, number];

export const personaIndex = (name: string): number => PERSONAS.findIndex((p) => p.name === name);

export interface World {
  t: TestApp;
  agents: TestAgent[];
  userIds: string[];
  laukaa: string;
  keuruu: string;
  organisationId: string;
  /** Scheduled in Laukaa, hosted by the mentor, inviting the invitee, the organisation and Laukaa's decision-makers. */
  session: string;
  cancelled: string;
  /** Scheduled in Keuruu by nobody of the matrix, inviting nobody. */
  keuruuSession: string;
  /** An info session in Laukaa with a public registration page. */
  infoSession: { id: string; slug: string };
}

/** A Laukaa session as the matrix needs it, written straight into the tables so the matrix does not lean on its routes. */
async function laukaaSession(
  w: Omit<World, 'session' | 'cancelled' | 'keuruuSession' | 'infoSession'>,
  status?: 'cancelled',
): Promise<string> {
  const id = await createLiveSession(w.t.db, {
    hostIds: [w.userIds[personaIndex('host (mentor)')]],
    invitedUserIds: [w.userIds[personaIndex('invitee')]],
    municipality: 'Laukaa',
    status,
    startsInMinutes: 24 * 60,
  });
  await w.t.db.query(`INSERT INTO live_session_invitee (session_id, organisation_id) VALUES ($1, $2);`, [
    id,
    w.organisationId,
  ]);
  await w.t.db.query(`INSERT INTO live_session_invitee (session_id, audience) VALUES ($1, 'decision_maker')`, [id]);
  return id;
}

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
  const base = {
    t,
    agents,
    userIds,
    laukaa: await municipalityId(t.db, 'Laukaa'),
    keuruu: await municipalityId(t.db, 'Keuruu'),
    organisationId,
  };
  return {
    ...base,
    session: await laukaaSession(base),
    cancelled: await laukaaSession(base, 'cancelled'),
    keuruuSession: await createLiveSession(t.db, {
      hostIds: [userIds[personaIndex('admin')]],
      municipality: 'Keuruu',
      startsInMinutes: 24 * 60,
    }),
    infoSession: await createInfoSession(t.db, {
      hostIds: [userIds[personaIndex('host (mentor)')]],
      municipality: 'Laukaa',
      startsInMinutes: 24 * 60,
    }),
  };
}

/** A registration for the info session, written straight into the table, with the raw tokens of its links. */
async function registration(w: World): Promise<Subject> {
  const joinToken = newToken();
  const cancelToken = newToken();
  await w.t.db.query(
    `INSERT INTO live_registration (session_id, name, email, locale, state, join_token_hash, cancel_token_hash, consented_at)
     VALUES ($1, 'Matrix Guest', $2, 'fi', 'registered', $3, $4, now())`,
    [w.infoSession.id, `guest-${randomUUID()}@example.test`, hashToken(joinToken), hashToken(cancelToken)],
  );
  return { slug: w.infoSession.slug, joinToken, cancelToken };
}

/** What a row acts on: a session, or where a new one is scheduled. */
export interface Subject {
  sessionId?: string;
  municipalityId?: string;
  /** An info session's registration page, and a registration's link tokens. */
  slug?: string;
  joinToken?: string;
  cancelToken?: string;
}

/** The targets named in the matrix; "new …" makes a session for each call, so writes never spoil a later row. */
export const TARGETS = {
  '-': async (): Promise<Subject> => ({}),
  'session (Laukaa)': async (w: World): Promise<Subject> => ({ sessionId: w.session }),
  'cancelled (Laukaa)': async (w: World): Promise<Subject> => ({ sessionId: w.cancelled }),
  'session (Keuruu)': async (w: World): Promise<Subject> => ({ sessionId: w.keuruuSession }),
  'new session (Laukaa)': async (w: World): Promise<Subject> => ({ sessionId: await laukaaSession(w) }),
  'in Laukaa': async (w: World): Promise<Subject> => ({ municipalityId: w.laukaa }),
  'in Keuruu': async (w: World): Promise<Subject> => ({ municipalityId: w.keuruu }),
  'info session (Laukaa)': async (w: World): Promise<Subject> => ({ slug: w.infoSession.slug }),
  'new registration': registration,
};
export type TargetName = keyof typeof TARGETS;

/** How a row calls its operation. */
export type Call = OperationCall;

function session(s: Subject): string {
  if (!s.sessionId) throw new Error('this operation needs a session target');
  return s.sessionId;
}

function given(value: string | undefined, what: string): string {
  if (!value) throw new Error(`this operation needs a target with ${what}`);
  return value;
}

/** How to call each live-session operation, keyed `METHOD /path` as in the OpenAPI document. */
export const CALLS = {
  'GET /api/live-sessions': (): Call => ({}),
  'POST /api/live-sessions': (s: Subject, w: World): Call => ({
    body: sessionBody(s.municipalityId ?? w.laukaa, [w.userIds[personaIndex('host (mentor)')]]),
  }),
  'GET /api/live-sessions/{id}': (s: Subject): Call => ({ param: session(s) }),
  'PATCH /api/live-sessions/{id}': (s: Subject): Call => ({ param: session(s), body: { capacity: 40 } }),
  'POST /api/live-sessions/{id}/cancel': (s: Subject): Call => ({ param: session(s) }),
  'PUT /api/live-sessions/{id}/rsvp': (s: Subject): Call => ({ param: session(s), body: { answer: 'yes' } }),
  'GET /api/live-sessions/{id}/calendar.ics': (s: Subject): Call => ({ param: session(s) }),
  'GET /api/live-sessions/{id}/boards': (s: Subject): Call => ({ param: session(s) }),
  'POST /api/live-sessions/{id}/boards': (s: Subject): Call => ({
    param: session(s),
    body: { title: 'Ideas', prompts: ['What works?'], dotsPerParticipant: 3, hideVotes: false },
  }),
  'GET /api/live-sessions/{id}/notes': (s: Subject): Call => ({ param: session(s) }),
  'GET /api/live-sessions/{id}/notes.md': (s: Subject): Call => ({ param: session(s) }),
  'GET /api/live-sessions/{id}/report': (s: Subject): Call => ({ param: session(s) }),
  'GET /api/live-sessions/{id}/report.csv': (s: Subject): Call => ({ param: session(s) }),
  'GET /api/public/live-sessions/{slug}': (s: Subject): Call => ({ param: given(s.slug, 'a slug') }),
  'POST /api/public/live-sessions/{slug}/registrations': (s: Subject): Call => ({
    param: given(s.slug, 'a slug'),
    body: { name: 'Matrix', email: `matrix-${randomUUID()}@example.test`, locale: 'fi', consent: true },
  }),
  'POST /api/public/live-sessions/{slug}/registrations/resend': (s: Subject): Call => ({
    param: given(s.slug, 'a slug'),
    body: { email: 'someone@example.test' },
  }),
  'POST /api/public/registrations/cancel': (s: Subject): Call => ({
    body: { token: given(s.cancelToken, 'a cancel token') },
  }),
  'GET /api/public/join/{token}': (s: Subject): Call => ({ param: given(s.joinToken, 'a join token') }),
};
export type Operation = keyof typeof CALLS;
