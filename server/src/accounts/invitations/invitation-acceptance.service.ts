import { type AcceptInvitationResult, ErrorCode, type InvitationPreview, type Locale } from '@kotopaikka/contracts';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import { PasswordService } from '../../platform/auth/password.service';
import { ApiException } from '../../platform/errors/api.exception';
import { returnedRows } from '../../platform/http/sql-support';
import type { AcceptInvitationDto } from './dto/invitation.dto';
import { consumeToken, tokenHashOf } from './one-time-token';

export function tokenInvalid(): ApiException {
  return new ApiException(HttpStatus.NOT_FOUND, ErrorCode.TokenInvalid, 'This link is unknown, used or expired', [
    { field: 'token', problems: ['unknown, used or expired'] },
  ]);
}

export function passwordTooWeak(field: string, problem: string): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.PasswordTooWeak, `${field}: ${problem}`, [
    { field, problems: [problem] },
  ]);
}

/** The public side of an invitation: what the link shows, and setting the first password. */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
  ) {}

  async preview(token: string): Promise<InvitationPreview> {
    const invitee = await this.usableInvitation(token);
    return {
      email: invitee.email,
      displayName: invitee.display_name,
      locale: invitee.locale,
      expiresAt: invitee.expires_at.toISOString(),
    };
  }

  /**
   * Sets the password and activates the account. It does not sign in: the client signs in with the
   * address and the new password, so sessions are made in one place (the login route).
   */
  async accept(dto: AcceptInvitationDto): Promise<AcceptInvitationResult> {
    const invitee = await this.usableInvitation(dto.token);
    const problem = this.passwords.problem(dto.password, [
      invitee.email,
      invitee.email.split('@')[0],
      dto.displayName ?? invitee.display_name,
    ]);
    if (problem) throw passwordTooWeak('password', problem);
    // Hash before the transaction: argon2 is slow and the row locks should be short.
    const hash = await this.passwords.hash(dto.password);
    return this.db.transaction(async (m) => {
      // Of two concurrent accepts, the second waits on the row lock and then finds used_at set.
      const userId = await consumeToken(m, 'invitation', dto.token);
      if (!userId) throw tokenInvalid();
      const activated = returnedRows<{ email: string }>(
        await m.query(
          `UPDATE app_user SET password_hash = $2, status = 'active', display_name = COALESCE($3, display_name), updated_at = now()
            WHERE id = $1 AND status = 'invited' RETURNING email`,
          [userId, hash, dto.displayName ?? null],
        ),
      );
      if (!activated[0]) throw tokenInvalid();
      await this.audit.record(
        { actorId: userId, action: 'invitation.accept', entityType: 'user', entityId: userId },
        m,
      );
      return { email: activated[0].email };
    });
  }

  private async usableInvitation(
    token: string,
  ): Promise<{ email: string; display_name: string; locale: Locale; expires_at: Date }> {
    const hash = tokenHashOf(token);
    if (!hash) throw tokenInvalid();
    const rows: { email: string; display_name: string; locale: Locale; expires_at: Date }[] = await this.db.query(
      `SELECT u.email, u.display_name, u.locale, t.expires_at
         FROM auth_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.kind = 'invitation' AND t.used_at IS NULL AND t.revoked_at IS NULL
          AND t.expires_at > now() AND u.status = 'invited'`,
      [hash],
    );
    if (!rows[0]) throw tokenInvalid();
    return rows[0];
  }
}
