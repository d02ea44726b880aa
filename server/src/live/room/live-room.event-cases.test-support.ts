import type { LiveRoomClientEvents } from '@kotopaikka/contracts';

import type { EventCase, EventCases } from '../../platform/realtime/event-cases.test-support';
import { createUser } from '../../testing/fixtures';
import type { LiveTestClient } from '../../testing/live-client';
import type { TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';

/** A session the person hosts, joined on the socket; its id. */
export async function hostedAndJoined(t: TestApp, userId: string, socket: LiveTestClient): Promise<string> {
  const sessionId = await createLiveSession(t.db, { hostIds: [userId] });
  const ack = await socket.timeout(5000).emitWithAck('live:join', { sessionId });
  if (!ack.ok) throw new Error(`join failed: ${ack.message}`);
  return sessionId;
}

async function eventCount(t: TestApp): Promise<number> {
  const rows: { n: string }[] = await t.db.query(`SELECT count(*) AS n FROM live_event`);
  return Number(rows[0].n);
}

/** The bad payload of a session-scoped event: a malformed id and a field nobody asked for. */
const BAD_SESSION = { payload: { sessionId: 'nope', extra: 1 }, fields: ['sessionId', 'extra'] };

// Nothing is appended by a refused event: the log's length is what the valid case left.
function logSnapshot(): { take(t: TestApp): Promise<void>; unchanged(t: TestApp): Promise<void> } {
  let before = -1;
  return {
    take: async (t) => {
      before = await eventCount(t);
    },
    unchanged: async (t) => {
      expect(await eventCount(t)).toBe(before);
    },
  };
}

function sessionEvent<E extends keyof LiveRoomClientEvents>(ack: Record<string, never> = {}): EventCase<E> {
  const log = logSnapshot();
  return {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await log.take(t);
      return { payload: { sessionId } as never, ack: { ok: true, ...ack } as never };
    },
    invalid: BAD_SESSION,
    unchanged: log.unchanged,
  };
}

const replayLog = logSnapshot();

export const LIVE_ROOM_EVENT_CASES: EventCases<keyof LiveRoomClientEvents> = {
  'live:join': {
    valid: async (t, userId) => {
      const sessionId = await createLiveSession(t.db, { hostIds: [userId] });
      return { payload: { sessionId }, ack: expect.objectContaining({ ok: true, lastSeq: 1 }) as never };
    },
    invalid: { payload: { sessionId: 'nope', afterSeq: -1 }, fields: ['sessionId', 'afterSeq'] },
    // The valid case only creates the session: a refused join leaves it without participants.
    unchanged: async (t) => {
      const rows: { n: string }[] = await t.db.query(
        `SELECT count(*) AS n FROM live_participant p JOIN live_session s ON s.id = p.session_id
          WHERE s.created_at = (SELECT max(created_at) FROM live_session)`,
      );
      expect(Number(rows[0].n)).toBe(0);
    },
  },
  'live:replay': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await replayLog.take(t);
      return {
        payload: { sessionId, afterSeq: 0 },
        ack: { ok: true, events: [expect.objectContaining({ seq: 1, type: 'presence.joined' })], more: false },
      };
    },
    invalid: { payload: { sessionId: 'nope', afterSeq: 'x' }, fields: ['sessionId', 'afterSeq'] },
    unchanged: replayLog.unchanged,
  },
  'live:leave': sessionEvent(),
  'live:heartbeat': sessionEvent(),
  'live:start': sessionEvent(),
  'live:end': sessionEvent(),
  'live:remove': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      const other = await createUser(t.db);
      const rows: { id: string }[] = await t.db.query(
        `INSERT INTO live_participant (session_id, user_id, name, role) VALUES ($1, $2, 'Other', 'participant') RETURNING id`,
        [sessionId, other.id],
      );
      return { payload: { sessionId, participantId: rows[0].id }, ack: { ok: true } };
    },
    invalid: { payload: { sessionId: 'nope', participantId: 7 }, fields: ['sessionId', 'participantId'] },
    unchanged: async (t) => {
      const rows: { n: string }[] = await t.db.query(
        `SELECT count(*) AS n FROM live_participant WHERE removed_at IS NOT NULL`,
      );
      expect(Number(rows[0].n)).toBe(0);
    },
  },
  'live:cohost': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      const other = await createUser(t.db);
      const rows: { id: string }[] = await t.db.query(
        `INSERT INTO live_participant (session_id, user_id, name, role) VALUES ($1, $2, 'Other', 'participant') RETURNING id`,
        [sessionId, other.id],
      );
      return { payload: { sessionId, participantId: rows[0].id, cohost: true }, ack: { ok: true } };
    },
    invalid: {
      payload: { sessionId: 'nope', participantId: 'x', cohost: 'yes' },
      fields: ['sessionId', 'participantId', 'cohost'],
    },
    unchanged: async (t) => {
      const rows: { n: string }[] = await t.db.query(
        `SELECT count(*) AS n FROM live_participant WHERE role = 'cohost'`,
      );
      expect(Number(rows[0].n)).toBe(0);
    },
  },
};
