import type { EntityManager } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import type { MentoringProgramsService, VisibleProgram } from '../programs/mentoring-programs.service';

/** Admins, and coordinators of at least one of the program's municipalities: they follow its runs and pairings. */
export function overseesProgram(actor: Principal, municipalityIds: readonly string[]): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'coordinator' && municipalityIds.some((id) => actor.managedMunicipalityIds.includes(id));
}

/** The program if the person oversees it: 404 when they may not see it, 403 when they only see it. */
export async function overseenProgram(
  programs: MentoringProgramsService,
  m: EntityManager,
  actor: Principal,
  programId: string,
): Promise<VisibleProgram> {
  const program = await programs.visible(m, actor, programId);
  if (!overseesProgram(actor, program.municipalityIds))
    throw ApiException.forbidden('Only the program’s coordinators follow its matching and pairings');
  return program;
}
