import type { LiveParticipant } from '@kotopaikka/contracts';

import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { returnedRows } from '../../platform/http/sql-support';
import { CONNECTION_STALE_MS, NODE_HEARTBEAT_MS, STAY_GAP_MS } from './room-names';

/** A participant whose last connection went, with the session it was in. */
export interface Departure {
  sessionId: string;
  participantId: string;
}

/**
 * Who is in which room, and for how long. Connections are rows (any node sees every room's presence);
 * each API node refreshes its own every few seconds, so a node that dies leaves rows that go stale and the
 * sweep closes its participants' stays at their last heartbeat. A stay continues across a gap shorter than
 * STAY_GAP_MS, so a reconnection (even to another node) is not a leave.
 */
@Injectable()
export class Presence implements OnModuleInit, OnApplicationShutdown {
  /** This process's id in `live_connection.node_id`. */
  readonly nodeId = randomUUID();
  private readonly logger = new Logger('LivePresence');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.beat(), NODE_HEARTBEAT_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Records a socket in a room; `first` when the participant had no other live connection (presence
   * changes). Continues the participant's last stay if it ended less than STAY_GAP_MS ago.
   */
  async connect(
    m: EntityManager,
    socketId: string,
    sessionId: string,
    participantId: string,
  ): Promise<{ first: boolean }> {
    // Serialises one participant's tabs and reconnections.
    await m.query(`SELECT id FROM live_participant WHERE id = $1 FOR UPDATE`, [participantId]);
    const others: { n: string }[] = await m.query(
      `SELECT count(*) AS n FROM live_connection WHERE participant_id = $1 AND socket_id <> $2
          AND last_seen_at > now() - make_interval(secs => $3)`,
      [participantId, socketId, CONNECTION_STALE_MS / 1000],
    );
    await m.query(
      `INSERT INTO live_connection (socket_id, session_id, participant_id, node_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (socket_id) DO UPDATE SET last_seen_at = now()`,
      [socketId, sessionId, participantId, this.nodeId],
    );
    const open: unknown[] = await m.query(
      `UPDATE live_attendance SET last_seen_at = now() WHERE participant_id = $1 AND left_at IS NULL RETURNING id`,
      [participantId],
    );
    if (returnedRows(open).length === 0) {
      const resumed: unknown[] = await m.query(
        `UPDATE live_attendance SET left_at = NULL, last_seen_at = now()
          WHERE id = (SELECT id FROM live_attendance WHERE participant_id = $1 ORDER BY joined_at DESC LIMIT 1)
            AND left_at > now() - make_interval(secs => $2)
        RETURNING id`,
        [participantId, STAY_GAP_MS / 1000],
      );
      if (returnedRows(resumed).length === 0)
        await m.query(
          `INSERT INTO live_attendance (session_id, participant_id, joined_at, last_seen_at) VALUES ($1, $2, now(), now())`,
          [sessionId, participantId],
        );
    }
    return { first: Number(others[0]?.n ?? 0) === 0 };
  }

  /** Removes a socket from a room; the participant's departure when it was their last connection. */
  async disconnect(m: EntityManager, socketId: string, sessionId?: string): Promise<Departure[]> {
    const gone = returnedRows<{ session_id: string; participant_id: string }>(
      await m.query(
        `DELETE FROM live_connection WHERE socket_id = $1 AND ($2::uuid IS NULL OR session_id = $2)
         RETURNING session_id, participant_id`,
        [socketId, sessionId ?? null],
      ),
    );
    return this.departures(
      m,
      gone.map((g) => ({ sessionId: g.session_id, participantId: g.participant_id })),
      'now',
    );
  }

  /** Everyone with a live connection in the room, once each. */
  async present(sessionId: string, m: EntityManager = this.db.manager): Promise<LiveParticipant[]> {
    return m.query(
      `SELECT p.id, p.name, p.role FROM live_participant p
        WHERE p.session_id = $1 AND p.removed_at IS NULL
          AND EXISTS (SELECT 1 FROM live_connection c WHERE c.participant_id = p.id
                         AND c.last_seen_at > now() - make_interval(secs => $2))
        ORDER BY p.name, p.id`,
      [sessionId, CONNECTION_STALE_MS / 1000],
    );
  }

  /** Refreshes a socket's connection and the participant's stay (the client's heartbeat). */
  async touch(socketId: string, sessionId: string): Promise<void> {
    await this.db.query(
      `WITH c AS (UPDATE live_connection SET last_seen_at = now() WHERE socket_id = $1 AND session_id = $2 RETURNING participant_id)
       UPDATE live_attendance a SET last_seen_at = now() FROM c WHERE a.participant_id = c.participant_id AND a.left_at IS NULL`,
      [socketId, sessionId],
    );
  }

  /**
   * Closes what dead nodes left: connections not refreshed for CONNECTION_STALE_MS are removed, and a
   * participant left with none has their stay closed at its last heartbeat. Returns the departures.
   */
  async sweep(m: EntityManager): Promise<Departure[]> {
    const gone = returnedRows<{ session_id: string; participant_id: string }>(
      await m.query(
        `DELETE FROM live_connection WHERE last_seen_at < now() - make_interval(secs => $1)
         RETURNING session_id, participant_id`,
        [CONNECTION_STALE_MS / 1000],
      ),
    );
    return this.departures(
      m,
      gone.map((g) => ({ sessionId: g.session_id, participantId: g.participant_id })),
      'last_seen',
    );
  }

  /** Refreshes this node's connections and their stays. */
  async beat(): Promise<void> {
    try {
      await this.db.query(
        `WITH c AS (UPDATE live_connection SET last_seen_at = now() WHERE node_id = $1 RETURNING participant_id)
         UPDATE live_attendance a SET last_seen_at = now() WHERE a.left_at IS NULL AND a.participant_id IN (SELECT participant_id FROM c)`,
        [this.nodeId],
      );
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'presence heartbeat failed');
    }
  }

  /** Closes the stays of those among `candidates` who have no connection left. */
  private async departures(m: EntityManager, candidates: Departure[], at: 'now' | 'last_seen'): Promise<Departure[]> {
    const left: Departure[] = [];
    const seen = new Set<string>();
    for (const c of candidates) {
      if (seen.has(c.participantId)) continue;
      seen.add(c.participantId);
      const still: { n: string }[] = await m.query(
        `SELECT count(*) AS n FROM live_connection WHERE participant_id = $1`,
        [c.participantId],
      );
      if (Number(still[0]?.n ?? 0) > 0) continue;
      await m.query(
        `UPDATE live_attendance SET left_at = ${at === 'now' ? 'now()' : 'last_seen_at'}
          WHERE participant_id = $1 AND left_at IS NULL`,
        [c.participantId],
      );
      left.push(c);
    }
    return left;
  }
}
