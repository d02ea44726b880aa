import type { EmailCategory, Locale } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { OutboxService } from '../outbox/outbox.service';
import { QUEUE_NAMES } from '../queue/queue-names';
import type { MentoringMailTemplate } from './mentoring-mail-templates';

export const MAIL_QUEUE = QUEUE_NAMES.mail;

/** The templates the mail job knows how to render. Each names why it was sent. */
export type MailTemplate =
  | 'invitation'
  | 'password_reset'
  | 'account_deactivated'
  | 'course_stalled'
  | 'course_due_soon'
  | 'live_session_reminder'
  | 'live_session_cancelled'
  | 'live_registration'
  | 'live_registration_promoted'
  | 'live_registration_reminder'
  | 'live_registration_cancelled'
  | MentoringMailTemplate;

export interface MailJobPayload {
  template: MailTemplate;
  category: EmailCategory;
  /**
   * Recipient: a user (their address, name and locale are read when the job runs), or `null` for someone without an
   * account, such as an info session's registrant: then `to` is the address, `params.name` the greeting and `locale` theirs.
   */
  userId: string | null;
  to?: string;
  /**
   * Values the template needs. invitation: `{ link, inviterName? }`; password_reset: `{ link }`;
   * account_deactivated: `{}`; course_stalled: `{ link, courseTitle }`; course_due_soon: `{ link, courseTitle, dueDate }`; live_session_reminder: `{ link, title, startsAt, videoUrl? }`;
   * live_session_cancelled: `{ link, title, startsAt }` (startsAt already in words, Helsinki time);
   * live_registration: `{ link, cancelLink, sessionTitle, when, waitlisted: 'yes'|'no' }`; live_registration_promoted: `{ link, cancelLink, sessionTitle, when }`; live_registration_reminder: `{ link, cancelLink, sessionTitle, when, videoUrl? }`; live_registration_cancelled: `{ sessionTitle, when }`. `name` overrides the greeting name. Never secrets other than the one-time link.
   */
  params: Record<string, string>;
  locale?: Locale;
}

/** Producer side of e-mail: writes an outbox row in the caller's transaction. */
@Injectable()
export class MailService {
  constructor(private readonly outbox: OutboxService) {}

  queue(manager: EntityManager, payload: MailJobPayload): Promise<string> {
    return this.outbox.add(manager, MAIL_QUEUE, payload.template, payload);
  }
}
