import type { Principal } from '../../platform/auth/principal';
import type { SqlParams } from '../../platform/http/sql-support';

/**
 * Whether the person is invited to the session aliased `s`, as SQL: named themselves, through their
 * organisation, or through their audience in the session's municipality. Resolved at the time of asking,
 * so someone who joins the organisation later is invited too.
 */
export function invitedSql(p: Principal, params: SqlParams, alias = 's'): string {
  const user = params.add(p.id);
  const org = params.add(p.organisationId);
  const audience = params.add(p.audience);
  const municipality = params.add(p.municipalityId);
  return `EXISTS (SELECT 1 FROM live_session_invitee i
                   WHERE i.session_id = ${alias}.id
                     AND (i.user_id = ${user}::uuid
                          OR i.organisation_id = ${org}::uuid
                          OR (i.audience = ${audience}::text AND ${alias}.municipality_id = ${municipality}::uuid)))`;
}

/** Whether the person hosts the session aliased `s`. */
export function hostingSql(p: Principal, params: SqlParams, alias = 's'): string {
  return `EXISTS (SELECT 1 FROM live_session_host h WHERE h.session_id = ${alias}.id AND h.user_id = ${params.add(p.id)}::uuid)`;
}

/** Whether the person manages the session aliased `s` without hosting it: admins, and coordinators of its municipality. */
export function overseesSql(p: Principal, params: SqlParams, alias = 's'): string {
  if (p.role === 'admin') return 'TRUE';
  if (p.role !== 'coordinator') return 'FALSE';
  return `${alias}.municipality_id = ANY(${params.add(p.managedMunicipalityIds)}::uuid[])`;
}

/** Whether the person may run or edit the session aliased `s`: hosting it, or overseeing it. */
export function managesSql(p: Principal, params: SqlParams, alias = 's'): string {
  return `(${overseesSql(p, params, alias)} OR ${hostingSql(p, params, alias)})`;
}

/** Sessions the person may see at all: invited, hosting or overseeing. */
export function visibleSessionSql(p: Principal, params: SqlParams, alias = 's'): string {
  return `(${overseesSql(p, params, alias)} OR ${hostingSql(p, params, alias)} OR ${invitedSql(p, params, alias)})`;
}
