import { signedIn } from '../accounts/users/people.test-support';
import { createOrganisation, municipalityId, type TestUserInput } from '../testing/fixtures';
import type { OperationCall } from '../testing/operation-matrix';
import type { TestAgent } from '../testing/test-agent';
import type { TestApp } from '../testing/test-app';
import { createProgram, programBody } from './programs/mentoring-programs.test-support';

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
  return {
    t,
    agents,
    userIds,
    laukaa,
    keuruu,
    draft: await createProgram(t.db, [laukaa], 'draft'),
    recruiting: await createProgram(t.db, [laukaa], 'recruiting'),
    regional: await createProgram(t.db, [laukaa, keuruu], 'recruiting'),
    closed: await createProgram(t.db, [laukaa], 'closed'),
  };
}

/** What a row acts on: a program, or where a new one is created. */
export interface Subject {
  programId?: string;
  municipalityIds?: string[];
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
};
export type TargetName = keyof typeof TARGETS;

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
};
export type Operation = keyof typeof CALLS;
