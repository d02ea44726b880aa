import type { LiveBreakoutsClientEvents } from '@kotopaikka/contracts';

import type { EventCase, EventCases } from '../../platform/realtime/event-cases.test-support';
import { createUser } from '../../testing/fixtures';
import type { TestApp } from '../../testing/test-app';
import { hostedAndJoined } from '../room/live-room.event-cases.test-support';

async function breakouts(t: TestApp): Promise<string> {
  const rows: { n: string; running: string }[] = await t.db.query(
    `SELECT count(*) AS n, count(*) FILTER (WHERE status = 'running') AS running FROM live_breakout`,
  );
  return `${rows[0].n}/${rows[0].running}`;
}

/** The valid case's state, so a refused event can be shown to have changed nothing. */
function snapshot(): { take(t: TestApp): Promise<void>; unchanged(t: TestApp): Promise<void> } {
  let before = '';
  return {
    take: async (t) => {
      before = await breakouts(t);
    },
    unchanged: async (t) => {
      expect(await breakouts(t)).toBe(before);
    },
  };
}

/** A hosted, joined session whose breakout is prepared (and started when `running`). */
async function withBreakout(
  t: TestApp,
  userId: string,
  socket: Parameters<EventCase<'breakout:start'>['valid']>[2],
  running: boolean,
): Promise<{ sessionId: string; groupId: string }> {
  const sessionId = await hostedAndJoined(t, userId, socket);
  const prepared = await socket
    .timeout(5000)
    .emitWithAck('breakout:prepare', { sessionId, mode: 'random', groupCount: 2, minutes: 5 });
  if (!prepared.ok) throw new Error(prepared.message);
  if (running) await socket.timeout(5000).emitWithAck('breakout:start', { sessionId });
  return { sessionId, groupId: prepared.breakout.groups[0].id };
}

const BAD_SESSION: { payload: Record<string, unknown>; fields: string[] } = {
  payload: { sessionId: 'nope', extra: 1 },
  fields: ['sessionId', 'extra'],
};

function hostCase<E extends keyof LiveBreakoutsClientEvents>(
  running: boolean,
  payload: (ids: { sessionId: string; groupId: string }) => Record<string, unknown>,
  ack: Record<string, unknown>,
  invalid = BAD_SESSION,
): EventCase<E> {
  const s = snapshot();
  return {
    valid: async (t, userId, socket) => {
      const ids = await withBreakout(t, userId, socket, running);
      await s.take(t);
      return { payload: payload(ids) as never, ack: ack as never };
    },
    invalid,
    unchanged: s.unchanged,
  };
}

const anyBreakout = expect.objectContaining({ id: expect.any(String) }) as unknown;
const prepareSnapshot = snapshot();
const assignSnapshot = snapshot();

export const LIVE_BREAKOUTS_EVENT_CASES: EventCases<keyof LiveBreakoutsClientEvents> = {
  'breakout:prepare': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await prepareSnapshot.take(t);
      return {
        payload: { sessionId, mode: 'random', groupCount: 3, minutes: 10 },
        ack: {
          ok: true,
          breakout: expect.objectContaining({ status: 'prepared', groups: expect.any(Array) }) as never,
        },
      };
    },
    invalid: {
      payload: { sessionId: 'nope', mode: 'alphabetical', groupCount: 1, minutes: 0 },
      fields: ['sessionId', 'mode', 'groupCount', 'minutes'],
    },
    unchanged: (t) => prepareSnapshot.unchanged(t),
  },
  'breakout:assign': {
    valid: async (t, userId, socket) => {
      const { sessionId, groupId } = await withBreakout(t, userId, socket, false);
      const other = await createUser(t.db);
      const [p]: { id: string }[] = await t.db.query(
        `INSERT INTO live_participant (session_id, user_id, name, role) VALUES ($1, $2, 'Other', 'participant') RETURNING id`,
        [sessionId, other.id],
      );
      await assignSnapshot.take(t);
      return {
        payload: { sessionId, participantId: p.id, groupId },
        ack: { ok: true, breakout: anyBreakout as never },
      };
    },
    invalid: {
      payload: { sessionId: 'nope', participantId: 'x', groupId: 3 },
      fields: ['sessionId', 'participantId', 'groupId'],
    },
    unchanged: (t) => assignSnapshot.unchanged(t),
  },
  'breakout:start': hostCase(false, ({ sessionId }) => ({ sessionId }), { ok: true, breakout: anyBreakout }),
  'breakout:end': hostCase(true, ({ sessionId }) => ({ sessionId }), { ok: true }),
  'breakout:broadcast': hostCase(
    true,
    ({ sessionId }) => ({ sessionId, text: 'Two minutes left' }),
    { ok: true },
    {
      payload: { sessionId: 'nope', text: '' },
      fields: ['sessionId', 'text'],
    },
  ),
  'breakout:visit': hostCase(
    true,
    ({ sessionId, groupId }) => ({ sessionId, groupId }),
    { ok: true },
    {
      payload: { sessionId: 'nope', groupId: 'x' },
      fields: ['sessionId', 'groupId'],
    },
  ),
  'breakout:current': hostCase(false, ({ sessionId }) => ({ sessionId }), { ok: true, breakout: anyBreakout }),
};
