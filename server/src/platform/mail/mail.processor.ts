import {
  clientLink,
  DEFAULT_LOCALE,
  type EmailPreferences,
  type Locale,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { UserEntity } from '../../accounts/users/user.entity';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { TableRow } from '../../database/table-row';
import { JobProcessor, QueueProcessor } from '../queue/job-processor';
import type { QueueJob } from '../queue/queue-jobs';
import { QUEUE_NAMES } from '../queue/queue-names';
import type { MailJobPayload, MailTemplate } from './mail.service';
import { renderMail } from './mail-templates';
import { MailTransport } from './mail-transport';
import { withoutOneTimeLink } from './one-time-link';
import { unsubscribeToken } from './unsubscribe-token';

export type { MailJobPayload } from './mail.service';

export type MailOutcome = 'sent' | 'recorded' | 'duplicate' | 'opted_out' | 'no_recipient';

type Recipient = TableRow<UserEntity, 'email' | 'displayName' | 'locale' | 'emailPreferences'>;

/** Renders and delivers one e-mail per outbox message (the job id is the outbox row id). */
@QueueProcessor(QUEUE_NAMES.mail)
@Injectable()
export class MailProcessor extends JobProcessor<'mail'> {
  private readonly logger = new Logger('Mail');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly transport: MailTransport,
  ) {
    super();
  }

  async process(job: QueueJob<'mail'>): Promise<MailOutcome> {
    switch (job.name) {
      case 'invitation':
      case 'password_reset':
      case 'account_deactivated':
      case 'course_stalled':
      case 'course_due_soon':
      case 'live_session_reminder':
      case 'live_session_cancelled':
      case 'live_registration':
      case 'live_registration_promoted':
      case 'live_registration_reminder':
      case 'live_registration_cancelled':
      case 'mentoring_proposal':
      case 'mentoring_proposal_reminder':
      case 'mentoring_completion_reminder':
      case 'mentoring_follow_up':
        return this.deliverOnce(job, job.name);
      default: {
        const unknown: never = job;
        throw new Error(`mail queue has no template "${String((unknown as { name: unknown }).name)}"`);
      }
    }
  }

  /**
   * Delivers, then forgets the one-time link wherever it rested (outbox row, job data); the mail log keeps a
   * copy with the token shown as `…`, so no usable token stays in the database once the mail is out.
   */
  private async deliverOnce(job: QueueJob<'mail'>, template: MailTemplate): Promise<MailOutcome> {
    const outboxId = String(job.id);
    const spent = withoutOneTimeLink(template, job.data);
    const outcome = await this.deliver(outboxId, template, job.data, spent);
    if (spent !== job.data) await job.updateData(spent);
    return outcome;
  }

  private async recipientOf(payload: MailJobPayload): Promise<Recipient | undefined> {
    if (payload.userId === null) {
      if (!payload.to) return undefined;
      return {
        email: payload.to,
        display_name: payload.params['name'] ?? '',
        locale: payload.locale ?? DEFAULT_LOCALE,
        email_preferences: {} as EmailPreferences,
      };
    }
    const [recipient]: Recipient[] = await this.db.query(
      `SELECT email, display_name, locale, email_preferences FROM app_user WHERE id = $1`,
      [payload.userId],
    );
    return recipient;
  }

  private async forget(
    manager: EntityManager | DataSource,
    outboxId: string,
    payload: MailJobPayload,
    spent: MailJobPayload,
  ): Promise<void> {
    if (spent === payload) return;
    await manager.query(`UPDATE outbox_message SET payload = $2::jsonb WHERE id = $1`, [
      outboxId,
      JSON.stringify(spent),
    ]);
  }

  private async deliver(
    outboxId: string,
    template: MailTemplate,
    payload: MailJobPayload,
    spent: MailJobPayload,
  ): Promise<MailOutcome> {
    const recipient = await this.recipientOf(payload);
    if (!recipient) {
      this.logger.warn({ outboxId, template }, 'mail recipient no longer exists; not sent');
      await this.forget(this.db, outboxId, payload, spent);
      return 'no_recipient';
    }
    const category = payload.category;
    if (category !== 'account' && recipient.email_preferences?.[category] === false) {
      this.logger.log({ outboxId, template, category }, 'recipient opted out of this category; not sent');
      await this.forget(this.db, outboxId, payload, spent);
      return 'opted_out';
    }
    const locale = pickLocale(payload.locale ?? recipient.locale);
    const userId = payload.userId;
    const token =
      category === 'account' || !userId ? null : unsubscribeToken(this.config.sessionSecret, userId, category);
    const context = {
      locale,
      category,
      // Someone without an account has no preferences to set; their mail is about the one thing they signed up for.
      preferencesUrl: userId ? `${this.config.publicUrl}${clientLink('emailPreferences')}#email` : null,
      unsubscribeUrl: token
        ? `${this.config.publicUrl}${clientLink('unsubscribe')}?token=${encodeURIComponent(token)}`
        : null,
    };
    const mail = renderMail(template, { name: recipient.display_name, ...payload.params }, context);
    const logged =
      spent === payload ? mail : renderMail(template, { name: recipient.display_name, ...spent.params }, context);
    const headers: Record<string, string> = token
      ? {
          'List-Unsubscribe': `<${this.config.publicUrl}/api/email/unsubscribe?token=${token}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : {};

    // At-least-once with a narrow window: the row is claimed before sending, so a retry after commit never
    // resends; only a crash between the SMTP server's acceptance and the commit can send a second copy.
    return this.db.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO mail_message (outbox_id, user_id, to_address, subject, category, text_body, html_body, transport)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (outbox_id) DO NOTHING RETURNING id`,
        [
          outboxId,
          payload.userId,
          recipient.email,
          logged.subject,
          category,
          logged.text,
          logged.html,
          this.transport.kind,
        ],
      );
      await this.forget(manager, outboxId, payload, spent);
      if (inserted.length === 0) return 'duplicate';
      await this.transport.send({
        outboxId,
        to: recipient.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers,
      });
      return this.transport.kind === 'smtp' ? 'sent' : 'recorded';
    });
  }
}

function pickLocale(value: string | undefined): Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}
