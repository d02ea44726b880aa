import { clientLink, type EmailPreferences, type Locale, SUPPORTED_LOCALES, DEFAULT_LOCALE } from '@kotopaikka/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobProcessor, QueueProcessor } from '../queue/job-processor';
import type { QueueJob } from '../queue/queue-jobs';
import { QUEUE_NAMES } from '../queue/queue-names';
import { renderMail } from './mail-templates';
import { MailTransport } from './mail-transport';
import type { MailJobPayload, MailTemplate } from './mail.service';
import { unsubscribeToken } from './unsubscribe-token';

export type { MailJobPayload } from './mail.service';

export type MailOutcome = 'sent' | 'recorded' | 'duplicate' | 'opted_out' | 'no_recipient';

interface Recipient {
  email: string;
  display_name: string;
  locale: string;
  email_preferences: EmailPreferences;
}

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
        return this.deliver(String(job.id), job.name, job.data);
      default: {
        const unknown: never = job;
        throw new Error(`mail queue has no template "${String((unknown as { name: unknown }).name)}"`);
      }
    }
  }

  private async deliver(outboxId: string, template: MailTemplate, payload: MailJobPayload): Promise<MailOutcome> {
    const [recipient]: Recipient[] = await this.db.query(
      `SELECT email, display_name, locale, email_preferences FROM app_user WHERE id = $1`,
      [payload.userId],
    );
    if (!recipient) {
      this.logger.warn({ outboxId, template }, 'mail recipient no longer exists; not sent');
      return 'no_recipient';
    }
    const category = payload.category;
    if (category !== 'account' && recipient.email_preferences?.[category] === false) {
      this.logger.log({ outboxId, template, category }, 'recipient opted out of this category; not sent');
      return 'opted_out';
    }
    const locale = pickLocale(payload.locale ?? recipient.locale);
    const token = category === 'account' ? null : unsubscribeToken(this.config.sessionSecret, payload.userId, category);
    const mail = renderMail(template, { name: recipient.display_name, ...payload.params }, {
      locale,
      category,
      preferencesUrl: `${this.config.publicUrl}${clientLink('emailPreferences')}#email`,
      unsubscribeUrl: token ? `${this.config.publicUrl}${clientLink('unsubscribe')}?token=${encodeURIComponent(token)}` : null,
    });
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
        [outboxId, payload.userId, recipient.email, mail.subject, category, mail.text, mail.html, this.transport.kind],
      );
      if (inserted.length === 0) return 'duplicate';
      await this.transport.send({ to: recipient.email, subject: mail.subject, text: mail.text, html: mail.html, headers });
      return this.transport.kind === 'smtp' ? 'sent' : 'recorded';
    });
  }
}

function pickLocale(value: string | undefined): Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}
