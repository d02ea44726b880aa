import {
  clientLink,
  DEFAULT_LOCALE,
  type Locale,
  type LocalizedText,
  type NotificationKind,
  SUPPORTED_LOCALES,
  TIME_ZONE,
} from '@kotopaikka/contracts';
import { pickLocalized } from '@kotopaikka/training';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { MailService, type MailTemplate } from '../../platform/mail/mail.service';
import { localizedParam } from '../../platform/notifications/localized-params';
import { NotificationService } from '../../platform/notifications/notification.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { GuestMail, type Registrant } from '../registration/guest-mail';
import { invitedPeople, type InvitedPerson } from '../sessions/invited-people';
import {
  LIVE_REMINDER_KINDS,
  LIVE_REMINDER_OFFSETS_MS,
  type LiveCancelledPayload,
  type LiveNoticeKind,
  type LiveReminderPayload,
} from './live-reminder-jobs';

/** What a run of a reminder or cancellation job did. */
export type LiveNoticeOutcome =
  | { outcome: 'sent'; notified: number }
  /** The session is gone, cancelled, started or moved since the job was planned: nothing to say. */
  | { outcome: 'stale' };

interface SessionRow {
  id: string;
  public_slug: string | null;
  title: Partial<LocalizedText>;
  starts_at: Date;
  ends_at: Date;
  status: string;
  video_url: string | null;
  now: Date;
}

const NOTICES: Record<LiveNoticeKind, { template: MailTemplate; notification: NotificationKind }> = {
  day_before: { template: 'live_session_reminder', notification: 'live_session_reminder' },
  soon: { template: 'live_session_reminder', notification: 'live_session_reminder' },
  cancelled: { template: 'live_session_cancelled', notification: 'live_session_cancelled' },
};

function pickLocale(value: string): Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE;
}

/** A start in words in the reader's language, Helsinki time: "lauantai 5. joulukuuta 2026 klo 10.00". */
export function startInWords(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', {
    timeZone: TIME_ZONE,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(at);
}

/**
 * A live session's reminders (a day and a quarter of an hour before its start) and its cancellation notice.
 * The scheduling API calls `plan` and `cancelled` inside the transaction of its change, so the jobs exist exactly
 * when the change does (outbox rows with `run_at`); each job checks the session still is as planned, and
 * live_reminder_sent lets each person get each notice once, however often a job runs. Registered guests (people
 * without an account) get them by e-mail with their personal join link, once each too (live_registration_notice_sent).
 */
