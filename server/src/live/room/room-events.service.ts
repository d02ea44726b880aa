import type { LiveRoomEvent } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { RealtimeEmitter } from '../../platform/realtime/realtime-emitter.service';
import { liveGroupRoom, liveRoom, REPLAY_PAGE } from './room-names';

interface EventRow {
  seq: string;
  type: string;
  group_id: string | null;
  data: unknown;
  created_at: Date;
}

function toEvent(sessionId: string, row: EventRow): LiveRoomEvent {
  return {
    sessionId,
    seq: Number(row.seq),
    type: row.type,
    groupId: row.group_id,
    at: row.created_at.toISOString(),
    data: row.data,
  };
}

/**
 * A room's durable event log. Every room change is appended in the transaction that makes it, with the
 * next gapless `seq` of the session (the session row's lock orders concurrent writers), and broadcast only
 * after that transaction commits; a client that missed some asks `replay` for everything after its last seq.
 */
@Injectable()
export class RoomEvents {
  constructor(
    private readonly db: DataSource,
    private readonly emitter: RealtimeEmitter,
  ) {}

  /** Appends an event inside `m`'s transaction; publish the result once the transaction has committed. */
  async append<D>(
    m: EntityManager,
    sessionId: string,
    type: string,
    data: D,
    groupId: string | null = null,
  ): Promise<LiveRoomEvent<string, D>> {
    const [event] = await this.appendMany<D>(m, sessionId, [{ type, data, groupId }]);
    return event;
  }

  /**
   * Appends several events inside `m`'s transaction with consecutive seqs, in the order given, by one statement
   * (one lock wait on the session row however many there are); answers them in that order.
   */
  async appendMany<D>(
    m: EntityManager,
    sessionId: string,
    entries: { type: string; data: D; groupId: string | null }[],
  ): Promise<LiveRoomEvent<string, D>[]> {
    if (entries.length === 0) return [];
    const rows: EventRow[] = await m.query(
      `WITH next AS (UPDATE live_session SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq)
       INSERT INTO live_event (session_id, seq, type, group_id, data)
       SELECT $1, next.last_seq - $2 + e.ord, e.type, e.group_id, e.data
         FROM next, unnest($3::text[], $4::uuid[], $5::jsonb[]) WITH ORDINALITY AS e(type, group_id, data, ord)
       RETURNING seq, type, group_id, data, created_at`,
      [
        sessionId,
        entries.length,
        entries.map((e) => e.type),
        entries.map((e) => e.groupId),
        entries.map((e) => JSON.stringify(e.data)),
      ],
    );
    if (rows.length === 0) throw new Error(`live session ${sessionId} does not exist`);
    return rows.map((r) => toEvent(sessionId, r) as LiveRoomEvent<string, D>).sort((a, b) => a.seq - b.seq);
  }

  /** Runs `work` in a transaction and broadcasts the events it appended after the commit. */
  async record<T>(work: (m: EntityManager, emit: (event: LiveRoomEvent) => void) => Promise<T>): Promise<T> {
    const pending: LiveRoomEvent[] = [];
    const result = await this.db.transaction((m) => work(m, (event) => pending.push(event)));
    for (const event of pending) this.publish(event);
    return result;
  }

  /** Runs a read outside any transaction (on the pool), for handlers that only look. */
  read<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return work(this.db.manager);
  }

  /** Appends one event in its own transaction and broadcasts it. */
  async appendAndPublish<D>(
    sessionId: string,
    type: string,
    data: D,
    groupId: string | null = null,
  ): Promise<LiveRoomEvent<string, D>> {
    return this.record(async (m, emit) => {
      const event = await this.append(m, sessionId, type, data, groupId);
      emit(event);
      return event;
    });
  }

  /** Sends a committed event to the room (or its group's room) on every node. */
  publish(event: LiveRoomEvent): void {
    const room = event.groupId ? liveGroupRoom(event.sessionId, event.groupId) : liveRoom(event.sessionId);
    this.emitter.toRoom(room, 'live:event', event);
  }

  /**
   * Events after `afterSeq` that `viewer` may see, oldest first, at most one page; `more` when there are
   * further ones. Main-room events are for everyone; a breakout group's for its members and the hosts.
   */
  async after(
    sessionId: string,
    afterSeq: number,
    viewer: { participantId: string; host: boolean },
  ): Promise<{ events: LiveRoomEvent[]; more: boolean }> {
    const rows: EventRow[] = await this.db.query(
      `SELECT e.seq, e.type, e.group_id, e.data, e.created_at FROM live_event e
        WHERE e.session_id = $1 AND e.seq > $2
          AND (e.group_id IS NULL OR $4::boolean
               OR EXISTS (SELECT 1 FROM live_breakout_member bm WHERE bm.group_id = e.group_id AND bm.participant_id = $5))
        ORDER BY e.seq LIMIT $3`,
      [sessionId, afterSeq, REPLAY_PAGE + 1, viewer.host, viewer.participantId],
    );
    const more = rows.length > REPLAY_PAGE;
    return { events: rows.slice(0, REPLAY_PAGE).map((r) => toEvent(sessionId, r)), more };
  }

  async lastSeq(sessionId: string): Promise<number> {
    const rows: { last_seq: string }[] = await this.db.query(`SELECT last_seq FROM live_session WHERE id = $1`, [
      sessionId,
    ]);
    return rows[0] ? Number(rows[0].last_seq) : 0;
  }
}
