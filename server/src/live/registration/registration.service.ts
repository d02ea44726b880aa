import {
  type CancelRegistrationResult,
  ErrorCode,
  type JoinLinkView,
  type Locale,
  type LocalizedText,
  type PublicLiveSession,
  type RegistrationRequest,
  type RegistrationResult,
  type ResendRegistrationRequest,
  type ResendRegistrationResult,
} from '@kotopaikka/contracts';

import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { tokenInvalid } from '../../accounts/invitations/invitation-acceptance.service';
import { tokenHashOf } from '../../accounts/invitations/one-time-token';
import { ApiException } from '../../platform/errors/api.exception';
import { returnedRows } from '../../platform/http/sql-support';
import { ParticipantRemoval } from '../room/participant-removal';
import { RoomEvents } from '../room/room-events.service';
import { hasSeat, lockSeats, seatsTaken } from '../sessions/seats';
import { type Promotion, Waitlist } from '../sessions/waitlist.service';
import { GuestMail, type Registrant } from './guest-mail';
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

const waitlisted = (state: 'registered' | 'waitlisted'): 'yes' | 'no' => (state === 'waitlisted' ? 'yes' : 'no');

export function sessionCancelled(): ApiException {
  return ApiException.conflict(ErrorCode.SessionCancelled, 'This session was cancelled');
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
    private readonly guestMail: GuestMail,
    private readonly limits: RegistrationLimits,
    private readonly waitlist: Waitlist,
    private readonly events: RoomEvents,
    private readonly removal: ParticipantRemoval,
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
      const links = this.guestMail.newLinks();
      const inserted = returnedRows<{ id: string }>(
        await m.query(
          `INSERT INTO live_registration (session_id, name, email, locale, state, join_token_hash, cancel_token_hash,
                                          link_salt, consented_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
           ON CONFLICT (session_id, lower(email)) WHERE state <> 'cancelled' DO NOTHING RETURNING id`,
          [s.id, input.name, input.email, input.locale, state, links.joinHash, links.cancelHash, links.salt],
        ),
      );
      if (!inserted[0]) throw new Error('registration conflicted while the session row was locked');
      const to = { id: inserted[0].id, name: input.name, email: input.email, locale: input.locale };
      await this.guestMail.queue(m, 'live_registration', s, to, links, { waitlisted: waitlisted(state) });
      return { state };
    });
  }

  /**
   * Cancels by the e-mailed cancel link; a freed seat goes to the first on the waitlist, who is e-mailed. A guest in
   * the room is taken out of it at once, as a removed participant is: their link admits no one any more.
   */
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
    let evicted: string | null = null;
    await this.events.record(async (m, emit) => {
      await lockSeats(m, sessionId);
      const cancelled = returnedRows<{ id: string }>(
        await m.query(
          `UPDATE live_registration SET state = 'cancelled', cancelled_at = now()
            WHERE cancel_token_hash = $1 AND state <> 'cancelled' RETURNING id`,
          [hash],
        ),
      );
      // Cancelling twice answers the same: the link did its work.
      if (!cancelled[0]) return;
      promotion = await this.waitlist.fill(m, sessionId);
      // Only while the room runs: an ended session's record stays as it was.
      const [guest]: { id: string }[] = await m.query(
        `SELECT p.id FROM live_participant p JOIN live_session s ON s.id = p.session_id
          WHERE p.registration_id = $1 AND p.removed_at IS NULL AND s.status IN ('scheduled', 'live') FOR UPDATE OF p`,
        [cancelled[0].id],
      );
      if (guest) {
        await this.removal.remove(m, emit, sessionId, guest.id);
        evicted = guest.id;
      }
    });
    if (evicted) this.removal.evict(sessionId, evicted, 'registration_cancelled');
    if (promotion) await this.waitlist.announce(promotion);
    return { cancelled: true };
  }

  /**
   * Sends the registration mail again, with the same links, to an address registered for the session. The answer
   * is the same whether it is or not, so the form tells no one who registered; it is rate limited like registering.
   */
  async resend(
    slug: string,
    input: ResendRegistrationRequest,
    clientAddress: string,
  ): Promise<ResendRegistrationResult> {
    const found = await this.sessionBySlug(this.db.manager, slug);
    const refusal = this.refusalOf(clockOf(found));
    if (refusal) throw refusal;
    await this.limits.claim(clientAddress, found.id, 'resend');
    if (input.website !== undefined && input.website.trim() !== '') return { requested: true };
    await this.db.transaction(async (m) => {
      const [r]: (Registrant & { state: 'registered' | 'waitlisted' })[] = await m.query(
        `SELECT id, name, email, locale, state, link_salt FROM live_registration
          WHERE session_id = $1 AND lower(email) = lower($2) AND state <> 'cancelled' FOR UPDATE`,
        [found.id, input.email],
      );
      if (!r) return;
      const links = await this.guestMail.linksOf(m, r);
      await this.guestMail.queue(m, 'live_registration', found, r, links, { waitlisted: waitlisted(r.state) });
    });
    return { requested: true };
  }

  /** Moves one waitlisted registrant into a seat (the Waitlist decides who and when), with fresh links by e-mail. */
  private async promote(m: EntityManager, sessionId: string, registrationId: string): Promise<void> {
    const s = await this.sessionById(m, sessionId);
    const [next]: { id: string; name: string; email: string; locale: Locale }[] = await m.query(
      `SELECT id, name, email, locale FROM live_registration WHERE id = $1 AND state = 'waitlisted' FOR UPDATE`,
      [registrationId],
    );
    if (!next) return;
    // The earlier mail's links stop working: a new salt, new hashes.
    const links = this.guestMail.newLinks();
    await m.query(
      `UPDATE live_registration SET state = 'registered', join_token_hash = $2, cancel_token_hash = $3, link_salt = $4
        WHERE id = $1`,
      [next.id, links.joinHash, links.cancelHash, links.salt],
    );
    await this.guestMail.queue(m, 'live_registration_promoted', s, next, links);
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
