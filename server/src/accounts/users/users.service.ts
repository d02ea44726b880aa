import type { Page, UserSummary } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { SessionService } from '../../platform/auth/session.service';
import { ApiException } from '../../platform/errors/api.exception';
import { DEFAULT_PAGE_SIZE } from '../../platform/http/page-query.dto';
import { decodeCursor, likePattern, SqlParams, toPage } from '../../platform/http/sql-support';
import { MailService } from '../../platform/mail/mail.service';
import { RealtimeEmitter } from '../../platform/realtime/realtime-emitter.service';
import type { UpdateUserDto, UserListQueryDto } from './dto/user-requests.dto';
import { administeredMunicipalities, assertMayHandleRole, seesPeopleOf } from './people-scope';
import { type LockedUser, UserChanges } from './user-changes';
import { findUserSummary, toUserSummary, USER_SUMMARY_SELECT, type UserSummaryRow } from './user-summary.query';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly live: RealtimeEmitter,
    private readonly sessions: SessionService,
  ) {}

  async list(actor: Principal, query: UserListQueryDto): Promise<Page<UserSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['text', 'uuid']);
    const p = new SqlParams();
    const where: string[] = [];
    const scope = administeredMunicipalities(actor);
    if (scope !== 'all') where.push(`u.municipality_id = ANY(${p.add(scope)}::uuid[])`);
    if (query.municipalityId) where.push(`u.municipality_id = ${p.add(query.municipalityId)}`);
    if (query.role) where.push(`u.role = ${p.add(query.role)}`);
    if (query.status) where.push(`u.status = ${p.add(query.status)}`);
    if (query.q?.trim()) {
      const like = p.add(likePattern(query.q.trim()));
      where.push(`(u.display_name ILIKE ${like} OR u.email ILIKE ${like})`);
    }
    if (after) where.push(`(lower(u.display_name), u.id) > (${p.add(after[0])}, ${p.add(after[1])}::uuid)`);
    const rows: UserSummaryRow[] = await this.db.query(
      `${USER_SUMMARY_SELECT}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY lower(u.display_name), u.id
        LIMIT ${p.add(limit + 1)}`,
      p.values,
    );
    return toPage(rows, limit, toUserSummary, (r) => [r.sort_name, r.id]);
  }

  async get(actor: Principal, id: string): Promise<UserSummary> {
    const user = await findUserSummary(this.db.manager, id);
    if (!user || !seesPeopleOf(actor, user.municipality?.id ?? null)) throw ApiException.notFound('Person');
    return user;
  }

  async update(actor: Principal, id: string, dto: UpdateUserDto): Promise<UserSummary> {
    const summary = await this.db.transaction(async (m) => {
      const target = await this.lockForAdministration(m, actor, id);
      const changes = await new UserChanges(m, actor, target).apply(dto);
      if (Object.keys(changes).length > 0) {
        await this.audit.record(
          { actorId: actor.id, action: 'user.update', entityType: 'user', entityId: id, details: { changes } },
          m,
        );
      }
      return (await findUserSummary(m, id)) as UserSummary;
    });
    // Role, municipality and scope live in their sessions' cached principal.
    this.sessions.forgetUser(id);
    return summary;
  }

  async deactivate(actor: Principal, id: string): Promise<UserSummary> {
    const summary = await this.db.transaction(async (m) => {
      const target = await this.lockForAdministration(m, actor, id);
      if (target.id === actor.id) throw ApiException.forbidden('You cannot deactivate your own account');
      if (target.status !== 'deactivated') {
        await m.query(`UPDATE app_user SET status = 'deactivated', updated_at = now() WHERE id = $1`, [id]);
        await this.sessions.destroyAllFor(id, undefined, m);
        await m.query(
          `UPDATE auth_token SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
          [id],
        );
        // Someone who never accepted their invitation has no account to be told about.
        if (target.status === 'active') {
          await this.mail.queue(m, {
            template: 'account_deactivated',
            category: 'account',
            userId: id,
            params: {},
            locale: target.locale,
          });
        }
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'user.deactivate',
            entityType: 'user',
            entityId: id,
            details: { previousStatus: target.status },
          },
          m,
        );
      }
      return (await findUserSummary(m, id)) as UserSummary;
    });
    // After commit: their open sockets end at once, on whichever node they are.
    this.sessions.forgetUser(id);
    this.live.endUser(id, 'deactivated');
    return summary;
  }

  async reactivate(actor: Principal, id: string): Promise<UserSummary> {
    const summary = await this.db.transaction(async (m) => {
      const target = await this.lockForAdministration(m, actor, id);
      if (target.status === 'deactivated') {
        // Without a password they never accepted the invitation: back to invited, ready for a resend.
        const status = target.hasPassword ? 'active' : 'invited';
        await m.query(`UPDATE app_user SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
        await this.sessions.destroyAllFor(id, undefined, m);
        await this.audit.record(
          { actorId: actor.id, action: 'user.reactivate', entityType: 'user', entityId: id, details: { status } },
          m,
        );
      }
      return (await findUserSummary(m, id)) as UserSummary;
    });
    this.sessions.forgetUser(id);
    return summary;
  }

  /** Locks the person's row; 404 outside the actor's municipalities, 403 for a role the actor may not touch. */
  private async lockForAdministration(m: EntityManager, actor: Principal, id: string): Promise<LockedUser> {
    const rows: Array<Record<string, unknown>> = await m.query(
      `SELECT id, email, display_name, role, audience, status, locale, municipality_id, organisation_id,
              password_hash IS NOT NULL AS has_password
         FROM app_user WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const r = rows[0];
    if (!r || !seesPeopleOf(actor, r['municipality_id'] as string | null)) throw ApiException.notFound('Person');
    const target: LockedUser = {
      id: r['id'] as string,
      email: r['email'] as string,
      displayName: r['display_name'] as string,
      role: r['role'] as LockedUser['role'],
      audience: r['audience'] as LockedUser['audience'],
      status: r['status'] as LockedUser['status'],
      locale: r['locale'] as LockedUser['locale'],
      municipalityId: r['municipality_id'] as string | null,
      organisationId: r['organisation_id'] as string | null,
      hasPassword: r['has_password'] as boolean,
    };
    assertMayHandleRole(actor, target.role);
    return target;
  }
}
