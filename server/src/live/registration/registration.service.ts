import {
  type CancelRegistrationResult,
  ErrorCode,
  type JoinLinkView,
  type Locale,
  type LocalizedText,
  type PublicLiveSession,
  type RegistrationRequest,
  type RegistrationResult,
} from '@kotopaikka/contracts';

import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { tokenInvalid } from '../../accounts/invitations/invitation-acceptance.service';
import { tokenHashOf } from '../../accounts/invitations/one-time-token';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { hashToken, newToken } from '../../platform/auth/session.service';
import { ApiException } from '../../platform/errors/api.exception';
import { returnedRows } from '../../platform/http/sql-support';
import { MailService } from '../../platform/mail/mail.service';
import { hasSeat, lockSeats, seatsTaken } from '../sessions/seats';
import { type Promotion, Waitlist } from '../sessions/waitlist.service';
import { isOver, joinState, opensAt, registrationState, type SessionClock } from './join-window';
import { RegistrationLimits } from './registration-limits';

interface PublicSessionRow {
  id: string;
  public_slug: string;
  title: LocalizedText;
  description: LocalizedText;
  starts_at: Date;
  ends_at: Date;
  status: string;
  capacity: number | null;
  municipality_name: string;
  now: Date;
}

function clockOf(r: { status: string; starts_at: Date; ends_at: Date; now: Date }): SessionClock {
  return { status: r.status, startsAt: r.starts_at, endsAt: r.ends_at, now: r.now };
}

export function sessionOver(): ApiException {
  return ApiException.conflict(ErrorCode.SessionOver, 'This session is over; it takes no more registrations');
}

export function sessionCancelled(): ApiException {
  return ApiException.conflict(ErrorCode.SessionCancelled, 'This session was cancelled');
}

