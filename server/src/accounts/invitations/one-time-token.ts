import type { EntityManager } from 'typeorm';

import type { AuthTokenKind } from '../../platform/auth/auth-token.entity';
import { hashToken, newToken } from '../../platform/auth/session.service';
import { returnedRows } from '../../platform/http/sql-support';

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;
export const PASSWORD_RESET_TTL_MS = 3600_000;

/** A token that can only be e-mailed links' worth: 32 random bytes, in the link only. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

export interface IssuedToken {
  id: string;
  /** The raw token for the link; the database keeps only its SHA-256. */
  token: string;
  expiresAt: Date;
}

/** Issues a fresh single-use token and revokes the person's earlier unused ones of the same kind. */
export async function issueToken(
  m: EntityManager,
  kind: AuthTokenKind,
  userId: string,
  createdBy: string | null,
  ttlMs: number,
): Promise<IssuedToken> {
  await m.query(
    `UPDATE auth_token SET revoked_at = now() WHERE user_id = $1 AND kind = $2 AND used_at IS NULL AND revoked_at IS NULL`,
    [userId, kind],
  );
  const token = newToken();
  const expiresAt = new Date(Date.now() + ttlMs);
  const [{ id }]: { id: string }[] = await m.query(
    `INSERT INTO auth_token (kind, token_hash, user_id, created_by, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [kind, hashToken(token), userId, createdBy, expiresAt],
  );
  return { id, token, expiresAt };
}

/** The stored hash of a token from a link, or null when it cannot be one of ours (answered like an unknown token). */
export function tokenHashOf(token: string): string | null {
  return TOKEN_SHAPE.test(token) ? hashToken(token) : null;
}

/**
 * Marks a usable token used and returns its person; null when unknown, used, revoked or expired. Row lock makes it single-use.
 * The person's row is locked first, then the token: the order of every transaction that touches both (resend, revoke,
 * deactivate), so a link used during an administrator's change waits instead of deadlocking.
 */
export async function consumeToken(m: EntityManager, kind: AuthTokenKind, token: string): Promise<string | null> {
  const hash = tokenHashOf(token);
  if (!hash) return null;
  const owners: { id: string }[] = await m.query(
    `SELECT id FROM app_user WHERE id = (SELECT user_id FROM auth_token WHERE token_hash = $1 AND kind = $2) FOR UPDATE`,
    [hash, kind],
  );
  if (!owners[0]) return null;
  const result: unknown = await m.query(
    `UPDATE auth_token SET used_at = now()
      WHERE token_hash = $1 AND kind = $2 AND user_id = $3 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
      RETURNING user_id`,
    [hash, kind, owners[0].id],
  );
  return returnedRows<{ user_id: string }>(result)[0]?.user_id ?? null;
}
