import type { Invitation } from '@kotopaikka/contracts';

import type { TableRow } from '../../database/table-row';
import type { AuthTokenEntity } from '../../platform/auth/auth-token.entity';
import { cursorTimeSql } from '../../platform/http/sql-support';
import type { MunicipalityEntity } from '../municipalities/municipality.entity';
import type { UserEntity } from '../users/user.entity';

export type InvitationRow = TableRow<AuthTokenEntity, 'id' | 'userId' | 'expiresAt' | 'createdBy' | 'createdAt'> &
  TableRow<UserEntity, 'email' | 'displayName' | 'role' | 'audience' | 'municipalityId'> & {
    municipality_name: MunicipalityEntity['name'] | null;
    /** Worked out from the token's used_at, revoked_at and expires_at. */
    status: Invitation['status'];
    invited_by_name: UserEntity['displayName'] | null;
    created_key: string;
  };

/**
 * The newest invitation token of each invited person, with its status (accepted beats revoked beats expired).
 * Older tokens were superseded by a resend and are history, not invitations of their own.
 */
export const INVITATIONS_CTE = `
  WITH invitation AS (
    SELECT t.id, t.user_id, u.email, u.display_name, u.role, u.audience,
           m.id AS municipality_id, m.name AS municipality_name,
           CASE WHEN t.used_at IS NOT NULL THEN 'accepted'
                WHEN t.revoked_at IS NOT NULL THEN 'revoked'
                WHEN t.expires_at <= now() THEN 'expired'
                ELSE 'pending' END AS status,
           t.expires_at, t.created_by, c.display_name AS invited_by_name, t.created_at,
           ${cursorTimeSql('t.created_at')} AS created_key
      FROM auth_token t
      JOIN app_user u ON u.id = t.user_id
      LEFT JOIN municipality m ON m.id = u.municipality_id
      LEFT JOIN app_user c ON c.id = t.created_by
     WHERE t.kind = 'invitation'
       AND NOT EXISTS (SELECT 1 FROM auth_token n
                        WHERE n.user_id = t.user_id AND n.kind = 'invitation' AND n.created_at > t.created_at))`;

export function toInvitation(r: InvitationRow): Invitation {
  return {
    id: r.id,
    userId: r.user_id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    audience: r.audience,
    municipality: r.municipality_id ? { id: r.municipality_id, name: r.municipality_name ?? '' } : null,
    status: r.status,
    expiresAt: r.expires_at.toISOString(),
    invitedBy: r.created_by ? { id: r.created_by, name: r.invited_by_name ?? '' } : null,
    createdAt: r.created_at.toISOString(),
  };
}
