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
