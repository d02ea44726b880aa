import { signedIn } from '../accounts/users/people.test-support';
import { createOrganisation, createUser, municipalityId, type TestUserInput } from '../testing/fixtures';
import type { OperationCall } from '../testing/operation-matrix';
import type { TestAgent } from '../testing/test-agent';
import type { TestApp } from '../testing/test-app';
import { createMentorProfile, mentorBody } from './profiles/mentor-profiles.test-support';
import { createProgram, programBody } from './programs/mentoring-programs.test-support';
import { createMenteeRequest, menteeBody } from './requests/mentee-requests.test-support';

/**
 * The people of the mentoring authorisation matrix, one column each: every role, coordinators of one, the other
 * and both municipalities (a regional program needs both), and people of either municipality.
 * "Laukaa" is the programs' municipality, "Keuruu" the other one.
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
  {
    name: 'coordinator of both',
    user: { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa', 'Keuruu'] },
  },
  { name: 'mentor in Laukaa', user: { role: 'mentor', municipality: 'Laukaa' } },
  { name: 'member in Laukaa', user: { role: 'member', municipality: 'Laukaa' } },
  { name: 'member in Keuruu', user: { role: 'member', municipality: 'Keuruu' } },
  { name: 'decision-maker in Laukaa', user: { audience: 'decision_maker', municipality: 'Laukaa' } },
  { name: 'employer in Laukaa', user: { role: 'member', municipality: 'Laukaa' }, organisation: true },
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
  draft: string;
  recruiting: string;
  /** Recruiting in Laukaa and Keuruu. */
  regional: string;
  closed: string;
  /** Recruiting in Laukaa and Keuruu, where everyone has asked for a mentor. */
  regionalAsked: string;
  /** A person of no column, whose pending offers coordinators decide on. */
  applicantId: string;
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
  const laukaa = await municipalityId(t.db, 'Laukaa');
  const keuruu = await municipalityId(t.db, 'Keuruu');
  const regional = await createProgram(t.db, [laukaa, keuruu], 'recruiting');
  // Everyone has offered to mentor in the regional program, so each may read their own profile there.
  for (const userId of userIds)
    await createMentorProfile(t.db, { programId: regional, userId, municipalityId: laukaa });
  const regionalAsked = await createProgram(t.db, [laukaa, keuruu], 'recruiting');
  for (const userId of userIds)
    await createMenteeRequest(t.db, { programId: regionalAsked, userId, municipalityId: laukaa });
  return {
    t,
    agents,
    userIds,
    laukaa,
    keuruu,
    draft: await createProgram(t.db, [laukaa], 'draft'),
    recruiting: await createProgram(t.db, [laukaa], 'recruiting'),
    regional,
    closed: await createProgram(t.db, [laukaa], 'closed'),
    regionalAsked,
    applicantId: (await createUser(t.db, { role: 'member', municipality: 'Laukaa' })).id,
  };
}

/** What a row acts on: a program or a mentor profile, or where a new program is created. */
export interface Subject {
  programId?: string;
  municipalityIds?: string[];
  profileId?: string;
  requestId?: string;
}

/** A mentee request in a new Laukaa program of its own. */
async function newRequest(w: World, userId: string, status?: 'withdrawn'): Promise<Subject> {
  const programId = await createProgram(w.t.db, [w.laukaa], 'recruiting');
  return { requestId: await createMenteeRequest(w.t.db, { programId, userId, municipalityId: w.laukaa, status }) };
}

/** A profile in a new program of its own, so a decision never spoils a later call. */
async function newProfile(
  w: World,
  municipalityIds: string[],
  userId: string,
  status?: 'approved' | 'withdrawn',
): Promise<Subject> {
  const programId = await createProgram(w.t.db, municipalityIds, 'recruiting');
  return { profileId: await createMentorProfile(w.t.db, { programId, userId, municipalityId: w.laukaa, status }) };
}

