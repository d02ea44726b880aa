import {
  DEFAULT_LOCALE,
  type Locale,
  type LocalizedText,
  type NotificationKind,
  type PairingSide,
  PROPOSAL_EXPIRY_DAYS,
  SUPPORTED_LOCALES,
  TIME_ZONE,
} from '@kotopaikka/contracts';

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { MailService } from '../../platform/mail/mail.service';
import type { MentoringMailTemplate } from '../../platform/mail/mentoring-mail-templates';
import { NotificationService } from '../../platform/notifications/notification.service';

/** A pairing's two people as its notices need them. */
export interface PairingPeople {
  pairingId: string;
  programName: string;
  explanation: LocalizedText;
  proposedAt: Date;
  mentor: { userId: string; name: string; locale: Locale };
  mentee: { userId: string; name: string; locale: Locale };
}

export type ProposalNotification = Extract<
  NotificationKind,
  | 'mentoring.proposal'
  | 'mentoring.proposal_reminder'
  | 'mentoring.proposal_expired'
  | 'mentoring.pairing_active'
  | 'mentoring.proposal_declined'
>;

interface PeopleRow {
  id: string;
  program_name: string;
  explanation: LocalizedText;
  proposed_at: Date;
  mentor_id: string;
  mentor_name: string;
  mentor_locale: string;
  mentee_id: string;
  mentee_name: string;
  mentee_locale: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const pickLocale = (value: string): Locale =>
  (SUPPORTED_LOCALES as readonly string[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE;
const other = (side: PairingSide): PairingSide => (side === 'mentor' ? 'mentee' : 'mentor');

/** "22. joulukuuta 2026" / "22 December 2026", Helsinki time. */
function dayInWords(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', {
    timeZone: TIME_ZONE,
    dateStyle: 'long',
  }).format(at);
}

/**
 * A proposal's e-mails (queued in the caller's transaction, through the outbox) and in-app notifications (sent after
 * the commit: a notification of a change rolled back would be a lie). Both link to the pairing's page.
 */
@Injectable()
export class ProposalNotices {
  private readonly logger = new Logger('ProposalNotices');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailService: MailService,
    private readonly notifications: NotificationService,
  ) {}

  async people(m: EntityManager, pairingIds: readonly string[]): Promise<PairingPeople[]> {
    if (pairingIds.length === 0) return [];
    const rows: PeopleRow[] = await m.query(
      `SELECT mp.id, p.name AS program_name, mp.explanation, mp.proposed_at,
              mu.id AS mentor_id, mu.display_name AS mentor_name, mu.locale AS mentor_locale,
              eu.id AS mentee_id, eu.display_name AS mentee_name, eu.locale AS mentee_locale
         FROM mentoring_pairing mp
         JOIN mentoring_program p ON p.id = mp.program_id
         JOIN app_user mu ON mu.id = mp.mentor_user_id
         JOIN app_user eu ON eu.id = mp.mentee_user_id
        WHERE mp.id = ANY($1::uuid[])
        ORDER BY mp.id`,
      [pairingIds],
    );
    return rows.map((r) => ({
      pairingId: r.id,
      programName: r.program_name,
      explanation: r.explanation,
      proposedAt: r.proposed_at,
      mentor: { userId: r.mentor_id, name: r.mentor_name, locale: pickLocale(r.mentor_locale) },
      mentee: { userId: r.mentee_id, name: r.mentee_name, locale: pickLocale(r.mentee_locale) },
    }));
  }

  /** Queues the template to the given sides of the pairing, in the caller's transaction. */
  async mail(
    m: EntityManager,
    template: MentoringMailTemplate,
    people: PairingPeople,
    sides: readonly PairingSide[],
  ): Promise<void> {
    for (const side of sides) {
      const to = people[side];
      await this.mailService.queue(m, {
        template,
        category: 'notifications',
        userId: to.userId,
        locale: to.locale,
        params: {
          link: `${this.config.publicUrl}${this.link(people)}`,
          programName: people.programName,
          otherName: people[other(side)].name,
          // The template ends the sentence itself.
          explanation: (people.explanation[to.locale] ?? '').replace(/\.$/, ''),
          answerBy: dayInWords(new Date(people.proposedAt.getTime() + PROPOSAL_EXPIRY_DAYS * DAY_MS), to.locale),
        },
      });
    }
  }

  /** In-app notifications to the given sides; call after the commit. A failure is logged, never undoes the change. */
  async notify(kind: ProposalNotification, people: PairingPeople, sides: readonly PairingSide[]): Promise<void> {
    for (const side of sides) {
      try {
        await this.notifications.notify(
          people[side].userId,
          kind,
          { programName: people.programName, otherName: people[other(side)].name },
          this.link(people),
        );
      } catch (error) {
        this.logger.warn(
          { kind, pairingId: people.pairingId, err: String(error) },
          'a proposal notification was not sent',
        );
      }
    }
  }

  private link(people: PairingPeople): string {
    return `/mentoring/pairings/${people.pairingId}`;
  }
}
