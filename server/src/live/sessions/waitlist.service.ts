import { clientLink } from '@kotopaikka/contracts';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { returnedRows } from '../../platform/http/sql-support';
import { localizedParam } from '../../platform/notifications/localized-params';
import { NotificationService } from '../../platform/notifications/notification.service';
import { hasSeat, lockSeats, seatsTaken } from './seats';

/** People moved up from a session's waitlist in a transaction, to be told once it has committed. */
export interface Promotion {
  sessionId: string;
  userIds: string[];
}

/**
 * The RSVP waitlist of a session: first come, first seated (by `answered_at`). Call `fill` under the session's
 * seat lock whenever seats may have opened (an answer changed from yes, the capacity grew), and `announce` the
 * result after the commit, so nobody is told of a seat that a rollback took back.
 */
@Injectable()
export class Waitlist {
  private readonly logger = new Logger('LiveWaitlist');

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  /** Moves the first waitlisted up into every free seat; the session row must be locked (lockSeats) by `m`. */
  async fill(m: EntityManager, sessionId: string): Promise<Promotion> {
    const lock = await lockSeats(m, sessionId);
    if (!lock) return { sessionId, userIds: [] };
    const taken = await seatsTaken(m, sessionId);
    if (!hasSeat(lock, taken)) return { sessionId, userIds: [] };
    const free = lock.capacity === null ? null : lock.capacity - taken;
    const result: unknown = await m.query(
      `UPDATE live_rsvp SET state = 'going'
        WHERE session_id = $1 AND user_id IN (
          SELECT user_id FROM live_rsvp WHERE session_id = $1 AND state = 'waitlisted'
           ORDER BY answered_at, user_id LIMIT $2)
       RETURNING user_id`,
      [sessionId, free],
    );
    return { sessionId, userIds: returnedRows<{ user_id: string }>(result).map((r) => r.user_id) };
  }

  /**
   * Drops the answers of people who are no longer invited or hosting (after the invitees, hosts or municipality
   * changed), so nobody uninvited holds a seat, and fills the seats that frees. The session row must be locked.
   */
  async releaseUninvited(m: EntityManager, sessionId: string): Promise<Promotion> {
    // invitation-scope's invitedSql, per answering person rather than for the signed-in one.
    const result: unknown = await m.query(
      `DELETE FROM live_rsvp r USING app_user u, live_session s
        WHERE r.session_id = $1 AND u.id = r.user_id AND s.id = r.session_id
          AND NOT EXISTS (SELECT 1 FROM live_session_host h WHERE h.session_id = s.id AND h.user_id = u.id)
          AND NOT EXISTS (SELECT 1 FROM live_session_invitee i
                           WHERE i.session_id = s.id
                             AND (i.user_id = u.id OR i.organisation_id = u.organisation_id
                                  OR (i.audience = u.audience AND s.municipality_id = u.municipality_id)))
       RETURNING r.state`,
      [sessionId],
    );
    const freed = returnedRows<{ state: string }>(result).some((r) => r.state === 'going');
    return freed ? this.fill(m, sessionId) : { sessionId, userIds: [] };
  }

  /** Tells each person moved up, in the app; a failed notification does not undo their seat. */
  async announce(promotion: Promotion): Promise<void> {
    if (promotion.userIds.length === 0) return;
    const rows: { title: Record<string, string> }[] = await this.db.query(
      `SELECT title FROM live_session WHERE id = $1`,
      [promotion.sessionId],
    );
    const params = localizedParam('sessionTitle', rows[0]?.title ?? {});
    const link = clientLink('liveSession', { sessionId: promotion.sessionId });
    for (const userId of promotion.userIds) {
      try {
        await this.notifications.notify(userId, 'live.waitlist_promoted', params, link);
      } catch (err) {
        this.logger.warn(
          { sessionId: promotion.sessionId, userId, err: (err as Error).message },
          'moved up from the waitlist but the notification failed',
        );
      }
    }
  }
}
