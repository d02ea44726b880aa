import { ErrorCode, type Invitation, type Locale, type Page, type Role } from '@kotopaikka/contracts';

import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { DEFAULT_PAGE_SIZE } from '../../platform/http/page-query.dto';
import { decodeCursor, isUniqueViolation, likePattern, SqlParams, toPage } from '../../platform/http/sql-support';
import { MailService } from '../../platform/mail/mail.service';
import { assertAdministers, assertMayHandleRole, seesPeopleOf } from '../users/people-scope';
import type { InvitationListQueryDto, InviteUserDto } from './dto/invitation.dto';
import { type InvitationRow, INVITATIONS_CTE, toInvitation } from './invitation.query';
import { INVITATION_TTL_MS, issueToken } from './one-time-token';

/** A person to invite, checked against the actor's scope and the municipality's organisations. */
export interface Invitee {
  /** As typed (trimmed); stored folded by PostgreSQL's lower(). */
  email: string;
  displayName: string;
  audience: InviteUserDto['audience'];
  role: Role;
  municipalityId: string;
  organisationId: string | null;
  locale: Locale;
}

export function emailTaken(): ApiException {
  return ApiException.conflict(ErrorCode.EmailTaken, 'This e-mail address already has an account', [
    { field: 'email', problems: ['already has an account'] },
  ]);
}