/** `1.12.2026 klo 9.00–10.00` / `1 December 2026, 09:00–10:00`, Helsinki time, for the e-mails. */
export function formatWhen(startsAt: Date, endsAt: Date, locale: Locale): string {
  const tag = locale === 'fi' ? 'fi-FI' : 'en-GB';
  const zone = { timeZone: 'Europe/Helsinki' } as const;
  const day = new Intl.DateTimeFormat(tag, {
    ...zone,
    day: 'numeric',
    month: locale === 'fi' ? 'numeric' : 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(tag, { ...zone, hour: '2-digit', minute: '2-digit' });
  const span = `${time.format(startsAt)}–${time.format(endsAt)}`;
  return locale === 'fi'
    ? `${day.format(startsAt)} klo ${span} (Suomen aikaa)`
    : `${day.format(startsAt)}, ${span} (Finnish time)`;
}

interface IssuedLinks {
  joinToken: string;
  cancelToken: string;
}

function issueLinks(): IssuedLinks & { joinHash: string; cancelHash: string } {
  const joinToken = newToken();
  const cancelToken = newToken();
  return { joinToken, cancelToken, joinHash: hashToken(joinToken), cancelHash: hashToken(cancelToken) };
}

/**
 * Info sessions' public registration: people without an account sign up on `/s/{slug}`, get a personal join link
 * and a cancel link by e-mail, and take a seat or a place on the waitlist. Tokens are kept only as hashes.
 */
@Injectable()
export class RegistrationService implements OnModuleInit {
  private readonly logger = new Logger('LiveRegistration');

  constructor(
    private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly limits: RegistrationLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly waitlist: Waitlist,
  ) {}

  onModuleInit(): void {
    this.waitlist.registerRegistrantPromoter((m, sessionId, id) => this.promote(m, sessionId, id));
  }

  async publicView(slug: string): Promise<PublicLiveSession> {
    const s = await this.sessionBySlug(this.db.manager, slug);
    const free = hasSeat(
      { capacity: s.capacity, status: s.status, endsAt: s.ends_at },
      await seatsTaken(this.db.manager, s.id),
    );
    return {
      slug: s.public_slug,
      title: s.title,
      description: s.description,
      startsAt: s.starts_at.toISOString(),
      endsAt: s.ends_at.toISOString(),
      municipalityName: s.municipality_name,
      state: registrationState(clockOf(s), free),
    };
  }

  /**
   * Registers, or answers as registered without storing anything when the honeypot is filled. The session row is
   * locked (seats.ts), so registrations and RSVPs of one session queue up and never oversell the last seat; a second
   * registration of the same address answers as the first did.
   */
  async register(slug: string, input: RegistrationRequest, clientAddress: string): Promise<RegistrationResult> {
    const found = await this.sessionBySlug(this.db.manager, slug);
    const refusal = this.refusalOf(clockOf(found));
    if (refusal) throw refusal;
    await this.limits.claim(clientAddress, found.id);
    if (input.website !== undefined && input.website.trim() !== '') {
      this.logger.log({ sessionId: found.id }, 'registration with the honeypot filled; answered, not stored');
      return { state: 'registered' };
    }
    return this.db.transaction(async (m) => {
      const lock = await lockSeats(m, found.id);
      const s = await this.sessionBySlug(m, slug);
      if (!lock || s.id !== found.id) throw ApiException.notFound('Live session');
      const late = this.refusalOf(clockOf(s));
      if (late) throw late;
      const existing: { state: 'registered' | 'waitlisted' }[] = await m.query(
        `SELECT state FROM live_registration WHERE session_id = $1 AND lower(email) = lower($2) AND state <> 'cancelled'`,
        [s.id, input.email],
      );
      if (existing[0]) return { state: existing[0].state };
      const state = hasSeat(lock, await seatsTaken(m, s.id)) ? 'registered' : 'waitlisted';
      const links = issueLinks();
      const inserted = returnedRows<{ id: string }>(
        await m.query(
          `INSERT INTO live_registration (session_id, name, email, locale, state, join_token_hash, cancel_token_hash, consented_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, now())
           ON CONFLICT (session_id, lower(email)) WHERE state <> 'cancelled' DO NOTHING RETURNING id`,
          [s.id, input.name, input.email, input.locale, state, links.joinHash, links.cancelHash],
        ),
      );
      if (!inserted[0]) throw new Error('registration conflicted while the session row was locked');
      await this.queueMail(
        m,
        'live_registration',
        s,
        { name: input.name, email: input.email, locale: input.locale },
        links,
        state,
      );
      return { state };
    });
  }

  /** Cancels by the e-mailed cancel link; a freed seat goes to the first on the waitlist, who is e-mailed. */
  async cancel(token: string): Promise<CancelRegistrationResult> {
    const hash = tokenHashOf(token);
    if (!hash) throw tokenInvalid();
    const rows: { session_id: string }[] = await this.db.query(
      `SELECT session_id FROM live_registration WHERE cancel_token_hash = $1`,
      [hash],
    );
    if (!rows[0]) throw tokenInvalid();
    const sessionId = rows[0].session_id;
    let promotion: Promotion | null = null;
    await this.db.transaction(async (m) => {
      await lockSeats(m, sessionId);
      const cancelled = returnedRows<{ id: string }>(
        await m.query(
          `UPDATE live_registration SET state = 'cancelled', cancelled_at = now()
            WHERE cancel_token_hash = $1 AND state <> 'cancelled' RETURNING id`,
          [hash],
        ),
      );
      // Cancelling twice answers the same: the link did its work.
      if (cancelled[0]) promotion = await this.waitlist.fill(m, sessionId);
    });
    if (promotion) await this.waitlist.announce(promotion);
    return { cancelled: true };
  }

  /** Moves one waitlisted registrant into a seat (the Waitlist decides who and when), with fresh links by e-mail. */
  private async promote(m: EntityManager, sessionId: string, registrationId: string): Promise<void> {
    const s = await this.sessionById(m, sessionId);
    const [next]: { id: string; name: string; email: string; locale: Locale }[] = await m.query(
      `SELECT id, name, email, locale FROM live_registration WHERE id = $1 AND state = 'waitlisted' FOR UPDATE`,
      [registrationId],
    );
    if (!next) return;
    // The earlier mail's links stop working: the hashes are replaced.
    const links = issueLinks();
    await m.query(
      `UPDATE live_registration SET state = 'registered', join_token_hash = $2, cancel_token_hash = $3 WHERE id = $1`,
      [next.id, links.joinHash, links.cancelHash],
    );
    await this.queueMail(m, 'live_registration_promoted', s, next, links, 'registered');
    this.logger.log({ sessionId }, 'a waitlisted registrant moved up');
  }

  /** What a join link is for, for the guest landing page; an unknown token is `invalid`, never an error. */
  async joinLink(token: string): Promise<JoinLinkView> {
    const hash = tokenHashOf(token);
    const rows: {
      session_id: string;
      name: string;
      state: 'registered' | 'waitlisted' | 'cancelled';
      title: LocalizedText;
      status: string;
      starts_at: Date;
      ends_at: Date;
      now: Date;
    }[] = hash
      ? await this.db.query(
          `SELECT r.session_id, r.name, r.state, s.title, s.status, s.starts_at, s.ends_at, now() AS now
             FROM live_registration r JOIN live_session s ON s.id = r.session_id WHERE r.join_token_hash = $1`,
          [hash],
        )
      : [];
    const r = rows[0];
    const state = r ? joinState(clockOf(r), r.state) : 'invalid';
    if (!r || state === 'invalid')
      return {
        state: 'invalid',
        sessionId: null,
        title: null,
        startsAt: null,
        endsAt: null,
        opensAt: null,
        name: null,
      };
    return {
      state,
      sessionId: r.session_id,
      title: r.title,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      opensAt: opensAt(r.starts_at).toISOString(),
      name: r.name,
    };
  }

  private refusalOf(s: SessionClock): ApiException | null {
    if (s.status === 'cancelled') return sessionCancelled();
    if (isOver(s)) return sessionOver();
    return null;
  }

  private async queueMail(
    m: EntityManager,
    template: 'live_registration' | 'live_registration_promoted',
    s: { public_slug: string | null; title: LocalizedText; starts_at: Date; ends_at: Date },
    to: { name: string; email: string; locale: Locale },
    links: IssuedLinks,
    state: 'registered' | 'waitlisted',
  ): Promise<void> {
    const base = this.config.publicUrl;
    const slug = encodeURIComponent(s.public_slug ?? '-');
    await this.mail.queue(m, {
      template,
      category: 'account',
      userId: null,
      to: to.email,
      locale: to.locale,
      params: {
        name: to.name,
        link: `${base}/join/${links.joinToken}`,
        cancelLink: `${base}/s/${slug}/cancel/${links.cancelToken}`,
        sessionTitle: s.title[to.locale] || s.title.fi,
        when: formatWhen(s.starts_at, s.ends_at, to.locale),
        ...(template === 'live_registration' ? { waitlisted: state === 'waitlisted' ? 'yes' : 'no' } : {}),
      },
    });
  }

  private async sessionBySlug(m: EntityManager, slug: string): Promise<PublicSessionRow> {
    const rows: PublicSessionRow[] = await m.query(`${SESSION_SELECT} WHERE s.public_slug = $1`, [slug]);
    if (!rows[0]) throw ApiException.notFound('Live session');
    return rows[0];
  }

  private async sessionById(m: EntityManager, id: string): Promise<PublicSessionRow> {
    const rows: PublicSessionRow[] = await m.query(`${SESSION_SELECT} WHERE s.id = $1`, [id]);
    if (!rows[0]) throw ApiException.notFound('Live session');
    return rows[0];
  }
}

const SESSION_SELECT = `SELECT s.id, s.public_slug, s.title, s.description, s.starts_at, s.ends_at, s.status, s.capacity,
                               mu.name AS municipality_name, now() AS now
                          FROM live_session s JOIN municipality mu ON mu.id = s.municipality_id`;
