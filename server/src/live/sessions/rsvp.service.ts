import { ErrorCode, type RsvpAnswer, type RsvpResult, type RsvpState } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import { hostingSql, invitedSql, visibleSessionSql } from './invitation-scope';
import { hasSeat, lockSeats, seatsTaken } from './seats';
import { type Promotion, Waitlist } from './waitlist.service';

const STATE_OF: Record<Exclude<RsvpAnswer, 'yes'>, RsvpState> = { no: 'declined', maybe: 'maybe' };

/**
 * Invitees' (and hosts') answers. Every answer of a session queues on its seat lock, so a yes beyond the capacity
 * lands on the waitlist however many arrive at once, and a seat given up goes to the first one waiting.
 */
@Injectable()
export class RsvpService {
  constructor(
    private readonly db: DataSource,
    private readonly waitlist: Waitlist,
  ) {}

  async answer(actor: Principal, sessionId: string, answer: RsvpAnswer): Promise<RsvpResult> {
    const promotions: Promotion[] = [];
    const result = await this.db.transaction(async (m) => {
      const lock = await lockSeats(m, sessionId);
      const access = lock ? await this.access(m, actor, sessionId) : null;
      if (!lock || !access?.visible) throw ApiException.notFound('Live session');
      if (!access.answers) throw ApiException.forbidden('Only the session’s invitees and hosts answer it');
      if (lock.status === 'cancelled') throw ApiException.conflict(ErrorCode.Conflict, 'This session was cancelled');
      if (lock.status === 'ended' || lock.endsAt.getTime() <= Date.now())
        throw ApiException.conflict(ErrorCode.Conflict, 'This session has ended');

      const before = await this.stateOf(m, sessionId, actor.id);
      let state: RsvpState;
      if (answer === 'yes') {
        // A yes stays where it was (seat or place in the queue); a new one queues behind anyone already waiting.
        if (before === 'going' || before === 'waitlisted') state = before;
        else
          state =
            hasSeat(lock, await seatsTaken(m, sessionId)) && !(await this.anyoneWaiting(m, sessionId))
              ? 'going'
              : 'waitlisted';
      } else {
        state = STATE_OF[answer];
      }
      if (state !== before) {
        // clock_timestamp, not now(): the queue is in the order the seat lock let answers through.
        await m.query(
          `INSERT INTO live_rsvp (session_id, user_id, state, answered_at) VALUES ($1, $2, $3, clock_timestamp())
           ON CONFLICT (session_id, user_id) DO UPDATE SET state = EXCLUDED.state, answered_at = EXCLUDED.answered_at`,
          [sessionId, actor.id, state],
        );
      }
      if (before === 'going' && state !== 'going') promotions.push(await this.waitlist.fill(m, sessionId));
      return { state, waitlistPosition: state === 'waitlisted' ? await this.position(m, sessionId, actor.id) : null };
    });
    for (const promotion of promotions) await this.waitlist.announce(promotion);
    return result;
  }

  private async access(
    m: EntityManager,
    p: Principal,
    sessionId: string,
  ): Promise<{ visible: boolean; answers: boolean }> {
    const params = new SqlParams();
    const id = params.add(sessionId);
    const rows: { visible: boolean; answers: boolean }[] = await m.query(
      `SELECT ${visibleSessionSql(p, params)} AS visible, (${hostingSql(p, params)} OR ${invitedSql(p, params)}) AS answers
         FROM live_session s WHERE s.id = ${id}::uuid`,
      params.values,
    );
    return rows[0] ?? { visible: false, answers: false };
  }

  private async stateOf(m: EntityManager, sessionId: string, userId: string): Promise<RsvpState | null> {
    const rows: { state: RsvpState }[] = await m.query(
      `SELECT state FROM live_rsvp WHERE session_id = $1 AND user_id = $2`,
      [sessionId, userId],
    );
    return rows[0]?.state ?? null;
  }

  private async anyoneWaiting(m: EntityManager, sessionId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM live_rsvp WHERE session_id = $1 AND state = 'waitlisted' LIMIT 1`,
      [sessionId],
    );
    return rows.length > 0;
  }

  /** 1 = next to get a seat. */
  private async position(m: EntityManager, sessionId: string, userId: string): Promise<number> {
    const rows: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM live_rsvp w, live_rsvp mine
        WHERE mine.session_id = $1 AND mine.user_id = $2 AND w.session_id = $1 AND w.state = 'waitlisted'
          AND (w.answered_at, w.user_id) <= (mine.answered_at, mine.user_id)`,
      [sessionId, userId],
    );
    return rows[0]?.n ?? 1;
  }
}
