import type { Locale, PasswordResetPreview, ResetPasswordResult } from '@kotopaikka/contracts';

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../../platform/audit/audit.service';
import { PasswordService } from '../../platform/auth/password.service';
import { SessionService } from '../../platform/auth/session.service';
import { MailService } from '../../platform/mail/mail.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { passwordTooWeak, tokenInvalid } from '../invitations/invitation-acceptance.service';
import { consumeToken, issueToken, PASSWORD_RESET_TTL_MS, tokenHashOf } from '../invitations/one-time-token';

/** A second request within this time sends nothing new: the newest link is still in the inbox. */
const RESEND_PAUSE_SECONDS = 60;

export const PASSWORD_RESET_REQUEST_JOB = 'password_reset_request';

export interface PasswordResetRequestPayload {
  /** As typed (trimmed); the job looks it up folded by PostgreSQL. */
  email: string;
}

/** What one request came to; the job's result, never the answer to the caller. */
export type PasswordResetRequestOutcome = 'sent' | 'no_account' | 'recently_sent';

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues the request; the job sends a link to an active account and nothing to any other address. Every
   * address takes this one path (one outbox row), so neither the answer nor its time tells whether it has an account.
   */
  async forgot(email: string): Promise<void> {
    const payload: PasswordResetRequestPayload = { email };
    await this.outbox.add(this.db.manager, QUEUE_NAMES.accounts, PASSWORD_RESET_REQUEST_JOB, { ...payload });
  }

  /** The per-account work of a request, in the job: a fresh link and its e-mail, unless one went out a moment ago. */
  async sendLink(email: string): Promise<PasswordResetRequestOutcome> {
    return this.db.transaction(async (m) => {
      const rows: { id: string; locale: Locale }[] = await m.query(
        `SELECT id, locale FROM app_user WHERE lower(email) = lower($1) AND status = 'active' FOR UPDATE`,
        [email],
      );
      const user = rows[0];
      if (!user) return 'no_account';
      const recent: unknown[] = await m.query(
        `SELECT 1 FROM auth_token
          WHERE user_id = $1 AND kind = 'password_reset' AND used_at IS NULL AND revoked_at IS NULL
            AND created_at > now() - make_interval(secs => $2)`,
        [user.id, RESEND_PAUSE_SECONDS],
      );
      if (recent.length > 0) return 'recently_sent';
      // Only the newest link works, so repeated requests never leave several live tokens.
      const issued = await issueToken(m, 'password_reset', user.id, null, PASSWORD_RESET_TTL_MS);
      await this.mail.queue(m, {
        template: 'password_reset',
        category: 'account',
        userId: user.id,
        params: {
          link: `${this.config.publicUrl}/reset-password/${issued.token}`,
          expiresAt: issued.expiresAt.toISOString(),
        },
        locale: user.locale,
      });
      return 'sent';
    });
  }

  async preview(token: string): Promise<PasswordResetPreview> {
    const hash = tokenHashOf(token);
    if (!hash) throw tokenInvalid();
    const rows: { email: string; expires_at: Date }[] = await this.db.query(
      `SELECT u.email, t.expires_at FROM auth_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.kind = 'password_reset' AND t.used_at IS NULL AND t.revoked_at IS NULL
          AND t.expires_at > now() AND u.status = 'active'`,
      [hash],
    );
    if (!rows[0]) throw tokenInvalid();
    return { email: rows[0].email, expiresAt: rows[0].expires_at.toISOString() };
  }

  /** Sets the new password, uses up the link and ends every session of the person (a thief's too). */
  async reset(token: string, password: string): Promise<ResetPasswordResult> {
    const { email } = await this.preview(token);
    const problem = this.passwords.problem(password, [email, email.split('@')[0]]);
    if (problem) throw passwordTooWeak('password', problem);
    const hash = await this.passwords.hash(password);
    const result = await this.db.transaction(async (m) => {
      const userId = await consumeToken(m, 'password_reset', token);
      if (!userId) throw tokenInvalid();
      const rows: { email: string }[] = await m.query(
        `SELECT email FROM app_user WHERE id = $1 AND status = 'active' FOR UPDATE`,
        [userId],
      );
      if (!rows[0]) throw tokenInvalid();
      await m.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, hash]);
      await this.sessions.destroyAllFor(userId, undefined, m);
      await this.audit.record(
        { actorId: userId, action: 'user.password_reset', entityType: 'user', entityId: userId },
        m,
      );
      return { userId, email: rows[0].email };
    });
    // Again after commit, in case a request cached a session between the delete and the commit.
    this.sessions.forgetUser(result.userId);
    return { email: result.email };
  }
}
