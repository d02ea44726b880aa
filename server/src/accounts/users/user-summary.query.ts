import type { IdName, UserSummary } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import type { MunicipalityEntity } from '../municipalities/municipality.entity';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { UserEntity } from './user.entity';

/** One row of `USER_SUMMARY_SELECT`. */
export type UserSummaryRow = TableRow<
  UserEntity,
  | 'id'
  | 'email'
  | 'displayName'
  | 'role'
  | 'audience'
  | 'status'
  | 'locale'
  | 'createdAt'
  | 'lastLoginAt'
  | 'municipalityId'
  | 'organisationId'
> & {
  municipality_name: MunicipalityEntity['name'] | null;
  organisation_name: OrganisationEntity['name'] | null;
  managed: IdName[];
  /** lower(display_name) as PostgreSQL folds it: the list's sort key and so its cursor. */
  sort_name: string;
};

/** A person with the names of what they belong to, in one query (alias `u` for the person). */
export const USER_SUMMARY_SELECT = `
  SELECT u.id, u.email, u.display_name, u.role, u.audience, u.status, u.locale, u.created_at, u.last_login_at,
         m.id AS municipality_id, m.name AS municipality_name, o.id AS organisation_id, o.name AS organisation_name,
         COALESCE((SELECT json_agg(json_build_object('id', mm.id, 'name', mm.name) ORDER BY mm.name)
                     FROM coordinator_municipality cm JOIN municipality mm ON mm.id = cm.municipality_id
                    WHERE cm.user_id = u.id), '[]'::json) AS managed,
         lower(u.display_name) AS sort_name
    FROM app_user u
    LEFT JOIN municipality m ON m.id = u.municipality_id
    LEFT JOIN organisation o ON o.id = u.organisation_id`;

export function toUserSummary(r: UserSummaryRow): UserSummary {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    audience: r.audience,
    status: r.status,
    locale: r.locale,
    municipality: r.municipality_id ? { id: r.municipality_id, name: r.municipality_name ?? '' } : null,
    organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name ?? '' } : null,
    managedMunicipalities: r.managed,
    createdAt: r.created_at.toISOString(),
    lastLoginAt: r.last_login_at ? r.last_login_at.toISOString() : null,
  };
}

export async function findUserSummary(manager: EntityManager, id: string): Promise<UserSummary | null> {
  const rows: UserSummaryRow[] = await manager.query(`${USER_SUMMARY_SELECT} WHERE u.id = $1`, [id]);
  return rows[0] ? toUserSummary(rows[0]) : null;
}
