import type { PairingSide, PairingSummary } from '@kotopaikka/contracts';
import { PROPOSAL_EXPIRY_DAYS } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { managesProgram } from '../programs/program-scope';
import type { MentoringPairingEntity } from './pairing.entity';

export type PairingRow = TableRow<
  MentoringPairingEntity,
  | 'id'
  | 'programId'
  | 'runId'
  | 'mentorProfileId'
  | 'menteeRequestId'
  | 'mentorUserId'
  | 'menteeUserId'
  | 'status'
  | 'score'
  | 'contributions'
  | 'explanation'
  | 'mentorAnswer'
  | 'menteeAnswer'
  | 'declineReason'
  | 'proposedAt'
  | 'remindedAt'
  | 'startedAt'
  | 'endsOn'
  | 'finishedAt'
  | 'finishedBy'
  | 'endReason'
> & {
  program_name: string;
  program_municipality_ids: string[];
  mentor_name: string;
  mentee_name: string;
};

/** A pairing with the viewer's relation to it: their side (null for a coordinator or admin) and whether they manage it. */
export interface PairingAccess {
  row: PairingRow;
  side: PairingSide | null;
  mayManage: boolean;
}

const PAIRING_SELECT = `
  SELECT mp.id, mp.program_id, mp.run_id, mp.mentor_profile_id, mp.mentee_request_id, mp.mentor_user_id,
         mp.mentee_user_id, mp.status, mp.score, mp.contributions, mp.explanation, mp.mentor_answer, mp.mentee_answer,
         mp.decline_reason, mp.proposed_at, mp.reminded_at, mp.started_at, to_char(mp.ends_on, 'YYYY-MM-DD') AS ends_on,
         mp.finished_at, mp.finished_by, mp.end_reason,
         p.name AS program_name,
         ARRAY(SELECT pm.municipality_id FROM mentoring_program_municipality pm WHERE pm.program_id = p.id)::text[]
           AS program_municipality_ids,
         mentor.display_name AS mentor_name, mentee.display_name AS mentee_name
    FROM mentoring_pairing mp
    JOIN mentoring_program p ON p.id = mp.program_id
    JOIN app_user mentor ON mentor.id = mp.mentor_user_id
    JOIN app_user mentee ON mentee.id = mp.mentee_user_id`;

/**
 * SQL (alias `mp`; $1 = the viewer's id, $2 = role, $3 = managed municipalities) for the pairings a person sees:
 * their own (either side); admins all; coordinators those of programs touching a municipality they manage.
 */
const VISIBLE_PAIRING_SQL = `(
  mp.mentor_user_id = $1 OR mp.mentee_user_id = $1 OR $2 = 'admin'
  OR ($2 = 'coordinator' AND EXISTS (
    SELECT 1 FROM mentoring_program_municipality pm
     WHERE pm.program_id = mp.program_id AND pm.municipality_id = ANY($3::uuid[])))
)`;

function accessOf(actor: Principal, row: PairingRow): PairingAccess {
  const side: PairingSide | null =
    row.mentor_user_id === actor.id ? 'mentor' : row.mentee_user_id === actor.id ? 'mentee' : null;
  return { row, side, mayManage: managesProgram(actor, row.program_municipality_ids) };
}

/**
 * The pairing as the viewer may see it (404 otherwise). With `lock`, its row is locked for the transaction: every
 * change of a pairing's status or answers takes it, so two requests on one pairing run one after the other.
 */
export async function pairingFor(
  m: EntityManager,
  actor: Principal,
  pairingId: string,
  lock = false,
): Promise<PairingAccess> {
  const rows: PairingRow[] = await m.query(
    `${PAIRING_SELECT} WHERE mp.id = $4 AND ${VISIBLE_PAIRING_SQL}${lock ? ' FOR UPDATE OF mp' : ''}`,
    [actor.id, actor.role, actor.managedMunicipalityIds, pairingId],
  );
  if (rows.length === 0) throw ApiException.notFound('Mentoring pairing');
  return accessOf(actor, rows[0]);
}

/** The pairing if the viewer is one of its two people: 404 if they may not see it, 403 if they only oversee it. */
export async function pairingOfParty(
  m: EntityManager,
  actor: Principal,
  pairingId: string,
  lock = false,
): Promise<PairingAccess & { side: PairingSide }> {
  const access = await pairingFor(m, actor, pairingId, lock);
  if (access.side === null) throw ApiException.forbidden('Only the mentor and the mentee of the pairing may do this');
  return { ...access, side: access.side };
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function toPairingSummary(access: PairingAccess): PairingSummary {
  const r = access.row;
  return {
    id: r.id,
    program: { id: r.program_id, name: r.program_name },
    status: r.status,
    mentor: {
      profileId: r.mentor_profile_id,
      person: { id: r.mentor_user_id, name: r.mentor_name },
      answer: r.mentor_answer,
    },
    mentee: {
      requestId: r.mentee_request_id,
      person: { id: r.mentee_user_id, name: r.mentee_name },
      answer: r.mentee_answer,
    },
    mySide: access.side,
    score: r.score,
    explanation: r.explanation,
    proposedAt: r.proposed_at.toISOString(),
    answerBy: new Date(r.proposed_at.getTime() + PROPOSAL_EXPIRY_DAYS * DAY_MS).toISOString(),
    startedAt: r.started_at ? r.started_at.toISOString() : null,
    endsOn: r.ends_on,
    finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
  };
}

/** Pairings the viewer sees, newest proposal first: their own (`mine`), or one program's (its overseers only). */
export async function pairingSummaries(
  m: EntityManager,
  actor: Principal,
  filter: { mine: true } | { programId: string },
): Promise<PairingSummary[]> {
  // PostgreSQL cannot type a parameter the query does not use: one's own need only the viewer's id.
  let params: unknown[] = [actor.id];
  let where: string;
  if ('mine' in filter) where = '(mp.mentor_user_id = $1 OR mp.mentee_user_id = $1)';
  else {
    params = [actor.id, actor.role, actor.managedMunicipalityIds, filter.programId];
    where = `mp.program_id = $4 AND ${VISIBLE_PAIRING_SQL}`;
  }
  const rows: PairingRow[] = await m.query(
    `${PAIRING_SELECT} WHERE ${where} ORDER BY mp.proposed_at DESC, mp.id`,
    params,
  );
  return rows.map((row) => toPairingSummary(accessOf(actor, row)));
}