/** The organisation was deleted between the check and the insert (foreign-key violation). */
function isMissingOrganisation(err: unknown): boolean {
  const e = err as { driverError?: { code?: string; constraint?: string } };
  return e.driverError?.code === '23503' && e.driverError.constraint === 'fk_app_user_organisation';
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(actor: Principal, dto: InviteUserDto): Promise<Invitation> {
    await this.assertMunicipalityExists(dto.municipalityId);
    assertAdministers(actor, dto.municipalityId);
    const role = dto.role ?? 'member';
    assertMayHandleRole(actor, role);
    const organisationId = dto.organisationId ?? null;
    if (organisationId) {
      const rows: { municipality_id: string }[] = await this.db.query(
        `SELECT municipality_id FROM organisation WHERE id = $1`,
        [organisationId],
      );
      if (rows[0]?.municipality_id !== dto.municipalityId)
        throw ApiException.invalid('organisationId', 'not an organisation of the municipality');
    }
    const taken: unknown[] = await this.db.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [dto.email]);
    if (taken.length > 0) throw emailTaken();
    const invitee: Invitee = { ...dto, role, organisationId, locale: dto.locale ?? 'fi' };
    const tokenId = await this.inTransaction((m) => this.inviteWithin(m, actor, invitee, 'form'));
    return this.find(this.db.manager, tokenId);
  }

  /** The invitation's writes (person, token, e-mail, audit), in the caller's transaction. Returns the token id. */
  async inviteWithin(m: EntityManager, actor: Principal, invitee: Invitee, source: 'form' | 'import'): Promise<string> {
    const [{ id: userId, email }]: { id: string; email: string }[] = await m.query(
      `INSERT INTO app_user (email, display_name, locale, audience, role, status, municipality_id, organisation_id)
       VALUES (lower($1), $2, $3, $4, $5, 'invited', $6, $7) RETURNING id, email`,
      [
        invitee.email,
        invitee.displayName,
        invitee.locale,
        invitee.audience,
        invitee.role,
        invitee.municipalityId,
        invitee.organisationId,
      ],
    );
    if (invitee.role === 'coordinator') {
      // An invited coordinator manages the municipality they are invited to; an admin may add more later.
      await m.query(`INSERT INTO coordinator_municipality (user_id, municipality_id) VALUES ($1, $2)`, [
        userId,
        invitee.municipalityId,
      ]);
    }
    const issued = await this.sendInvitation(m, actor, userId, invitee.locale);
    await this.audit.record(
      {
        actorId: actor.id,
        action: 'user.invite',
        entityType: 'user',
        entityId: userId,
        details: { email, role: invitee.role, municipalityId: invitee.municipalityId, source },
      },
      m,
    );
    return issued;
  }

  /** Runs an invitation transaction, answering a lost race for the address with 409 email_taken. */
  async inTransaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err, 'uq_app_user_email_lower')) throw emailTaken();
      if (isMissingOrganisation(err)) throw ApiException.invalid('organisationId', 'no such organisation');
      throw err;
    }
  }

  async list(actor: Principal, query: InvitationListQueryDto): Promise<Page<Invitation>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const p = new SqlParams();
    const where: string[] = [];
    if (actor.role !== 'admin') where.push(`i.municipality_id = ANY(${p.add(actor.managedMunicipalityIds)}::uuid[])`);
    if (query.municipalityId) where.push(`i.municipality_id = ${p.add(query.municipalityId)}`);
    if (query.status) where.push(`i.status = ${p.add(query.status)}`);
    if (query.q?.trim()) {
      const like = p.add(likePattern(query.q.trim()));
      where.push(`(i.display_name ILIKE ${like} OR i.email ILIKE ${like})`);
    }
    if (after) where.push(`(i.created_at, i.id) < (${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)`);
    const rows: InvitationRow[] = await this.db.query(
      `${INVITATIONS_CTE}
       SELECT * FROM invitation i ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY i.created_at DESC, i.id DESC LIMIT ${p.add(limit + 1)}`,
      p.values,
    );
    return toPage(rows, limit, toInvitation, (r) => [r.created_key, r.id]);
  }

  /** A new token and e-mail; the earlier token stops working. Also re-opens a revoked or expired invitation. */
  async resend(actor: Principal, id: string): Promise<Invitation> {
    const tokenId = await this.db.transaction(async (m) => {
      const current = await this.lockForAdministration(m, actor, id);
      if (current.status === 'accepted') throw this.alreadyAccepted();
      const issued = await this.sendInvitation(m, actor, current.user_id, current.locale);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'invitation.resend',
          entityType: 'user',
          entityId: current.user_id,
          details: { previousStatus: current.status },
        },
        m,
      );
      return issued;
    });
    return this.find(this.db.manager, tokenId);
  }

  async revoke(actor: Principal, id: string): Promise<Invitation> {
    await this.db.transaction(async (m) => {
      const current = await this.lockForAdministration(m, actor, id);
      if (current.status === 'accepted') throw this.alreadyAccepted();
      if (current.status === 'revoked') return;
      await m.query(
        `UPDATE auth_token SET revoked_at = now() WHERE user_id = $1 AND kind = 'invitation' AND used_at IS NULL AND revoked_at IS NULL`,
        [current.user_id],
      );
      await this.audit.record(
        { actorId: actor.id, action: 'invitation.revoke', entityType: 'user', entityId: current.user_id },
        m,
      );
    });
    return this.find(this.db.manager, id);
  }

  async assertMunicipalityExists(municipalityId: string): Promise<void> {
    const found: unknown[] = await this.db.query(`SELECT 1 FROM municipality WHERE id = $1`, [municipalityId]);
    if (found.length === 0) throw ApiException.invalid('municipalityId', 'no such municipality');
  }

  private async sendInvitation(m: EntityManager, actor: Principal, userId: string, locale: Locale): Promise<string> {
    const issued = await issueToken(m, 'invitation', userId, actor.id, INVITATION_TTL_MS);
    await this.mail.queue(m, {
      template: 'invitation',
      category: 'account',
      userId,
      params: {
        link: `${this.config.publicUrl}/invitation/${issued.token}`,
        inviterName: actor.displayName,
        expiresAt: issued.expiresAt.toISOString(),
      },
      locale,
    });
    return issued.id;
  }

  /** The invitation (the person's newest token) under lock; 404 outside scope, 409 once the person is no longer invited. */
  private async lockForAdministration(
    m: EntityManager,
    actor: Principal,
    id: string,
  ): Promise<InvitationRow & { locale: Locale }> {
    const locked: { user_id: string; status: string; locale: Locale }[] = await m.query(
      `SELECT u.id AS user_id, u.status, u.locale FROM auth_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.id = $1 AND t.kind = 'invitation' FOR UPDATE OF u`,
      [id],
    );
    if (!locked[0]) throw ApiException.notFound('Invitation');
    const rows: InvitationRow[] = await m.query(`${INVITATIONS_CTE} SELECT * FROM invitation WHERE user_id = $1`, [
      locked[0].user_id,
    ]);
    const current = rows[0];
    if (!current || !seesPeopleOf(actor, current.municipality_id)) throw ApiException.notFound('Invitation');
    assertMayHandleRole(actor, current.role);
    if (current.status !== 'accepted' && locked[0].status !== 'invited') {
      throw new ApiException(
        HttpStatus.CONFLICT,
        ErrorCode.Conflict,
        'This person is not waiting for an invitation (deactivated?)',
      );
    }
    return { ...current, locale: locked[0].locale };
  }

  private alreadyAccepted(): ApiException {
    return new ApiException(HttpStatus.CONFLICT, ErrorCode.Conflict, 'The invitation has been accepted already');
  }

  private async find(m: EntityManager, tokenId: string): Promise<Invitation> {
    const rows: InvitationRow[] = await m.query(
      `${INVITATIONS_CTE} SELECT * FROM invitation WHERE user_id = (SELECT user_id FROM auth_token WHERE id = $1)`,
      [tokenId],
    );
    return toInvitation(rows[0]);
  }
}
