import { ErrorCode, type PairingSide } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { type PairingAccess, pairingOfParty } from './pairing-access';

/** One of the two people of an active pairing, its row locked: 404 / 403 as pairingOfParty, 409 when not active. */
export async function activePairingOfParty(
  m: EntityManager,
  actor: Principal,
  pairingId: string,
): Promise<PairingAccess & { side: PairingSide }> {
  const access = await pairingOfParty(m, actor, pairingId, true);
  requireActive(access);
  return access;
}

export function requireActive(access: PairingAccess): void {
  if (access.row.status !== 'active')
    throw ApiException.conflict(ErrorCode.Conflict, `The pairing is ${access.row.status}, not active`);
}

/** SQL (alias `mm`): the meeting was not called off, i.e. it is logged, or its live session was not cancelled. */
export const MEETING_NOT_CANCELLED = `NOT EXISTS (
  SELECT 1 FROM live_session ls WHERE ls.id = mm.live_session_id AND ls.status = 'cancelled')`;

/** SQL ($1 = the pairing): whether the pair has met, which opens the fit check. */
export const HAS_MET_SQL = `EXISTS (
  SELECT 1 FROM mentoring_meeting mm WHERE mm.pairing_id = $1 AND mm.held_at <= now() AND ${MEETING_NOT_CANCELLED})`;

/** SQL (alias `mm`): a scheduled meeting still to come. */
export const UPCOMING_SQL = `(mm.live_session_id IS NOT NULL AND mm.held_at > now() AND ${MEETING_NOT_CANCELLED})`;
