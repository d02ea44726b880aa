import type { LiveHand } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ApiException } from '../../platform/errors/api.exception';
import { returnedRows } from '../../platform/http/sql-support';
import { isHost, type RoomMember } from '../room/room-access.service';
import { RoomEvents } from '../room/room-events.service';

/**
 * The room's queue of raised hands, in PostgreSQL. A hand's place is the seq of its `hand.raised` event, so the
 * queue's order is the order every client saw the raises in.
 */
@Injectable()
export class LiveHands {
  constructor(
    private readonly db: DataSource,
    private readonly events: RoomEvents,
  ) {}

  /** Raises the member's hand; raising a raised hand keeps its place. */
  async raise(member: RoomMember): Promise<LiveHand[]> {
    await this.events.record(async (m, emit) => {
      // Serialises one participant's tabs.
      await m.query(`SELECT id FROM live_participant WHERE id = $1 FOR UPDATE`, [member.participantId]);
      const raised: unknown[] = await m.query(`SELECT 1 FROM live_hand WHERE participant_id = $1`, [
        member.participantId,
      ]);
      if (raised.length > 0) return;
      const event = await this.events.append(m, member.sessionId, 'hand.raised', {
        participantId: member.participantId,
        name: member.name,
        role: member.role,
      });
      await m.query(
        `INSERT INTO live_hand (participant_id, session_id, raised_seq, raised_at) VALUES ($1, $2, $3, $4)`,
        [member.participantId, member.sessionId, event.seq, event.at],
      );
      emit(event);
    });
    return this.queue(member.sessionId);
  }

  /** Lowers one's own hand, or (hosts) anyone's; lowering a hand that is down changes nothing. */
  async lower(member: RoomMember, participantId = member.participantId): Promise<LiveHand[]> {
    if (participantId !== member.participantId && !isHost(member))
      throw ApiException.forbidden('Only the session’s hosts may lower another participant’s hand');
    await this.events.record(async (m, emit) => {
      const lowered = returnedRows(
        await m.query(`DELETE FROM live_hand WHERE participant_id = $1 AND session_id = $2 RETURNING participant_id`, [
          participantId,
          member.sessionId,
        ]),
      );
      if (lowered.length > 0)
        emit(
          await this.events.append(m, member.sessionId, 'hand.lowered', { participantId, by: member.participantId }),
        );
    });
    return this.queue(member.sessionId);
  }

  /** The raised hands, first raised first; a removed participant's hand is not in it. */
  async queue(sessionId: string): Promise<LiveHand[]> {
    const rows: { participant_id: string; name: string; role: LiveHand['role']; raised_at: Date }[] =
      await this.db.query(
        `SELECT h.participant_id, p.name, p.role, h.raised_at FROM live_hand h
           JOIN live_participant p ON p.id = h.participant_id
          WHERE h.session_id = $1 AND p.removed_at IS NULL ORDER BY h.raised_seq`,
        [sessionId],
      );
    return rows.map((r) => ({
      participantId: r.participant_id,
      name: r.name,
      role: r.role,
      raisedAt: r.raised_at.toISOString(),
    }));
  }
}
