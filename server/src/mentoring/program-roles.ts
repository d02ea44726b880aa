import { ErrorCode } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import type { Principal } from '../platform/auth/principal';
import { ApiException } from '../platform/errors/api.exception';
import type { MentoringProgramsService, VisibleProgram } from './programs/mentoring-programs.service';

/**
 * What every sign-up to a program (a mentor's offer, a mentee's request) checks first, in its transaction: the
 * program is one the person sees and is recruiting (its row locked, see `refuseBothSides`), the municipality given is
 * one of the program's, and the person is not on the other side already.
 */
export async function programForSignUp(
  m: EntityManager,
  programs: MentoringProgramsService,
  actor: Principal,
  programId: string,
  municipalityId: string,
  joining: 'mentor' | 'mentee',
): Promise<VisibleProgram> {
  const program = await programs.visible(m, actor, programId, true);
  if (program.row.status !== 'recruiting')
    throw ApiException.conflict(ErrorCode.Conflict, 'The program is not recruiting');
  if (!program.municipalityIds.includes(municipalityId))
    throw ApiException.invalid('municipalityId', 'must be one of the program’s municipalities');
  await refuseBothSides(m, programId, actor.id, joining);
  return program;
}

/**
 * A person is never mentor and mentee in one program. Both sign-ups lock the program row first, so two requests
 * of one person (an offer and a request at once) run one after the other and the second sees the first.
 */
async function refuseBothSides(
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
