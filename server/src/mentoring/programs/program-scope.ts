import type { Principal } from '../../platform/auth/principal';

/** Statuses in which a program is open to the people of its municipalities (to sign up, follow matching, meet). */
export const OPEN_STATUSES = ['recruiting', 'matching', 'running'] as const;

/**
 * SQL (on alias `p`, parameters $1 = role, $2 = managed municipalities, $3 = home municipality) for the programs a
 * person may see: admins all; coordinators those touching a municipality they manage; everyone the open programs
 * of their own municipality.
 */
export const VISIBLE_PROGRAM_SQL = `(
  $1 = 'admin'
  OR ($1 = 'coordinator' AND EXISTS (
    SELECT 1 FROM mentoring_program_municipality pm
    WHERE pm.program_id = p.id AND pm.municipality_id = ANY($2::uuid[])))
  OR (p.status IN ('recruiting', 'matching', 'running') AND EXISTS (
    SELECT 1 FROM mentoring_program_municipality pm
    WHERE pm.program_id = p.id AND pm.municipality_id = $3))
)`;

export const visibilityParams = (p: Principal): unknown[] => [p.role, p.managedMunicipalityIds, p.municipalityId];

/** Managing a program (editing, moving it on, approving its mentors) takes every one of its municipalities. */
export function managesProgram(p: Principal, municipalityIds: readonly string[]): boolean {
  if (p.role === 'admin') return true;
  return p.role === 'coordinator' && municipalityIds.every((id) => p.managedMunicipalityIds.includes(id));
}
