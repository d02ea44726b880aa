import { type Audience, clientLink, type LocalizedText, type Role } from '@kotopaikka/contracts';

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { Principal } from '../../platform/auth/principal';
import { hashToken, newToken } from '../../platform/auth/session.service';
import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import { hostingSql, invitedSql, visibleSessionSql } from '../sessions/invitation-scope';
import { calendarIcs, type CalendarSession } from './calendar-ics';

/** How far back the personal feed reaches: calendars keep last month's entries, older ones stay as they were. */
export const FEED_PAST_DAYS = 30;

/** A feed token as newToken makes it (32 random bytes, base64url); anything else is not looked up at all. */
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface SessionRow {
  id: string;
  title: Partial<LocalizedText>;
  description: Partial<LocalizedText>;
  starts_at: Date;
  ends_at: Date;
  status: string;
  sequence: number;
  video_url: string | null;
  updated_at: Date;
}

interface FeedOwnerRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  audience: Audience;
  municipality_id: string | null;
  organisation_id: string | null;
  locale: string;
}

const COLUMNS = `s.id, s.title, s.description, s.starts_at, s.ends_at, s.status, s.sequence, s.video_url, s.updated_at`;

const FEED_NAME: Record<string, string> = { fi: 'Kotopaikka: tilaisuudet', en: 'Kotopaikka: sessions' };

function toCalendarSession(r: SessionRow): CalendarSession {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status,
    sequence: r.sequence,
    videoUrl: r.video_url,
    updatedAt: r.updated_at,
  };
}

/** Calendar files of live sessions: one session's .ics, and the personal feed behind a secret, revocable URL. */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  /** One session as .ics for anyone who may see it; 404 for everyone else, so its existence does not leak. */
  async sessionIcs(p: Principal, sessionId: string): Promise<string> {
    const params = new SqlParams();
    const id = params.add(sessionId);
    const rows: SessionRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM live_session s WHERE s.id = ${id}::uuid AND ${visibleSessionSql(p, params)}`,
      params.values,
    );
    if (!rows[0]) throw ApiException.notFound('Live session');
    return this.render(rows.map(toCalendarSession), p.locale);
  }

  /** A new secret feed URL; the previous one, if any, stops working at once (only the hash is stored). */
  async createFeed(p: Principal): Promise<{ url: string }> {
    const token = newToken();
    await this.db.query(
      `INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [p.id, hashToken(token)],
    );
    return { url: `${this.config.publicUrl}/api/calendar/${token}.ics` };
  }

  /** Revokes the feed URL; revoking when there is none is the same success. */
  async revokeFeed(p: Principal): Promise<void> {
    await this.db.query(`DELETE FROM calendar_feed WHERE user_id = $1`, [p.id]);
  }

  /**
   * The feed behind a token: every session its owner hosts or is invited to now, from FEED_PAST_DAYS ago on,
   * cancelled ones included. An unknown, revoked or malformed token, or a deactivated owner, is a 404.
   */
  async feedIcs(token: string): Promise<string> {
    if (!FEED_TOKEN.test(token)) throw ApiException.notFound('Calendar feed');
    const [owner]: FeedOwnerRow[] = await this.db.query(
      `SELECT u.id, u.email, u.display_name, u.role, u.audience, u.municipality_id, u.organisation_id, u.locale
         FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
        WHERE f.token_hash = $1 AND u.status = 'active'`,
      [hashToken(token)],
    );
    if (!owner) throw ApiException.notFound('Calendar feed');
    // The owner as the invitation rules read a person; a feed lists what one attends, not what one oversees.
    const p: Principal = {
      id: owner.id,
      email: owner.email,
      displayName: owner.display_name,
      role: owner.role,
      audience: owner.audience,
      municipalityId: owner.municipality_id,
      organisationId: owner.organisation_id,
      managedMunicipalityIds: [],
      locale: owner.locale,
      sessionTokenHash: '',
    };
    const params = new SqlParams();
    const rows: SessionRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM live_session s
        WHERE s.ends_at >= now() - ${params.add(FEED_PAST_DAYS)}::int * interval '1 day'
          AND (${hostingSql(p, params)} OR ${invitedSql(p, params)})
        ORDER BY s.starts_at, s.id`,
      params.values,
    );
    return this.render(rows.map(toCalendarSession), owner.locale);
  }

  private render(sessions: CalendarSession[], locale: string): string {
    return calendarIcs(sessions, {
      publicUrl: this.config.publicUrl,
      locale,
      name: FEED_NAME[locale] ?? FEED_NAME['fi'],
      sessionPath: (sessionId) => clientLink('liveSession', { sessionId }),
    });
  }
}