/** The targets named in the matrix; "new …" makes a program for each call, so writes never spoil a later row. */
export const TARGETS = {
  '-': async (): Promise<Subject> => ({}),
  'in Laukaa': async (w: World): Promise<Subject> => ({ municipalityIds: [w.laukaa] }),
  'in Laukaa and Keuruu': async (w: World): Promise<Subject> => ({ municipalityIds: [w.laukaa, w.keuruu] }),
  'draft (Laukaa)': async (w: World): Promise<Subject> => ({ programId: w.draft }),
  'recruiting (Laukaa)': async (w: World): Promise<Subject> => ({ programId: w.recruiting }),
  'regional recruiting': async (w: World): Promise<Subject> => ({ programId: w.regional }),
  'closed (Laukaa)': async (w: World): Promise<Subject> => ({ programId: w.closed }),
  'new draft (Laukaa)': async (w: World): Promise<Subject> => ({
    programId: await createProgram(w.t.db, [w.laukaa], 'draft'),
  }),
  'new regional draft': async (w: World): Promise<Subject> => ({
    programId: await createProgram(w.t.db, [w.laukaa, w.keuruu], 'draft'),
  }),
  'new recruiting (Laukaa)': async (w: World): Promise<Subject> => ({
    programId: await createProgram(w.t.db, [w.laukaa], 'recruiting'),
  }),
  'new pending offer (Laukaa)': (w: World): Promise<Subject> => newProfile(w, [w.laukaa], w.applicantId),
  'new pending offer (regional)': (w: World): Promise<Subject> => newProfile(w, [w.laukaa, w.keuruu], w.applicantId),
  'new approved offer (Laukaa)': (w: World): Promise<Subject> => newProfile(w, [w.laukaa], w.applicantId, 'approved'),
  'mentor’s new offer (Laukaa)': (w: World): Promise<Subject> =>
    newProfile(w, [w.laukaa], w.userIds[personaIndex('mentor in Laukaa')]),
  'regional, everyone asked': async (w: World): Promise<Subject> => ({ programId: w.regionalAsked }),
  'mentor’s new request (Laukaa)': (w: World): Promise<Subject> =>
    newRequest(w, w.userIds[personaIndex('mentor in Laukaa')]),
  'mentor’s withdrawn request (Laukaa)': (w: World): Promise<Subject> =>
    newRequest(w, w.userIds[personaIndex('mentor in Laukaa')], 'withdrawn'),
  'mentor’s withdrawn offer (Laukaa)': (w: World): Promise<Subject> =>
    newProfile(w, [w.laukaa], w.userIds[personaIndex('mentor in Laukaa')], 'withdrawn'),
};
export type TargetName = keyof typeof TARGETS;

function profile(s: Subject): string {
  if (!s.profileId) throw new Error('this operation needs a mentor profile target');
  return s.profileId;
}

function request(s: Subject): string {
  if (!s.requestId) throw new Error('this operation needs a mentee request target');
  return s.requestId;
}

function program(s: Subject): string {
  if (!s.programId) throw new Error('this operation needs a program target');
  return s.programId;
}

/** How to call each mentoring operation, keyed `METHOD /path` as in the OpenAPI document. */
export const CALLS = {
  'GET /api/mentoring/programs': (): OperationCall => ({}),
  'POST /api/mentoring/programs': (s: Subject, w: World): OperationCall => ({
    body: programBody(s.municipalityIds ?? [w.laukaa]),
  }),
  'GET /api/mentoring/programs/{id}': (s: Subject): OperationCall => ({ param: program(s) }),
  'PATCH /api/mentoring/programs/{id}': (s: Subject): OperationCall => ({
    param: program(s),
    body: { name: 'Uusi nimi' },
  }),
  'POST /api/mentoring/programs/{id}/status': (s: Subject): OperationCall => ({
    param: program(s),
    body: { status: 'recruiting' },
  }),
  'POST /api/mentoring/programs/{id}/mentor-profile': (s: Subject, w: World): OperationCall => ({
    param: program(s),
    body: mentorBody(w.laukaa),
  }),
  'GET /api/mentoring/programs/{id}/mentor-profile': (s: Subject): OperationCall => ({ param: program(s) }),
  'GET /api/mentoring/programs/{id}/mentor-profiles': (s: Subject): OperationCall => ({ param: program(s) }),
  'POST /api/mentoring/mentor-profiles/{id}/approve': (s: Subject): OperationCall => ({ param: profile(s) }),
  'POST /api/mentoring/mentor-profiles/{id}/decline': (s: Subject): OperationCall => ({ param: profile(s) }),
  'POST /api/mentoring/mentor-profiles/{id}/withdraw': (s: Subject): OperationCall => ({ param: profile(s) }),
  'POST /api/mentoring/programs/{id}/mentee-request': (s: Subject, w: World): OperationCall => ({
    param: program(s),
    body: menteeBody(w.laukaa),
  }),
  'GET /api/mentoring/programs/{id}/mentee-request': (s: Subject): OperationCall => ({ param: program(s) }),
  'GET /api/mentoring/programs/{id}/mentee-requests': (s: Subject): OperationCall => ({ param: program(s) }),
  'POST /api/mentoring/mentee-requests/{id}/withdraw': (s: Subject): OperationCall => ({ param: request(s) }),
};
export type Operation = keyof typeof CALLS;
