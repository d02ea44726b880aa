import type { Role } from '@kotopaikka/contracts';

import { managesMunicipality, type Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';

/** Roles a coordinator may give, invite and edit; admin and coordinator are for admins to grant. */
export const COORDINATED_ROLES: readonly Role[] = ['member', 'mentor'];

/** Municipalities whose people the actor administers: all for admins, the managed ones for coordinators. */
export function administeredMunicipalities(actor: Principal): string[] | 'all' {
  if (actor.role === 'admin') return 'all';
  if (actor.role === 'coordinator') return actor.managedMunicipalityIds;
  return [];
}

/** Whether the actor may see a person of this municipality at all (outside it, the person "does not exist"). */
export function seesPeopleOf(actor: Principal, municipalityId: string | null): boolean {
  return managesMunicipality(actor, municipalityId);
}

/** 403 unless the actor may give or act on this role. */
export function assertMayHandleRole(actor: Principal, role: Role): void {
  if (actor.role !== 'admin' && !COORDINATED_ROLES.includes(role)) {
    throw ApiException.forbidden('Only an admin may act on admins and coordinators');
  }
}

/** 403 unless the actor administers this municipality (for creating things there; reading uses 404). */
export function assertAdministers(actor: Principal, municipalityId: string | null): void {
  if (!managesMunicipality(actor, municipalityId)) {
    throw ApiException.forbidden('You do not administer this municipality');
  }
}
