import type { DataSource } from 'typeorm';

import { createUser } from '../../testing/fixtures';
import type { OperationCall } from '../../testing/operation-matrix';
import type { TestApp } from '../../testing/test-app';
import { buildWorld, personaIndex, type World } from '../mentoring-authorization.test-support';
import { createPairing } from '../pairings/pairings.test-support';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { addMentee, addMentor } from './matching.test-support';

const EMPTY_RESULT = JSON.stringify({
  mentorsConsidered: 0,
  menteesConsidered: 0,
  suggestions: [],
  unmatched: [],
  rejectedPins: [],
});

/** The sign-up matrix's world, plus programs in matching with a mentor, a mentee and a run. */
export interface MatchingWorld extends World {
  matching: MatchingProgram;
  regionalMatching: MatchingProgram;
  /** A person of no column: the other side of the mentor persona's proposals. */
  strangerId: string;
}

interface MatchingProgram {
  programId: string;
  profileId: string;
  requestId: string;
  runId: string;
}

async function insertRun(db: DataSource, programId: string, status = 'draft'): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO mentoring_run (program_id, status, result, matched, total_score) VALUES ($1, $2, $3::jsonb, 0, 0)
     RETURNING id`,
    [programId, status, EMPTY_RESULT],
  );
  return id;
}

async function matchingProgram(w: World, municipalityIds: string[]): Promise<MatchingProgram> {
  const programId = await createProgram(w.t.db, municipalityIds, 'matching');
  const mentor = await createUser(w.t.db, { municipality: 'Laukaa' });
  const mentee = await createUser(w.t.db, { municipality: 'Laukaa' });
  return {
    programId,
    profileId: await addMentor(w.t.db, { programId, userId: mentor.id, municipalityId: w.laukaa }),
    requestId: await addMentee(w.t.db, { programId, userId: mentee.id, municipalityId: w.laukaa }),
    runId: await insertRun(w.t.db, programId),
  };
}

export async function buildMatchingWorld(t: TestApp): Promise<MatchingWorld> {
  const w = await buildWorld(t);
  return {
    ...w,
    matching: await matchingProgram(w, [w.laukaa]),
    regionalMatching: await matchingProgram(w, [w.laukaa, w.keuruu]),
    strangerId: (await createUser(t.db, { municipality: 'Laukaa' })).id,
  };
}

/** What a row acts on. `path` fills a path's first `{…}` (for two ids, the second rides in it). */
export interface Target {
  programId?: string;
  path?: string;
  body?: unknown;
  /** A pin or block, for the route that names one. */
  ruleId?: string;
}

/** A proposal in a new Laukaa program of its own, to the mentor persona from a stranger, in a status. */
async function mentorsProposal(w: MatchingWorld, status: 'proposed' | 'declined'): Promise<Target> {
  const programId = await createProgram(w.t.db, [w.laukaa], 'running');
  const { pairingId } = await createPairing(w.t.db, {
    programId,
    mentorUserId: w.userIds[personaIndex('mentor in Laukaa')],
    menteeUserId: w.strangerId,
    municipalityId: w.laukaa,
    status,
  });
  return { path: pairingId };
}

const ruleBody = (p: MatchingProgram) => ({
  mentorProfileId: p.profileId,
  menteeRequestId: p.requestId,
  kind: 'block',
});

export const TARGETS = {
  '-': async (): Promise<Target> => ({}),
  'matching (Laukaa)': async (w: MatchingWorld): Promise<Target> => ({
    path: w.matching.programId,
    body: ruleBody(w.matching),
  }),
  'regional matching': async (w: MatchingWorld): Promise<Target> => ({
    path: w.regionalMatching.programId,
    body: ruleBody(w.regionalMatching),
  }),
  'recruiting (Laukaa)': async (w: MatchingWorld): Promise<Target> => ({ path: w.recruiting }),
  'closed (Laukaa)': async (w: MatchingWorld): Promise<Target> => ({ path: w.closed, body: ruleBody(w.matching) }),
  'new rule (Laukaa)': async (w: MatchingWorld): Promise<Target> => {
    const p = w.matching;
    const [{ id }]: { id: string }[] = await w.t.db.query(
      `INSERT INTO mentoring_pair_rule (program_id, mentor_profile_id, mentee_request_id, kind) VALUES ($1, $2, $3, 'pin')
       ON CONFLICT ON CONSTRAINT uq_mentoring_pair_rule_pair DO UPDATE SET kind = 'pin' RETURNING id`,
      [p.programId, p.profileId, p.requestId],
    );
    return { path: p.programId, ruleId: id };
  },
  'run (Laukaa)': async (w: MatchingWorld): Promise<Target> => ({ path: w.matching.runId }),
  'regional run': async (w: MatchingWorld): Promise<Target> => ({ path: w.regionalMatching.runId }),
  'new draft run (Laukaa)': async (w: MatchingWorld): Promise<Target> => ({
    path: await insertRun(w.t.db, await createProgram(w.t.db, [w.laukaa], 'matching')),
  }),
  'published run (Laukaa)': async (w: MatchingWorld): Promise<Target> => ({
    path: await insertRun(w.t.db, w.matching.programId, 'published'),
  }),
  'new proposal to the mentor (Laukaa)': (w: MatchingWorld): Promise<Target> => mentorsProposal(w, 'proposed'),
  'mentor’s declined proposal (Laukaa)': (w: MatchingWorld): Promise<Target> => mentorsProposal(w, 'declined'),
};
export type TargetName = keyof typeof TARGETS;

const withPath = (s: Target): OperationCall => {
  if (!s.path) throw new Error('this operation needs an id');
  return { param: s.path };
};

/** How to call each operation of runs, pins and blocks, and proposals, keyed as in the OpenAPI document. */
export const CALLS = {
  'GET /api/mentoring/programs/{programId}/pair-rules': withPath,
  'POST /api/mentoring/programs/{programId}/pair-rules': (s: Target): OperationCall => ({
    ...withPath(s),
    body: s.body,
  }),
  'DELETE /api/mentoring/programs/{programId}/pair-rules/{ruleId}': (s: Target): OperationCall => ({
    params: [withPath(s).param as string, s.ruleId ?? 'no rule'],
  }),
  'POST /api/mentoring/programs/{programId}/matching-runs': withPath,
  'GET /api/mentoring/programs/{programId}/matching-runs/latest': withPath,
  'GET /api/mentoring/matching-runs/{runId}': withPath,
  'POST /api/mentoring/matching-runs/{runId}/publish': withPath,
  'GET /api/mentoring/programs/{programId}/pairings': withPath,
  'GET /api/mentoring/pairings/mine': (): OperationCall => ({}),
  'POST /api/mentoring/pairings/{id}/answer': (s: Target): OperationCall => ({
    ...withPath(s),
    body: { answer: 'accept' },
  }),
};
export type Operation = keyof typeof CALLS;
