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

/** Moves one waitlisted registrant (someone without an account) into a seat, in the caller's transaction. */
export type RegistrantPromoter = (m: EntityManager, sessionId: string, registrationId: string) => Promise<void>;

/**
 * A session's one waitlist: invitees whose yes came after the seats were taken and registrants without an
 * account, first come, first seated (`answered_at` and `created_at` in one order). Call `fill` under the
 * session's seat lock whenever seats may have opened (an answer changed from yes, a registration was
 * cancelled, the capacity grew), and `announce` the result after the commit, so nobody is told of a seat that
 * a rollback took back. Registrants are moved up by the registration feature's promoter (fresh links by mail).
 */
@Injectable()
export class Waitlist {
  private readonly logger = new Logger('LiveWaitlist');

  private promoteRegistrant: RegistrantPromoter | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  /** The registration feature plugs in how a registrant is moved up (it owns their links and mails). */
  registerRegistrantPromoter(promoter: RegistrantPromoter): void {
    this.promoteRegistrant = promoter;
  }

  /**
   * Moves the first waitlisted up into every free seat, invitees and registrants in the order they asked; the
   * session row must be locked (lockSeats) by `m`. Nobody moves up into a session that is over or cancelled.
   */
  async fill(m: EntityManager, sessionId: string): Promise<Promotion> {
    const lock = await lockSeats(m, sessionId);
    const userIds: string[] = [];
    if (!lock || lock.status === 'cancelled' || lock.status === 'ended' || lock.endsAt <= new Date())
      return { sessionId, userIds };
    while (hasSeat(lock, await seatsTaken(m, sessionId))) {
      const [next]: { kind: 'rsvp' | 'registration'; id: string }[] = await m.query(
        `SELECT kind, id FROM (
           SELECT 'rsvp' AS kind, user_id AS id, answered_at AS at FROM live_rsvp
            WHERE session_id = $1 AND state = 'waitlisted'
           UNION ALL
           SELECT 'registration', id, created_at FROM live_registration
            WHERE session_id = $1 AND state = 'waitlisted' AND $2::boolean
         ) w ORDER BY at, id LIMIT 1`,
        [sessionId, this.promoteRegistrant !== null],
      );
      if (!next) break;
      if (next.kind === 'rsvp') {
        await m.query(`UPDATE live_rsvp SET state = 'going' WHERE session_id = $1 AND user_id = $2`, [
          sessionId,
          next.id,
        ]);
        userIds.push(next.id);
      } else {
        await this.promoteRegistrant?.(m, sessionId, next.id);
      }
    }
    return { sessionId, userIds };
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
