import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { parse as parseCookies } from 'cookie';
import { DataSource, type EntityManager } from 'typeorm';

import type { CoordinatorMunicipalityEntity } from '../../accounts/users/coordinator-municipality.entity';
import type { UserEntity } from '../../accounts/users/user.entity';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { preparedQuery } from '../../database/prepared-query';
import type { TableRow } from '../../database/table-row';
import type { Principal } from './principal';
import type { UserSessionEntity } from './user-session.entity';

/** How stale `last_seen_at` may get before a request writes it again. */
const TOUCH_INTERVAL_SECONDS = 60;

/**
 * How long a node trusts a session it has just read from PostgreSQL. Within one node every change that ends a
 * session or alters who the person is (logout, password change, deactivation, role or scope change) drops the
 * entry at once; another node notices within this window. bench:api: the lookup was one of four database round
 * trips on the catalog and one of three on a course page.
 */
export const SESSION_CACHE_MS = 2000;
/** Entries past their time are swept when the cache grows beyond this. */
const SESSION_CACHE_SWEEP_SIZE = 10_000;

type LoadedSession =
  | Exclude<SessionLookup, { state: 'valid' }>
  | { state: 'valid'; principal: Principal; expiresAt: Date };

/** A live session's person, with the municipalities they manage. */
type SessionRow = TableRow<
  UserEntity,
  'id' | 'email' | 'displayName' | 'role' | 'audience' | 'municipalityId' | 'organisationId' | 'status' | 'locale'
> &
  TableRow<UserSessionEntity, 'expiresAt'> & { managed: CoordinatorMunicipalityEntity['municipalityId'][] };

interface CachedSession {
  principal: Principal;
  until: number;
}

export const SESSION_COOKIE = 'kp_session';
export const CSRF_COOKIE = 'kp_csrf';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session token in a raw Cookie header (the Socket.IO handshake), read by the same parser as every request's. */
export function sessionTokenFromCookieHeader(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
}

export type SessionLookup = { state: 'valid'; principal: Principal } | { state: 'expired' } | { state: 'missing' };

/** Server-side sessions in PostgreSQL, shared by every node. Idle and absolute timeouts from config. */
@Injectable()
export class SessionService {
  private readonly cache = new Map<string, CachedSession>();

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(userId: string, userAgent: string | null): Promise<string> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.sessionAbsoluteHours * 3600_000);
    await this.db.query(
      `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at, user_agent) VALUES ($1, $2, now(), $3, $4)`,
      [hashToken(token), userId, expiresAt, userAgent?.slice(0, 300) ?? null],
    );
    return token;
  }

  /** Resolves a cookie token, touching the session so the idle timeout slides. One round trip, or none when cached. */
  async resolve(token: string | undefined): Promise<SessionLookup> {
    if (!token || token.length > 100) return { state: 'missing' };
    const tokenHash = hashToken(token);
    const cached = this.cache.get(tokenHash);
    if (cached && cached.until > Date.now()) return { state: 'valid', principal: cached.principal };
    this.cache.delete(tokenHash);
    const loaded = await this.load(tokenHash);
    if (loaded.state !== 'valid') return loaded;
    this.remember(loaded.principal, loaded.expiresAt);
    return { state: 'valid', principal: loaded.principal };
  }

  /** Forgets what this node cached of a person's sessions; call after changing who they are or ending them. */
  forgetUser(userId: string): void {
    for (const [hash, entry] of this.cache) if (entry.principal.id === userId) this.cache.delete(hash);
  }

  private remember(principal: Principal, expiresAt: Date): void {
    const now = Date.now();
    if (this.cache.size >= SESSION_CACHE_SWEEP_SIZE) {
      for (const [hash, entry] of this.cache) if (entry.until <= now) this.cache.delete(hash);
      if (this.cache.size >= SESSION_CACHE_SWEEP_SIZE) this.cache.clear();
    }
    this.cache.set(principal.sessionTokenHash, {
      principal,
      until: Math.min(now + SESSION_CACHE_MS, expiresAt.getTime()),
    });
  }

  private async load(tokenHash: string): Promise<LoadedSession> {
    const rows = await preparedQuery<SessionRow>(
      this.db,
      // The idle clock slides at most once a minute: writing the row on every request made one busy person's
      // requests queue on its row lock (bench:api). Idle timeouts are minutes, so a minute's slack is harmless.
      `WITH live AS (
         SELECT s.user_id, s.expires_at FROM user_session s
          WHERE s.token_hash = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)),
       touched AS (
         UPDATE user_session s SET last_seen_at = now()
          WHERE s.token_hash = $1 AND s.last_seen_at < now() - make_interval(secs => $3) AND EXISTS (SELECT 1 FROM live))
       SELECT u.id, u.email, u.display_name, u.role, u.audience, u.municipality_id, u.organisation_id, u.status, u.locale,
              l.expires_at,
              COALESCE(array_agg(cm.municipality_id) FILTER (WHERE cm.municipality_id IS NOT NULL), '{}') AS managed
         FROM live l JOIN app_user u ON u.id = l.user_id
         LEFT JOIN coordinator_municipality cm ON cm.user_id = u.id
        GROUP BY u.id, l.expires_at`,
      [tokenHash, this.config.sessionIdleMinutes, TOUCH_INTERVAL_SECONDS],
    );
    const row = rows[0];
    if (!row || row.status !== 'active') {
      // TypeORM answers a DELETE with [rows, affected].
      const [, deleted] = await this.db.query(`DELETE FROM user_session WHERE token_hash = $1`, [tokenHash]);
      return deleted > 0 ? { state: 'expired' } : { state: 'missing' };
    }
    return {
      state: 'valid',
      expiresAt: row.expires_at,
      principal: {
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        role: row.role,
        audience: row.audience,
        municipalityId: row.municipality_id,
        organisationId: row.organisation_id,
        managedMunicipalityIds: row.managed,
        locale: row.locale,
        sessionTokenHash: tokenHash,
      },
    };
  }

  async destroy(tokenHash: string): Promise<void> {
    this.cache.delete(tokenHash);
    await this.db.query(`DELETE FROM user_session WHERE token_hash = $1`, [tokenHash]);
  }

  /** Ends every session of a person (deactivation, password change); pass the transaction's manager when inside one. */
  async destroyAllFor(
    userId: string,
    exceptTokenHash?: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    this.forgetUser(userId);
    await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND token_hash <> $2`, [
      userId,
      exceptTokenHash ?? '',
    ]);
  }

  async purgeExpired(): Promise<number> {
    const [, deleted] = await this.db.query(
      `DELETE FROM user_session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [this.config.sessionIdleMinutes],
    );
    return deleted as number;
  }
}