@Injectable()
export class LiveReminders {
  private readonly logger = new Logger('LiveReminders');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    private readonly notifications: NotificationService,
    private readonly guestMail: GuestMail,
  ) {}

  /**
   * (Re)plans the session's reminders after it was created or changed: the pending ones go, and one per reminder
   * time still ahead (by the database's clock) comes, about the start the session has now. A session that is not
   * scheduled gets none.
   */
  async plan(m: EntityManager, sessionId: string): Promise<void> {
    await this.dropPending(m, sessionId);
    const [s]: { starts_at: Date; status: string; now: Date }[] = await m.query(
      `SELECT starts_at, status, now() AS now FROM live_session WHERE id = $1`,
      [sessionId],
    );
    if (!s || s.status !== 'scheduled') return;
    for (const kind of LIVE_REMINDER_KINDS) {
      const runAt = new Date(s.starts_at.getTime() - LIVE_REMINDER_OFFSETS_MS[kind]);
      // A reminder time already past is skipped: a session in ten minutes gets no "tomorrow" mail.
      if (runAt <= s.now) continue;
      await this.outbox.add(
        m,
        QUEUE_NAMES.live,
        'session_reminder',
        { sessionId, kind, startsAt: s.starts_at.toISOString() },
        { runAt },
      );
    }
  }

  /** The session was cancelled: its pending reminders go, and everyone it concerned is told (a job after commit). */
  async cancelled(m: EntityManager, sessionId: string): Promise<void> {
    await this.dropPending(m, sessionId);
    await this.outbox.add(m, QUEUE_NAMES.live, 'session_cancelled', { sessionId });
  }

  /**
   * Reminders still waiting in the outbox (not yet due, so not yet in the queue). One already handed to the queue
   * cannot be taken back in this transaction; it finds the session changed when it runs and does nothing.
   */
  private async dropPending(m: EntityManager, sessionId: string): Promise<void> {
    await m.query(
      `DELETE FROM outbox_message
        WHERE queue = $1 AND job_name = 'session_reminder' AND dispatched_at IS NULL AND payload ->> 'sessionId' = $2`,
      [QUEUE_NAMES.live, sessionId],
    );
  }

  /**
   * The reminder job: to everyone the session concerns now (but those who said no) and its guests holding a seat,
   * if it is still as planned.
   */
  async remind(job: LiveReminderPayload): Promise<LiveNoticeOutcome> {
    return this.notice(job.sessionId, job.kind, (s) => {
      if (s.status !== 'scheduled' || s.starts_at.getTime() !== Date.parse(job.startsAt)) return false;
      // Late (workers were away): after the start there is nothing to remind of, and within the quarter of an
      // hour the later reminder says it; the "tomorrow" one would only repeat it.
      const leadMs = s.starts_at.getTime() - s.now.getTime();
      return job.kind === 'day_before' ? leadMs > LIVE_REMINDER_OFFSETS_MS.soon : leadMs > 0;
    });
  }

  /** The cancellation job: everyone the session concerned, and every guest still registered, hears of it once. */
  async cancellation(job: LiveCancelledPayload): Promise<LiveNoticeOutcome> {
    return this.notice(job.sessionId, 'cancelled', (s) => s.status === 'cancelled');
  }

  private async notice(
    sessionId: string,
    kind: LiveNoticeKind,
    stillDue: (s: SessionRow) => boolean,
  ): Promise<LiveNoticeOutcome> {
    const done = await this.db.transaction(async (m) => {
      // FOR SHARE waits for a change in flight (a reschedule, a registration cancelled), so the checks below see it.
      const [s]: SessionRow[] = await m.query(
        `SELECT id, public_slug, title, starts_at, ends_at, status, video_url, now() AS now
           FROM live_session WHERE id = $1 FOR SHARE`,
        [sessionId],
      );
      if (!s || !stillDue(s)) return null;
      const guests = await this.tellGuests(m, s, kind);
      const people = (await invitedPeople(m, sessionId)).filter((p) => kind === 'cancelled' || p.rsvp !== 'declined');
      if (people.length === 0) return { s, people, guests };
      // The key (session, person, notice, start) lets a second run, or a run beside this one, find them told.
      const fresh: { user_id: string }[] = await m.query(
        `INSERT INTO live_reminder_sent (session_id, user_id, kind, starts_at)
         SELECT $1, unnest($2::uuid[]), $3, $4 ON CONFLICT DO NOTHING RETURNING user_id`,
        [sessionId, people.map((p) => p.userId), kind, s.starts_at],
      );
      const told = new Set(fresh.map((r) => r.user_id));
      const recipients = people.filter((p) => told.has(p.userId));
      for (const person of recipients) await this.queueMail(m, s, kind, person);
      return { s, people: recipients, guests };
    });
    if (!done) return { outcome: 'stale' };
    // After commit, as a record that stands: a failed push is caught up when the person next lists notifications.
    for (const person of done.people) await this.notify(done.s, kind, person);
    const notified = done.people.length + done.guests;
    if (notified > 0) this.logger.log({ sessionId, kind, notified, guests: done.guests }, 'live notice sent');
    return { outcome: 'sent', notified };
  }

  /**
   * Mails the notice to the session's guests not told yet: reminders to those holding a seat, the cancellation to
   * those waiting too; a cancelled registration gets nothing. Returns how many were told.
   */
  private async tellGuests(m: EntityManager, s: SessionRow, kind: LiveNoticeKind): Promise<number> {
    const states = kind === 'cancelled' ? ['registered', 'waitlisted'] : ['registered'];
    const fresh: Registrant[] = await m.query(
      `WITH told AS (
         INSERT INTO live_registration_notice_sent (registration_id, kind, starts_at)
         SELECT r.id, $3, $4 FROM live_registration r WHERE r.session_id = $1 AND r.state = ANY($2::text[])
         ON CONFLICT DO NOTHING RETURNING registration_id)
       SELECT r.id, r.name, r.email, r.locale, r.link_salt FROM live_registration r JOIN told ON told.registration_id = r.id
        ORDER BY r.created_at, r.id`,
      [s.id, states, kind, s.starts_at],
    );
    for (const guest of fresh) {
      if (kind === 'cancelled') {
        await this.guestMail.queue(m, 'live_registration_cancelled', s, guest, null);
        continue;
      }
      const links = await this.guestMail.linksOf(m, guest);
      await this.guestMail.queue(m, 'live_registration_reminder', s, guest, links, {
        ...(s.video_url ? { videoUrl: s.video_url } : {}),
      });
    }
    return fresh.length;
  }

  private link(sessionId: string): string {
    return clientLink('liveSession', { sessionId });
  }

  private queueMail(m: EntityManager, s: SessionRow, kind: LiveNoticeKind, person: InvitedPerson): Promise<string> {
    const locale = pickLocale(person.locale);
    return this.mail.queue(m, {
      template: NOTICES[kind].template,
      // Reminders may be switched off in the e-mail preferences; a cancellation is a notification.
      category: kind === 'cancelled' ? 'notifications' : 'reminders',
      userId: person.userId,
      locale,
      params: {
        link: `${this.config.publicUrl}${this.link(s.id)}`,
        title: pickLocalized(s.title, locale).text,
        startsAt: startInWords(s.starts_at, locale),
        ...(s.video_url && kind !== 'cancelled' ? { videoUrl: s.video_url } : {}),
      },
    });
  }

  private async notify(s: SessionRow, kind: LiveNoticeKind, person: InvitedPerson): Promise<void> {
    try {
      await this.notifications.notify(
        person.userId,
        NOTICES[kind].notification,
        { ...localizedParam('title', s.title), startsAt: s.starts_at.toISOString() },
        this.link(s.id),
      );
    } catch (err) {
      this.logger.warn(
        { sessionId: s.id, userId: person.userId, kind, err: (err as Error).message },
        'live notice recorded and mailed, but the in-app notification failed',
      );
    }
  }
}
