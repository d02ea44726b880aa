import { ErrorCode } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import { ApiException } from '../platform/errors/api.exception';

/**
 * A person is never mentor and mentee in one program. Both sign-ups lock the program row first, so two requests
 * of one person (an offer and a request at once) run one after the other and the second sees the first.
 */
export async function refuseBothSides(
  m: EntityManager,
  programId: string,
  userId: string,
  joining: 'mentor' | 'mentee',
): Promise<void> {
  const other: { n: number }[] =
    joining === 'mentor'
      ? await m.query(
          `SELECT count(*)::int AS n FROM mentee_request WHERE program_id = $1 AND user_id = $2 AND status = 'open'`,
          [programId, userId],
        )
      : await m.query(
          `SELECT count(*)::int AS n FROM mentor_profile
            WHERE program_id = $1 AND user_id = $2 AND status IN ('pending', 'approved')`,
          [programId, userId],
        );
  if (other[0].n > 0)
    throw ApiException.conflict(
      ErrorCode.Conflict,
      joining === 'mentor'
        ? 'You asked for a mentor in this program: withdraw that request to mentor here'
        : 'You offered to mentor in this program: withdraw that offer to ask for a mentor here',
    );
}
