import type { LivePollsClientEvents } from '@kotopaikka/contracts';

import type { EventCase, EventCases } from '../../platform/realtime/event-cases.test-support';
import type { LiveTestClient } from '../../testing/live-client';
import type { TestApp } from '../../testing/test-app';
import { hostedAndJoined } from '../room/live-room.event-cases.test-support';

/** How many rows match `sql` now, and later whether that is still so: a refused event wrote nothing. */
export function rowsSnapshot(sql: string): { take(t: TestApp): Promise<void>; unchanged(t: TestApp): Promise<void> } {
  let before = -1;
  const count = async (t: TestApp): Promise<number> => Number(((await t.db.query(sql)) as { n: string }[])[0].n);
  return {
    take: async (t) => {
      before = await count(t);
    },
    unchanged: async (t) => {
      expect(await count(t)).toBe(before);
    },
  };
}

/** A poll opened by the host on the socket, in a session they host and joined. */
export async function openedPoll(
  t: TestApp,
  userId: string,
  socket: LiveTestClient,
): Promise<{ sessionId: string; pollId: string; optionIds: string[] }> {
  const sessionId = await hostedAndJoined(t, userId, socket);
  const ack = await socket
    .timeout(5000)
    .emitWithAck('poll:create', { sessionId, question: 'Mikä aika sopii?', kind: 'single', options: ['Aamu', 'Ilta'] });
  if (!ack.ok) throw new Error(`poll:create failed: ${ack.message}`);
  return { sessionId, pollId: ack.poll.id, optionIds: ack.poll.options.map((o: { id: string }) => o.id) };
}

const polls = rowsSnapshot(`SELECT count(*) AS n FROM live_poll`);
const votes = rowsSnapshot(`SELECT count(*) AS n FROM live_poll_vote`);
const closed = rowsSnapshot(`SELECT count(*) AS n FROM live_poll WHERE status = 'closed'`);
const log = rowsSnapshot(`SELECT count(*) AS n FROM live_event`);

const ok = expect.objectContaining({ ok: true }) as never;

const create: EventCase<'poll:create'> = {
  valid: async (t, userId, socket) => {
    const sessionId = await hostedAndJoined(t, userId, socket);
    await polls.take(t);
    return {
      payload: { sessionId, question: 'Kumpi?', kind: 'multiple', options: ['A', 'B'], correctOptions: [1] },
      ack: ok,
    };
  },
  invalid: {
    payload: { sessionId: 'nope', question: '', kind: 'ranked', options: ['only one'], anonymous: 'yes' },
    fields: ['sessionId', 'question', 'kind', 'options', 'anonymous'],
  },
  unchanged: polls.unchanged,
};

export const LIVE_POLLS_EVENT_CASES: EventCases<keyof LivePollsClientEvents> = {
  'poll:create': create,
  'poll:vote': {
    valid: async (t, userId, socket) => {
      const poll = await openedPoll(t, userId, socket);
      await votes.take(t);
      return { payload: { sessionId: poll.sessionId, pollId: poll.pollId, optionIds: [poll.optionIds[0]] }, ack: ok };
    },
    invalid: {
      payload: { sessionId: 'nope', pollId: 'x', optionIds: ['a', 'a'] },
      fields: ['sessionId', 'pollId', 'optionIds'],
    },
    unchanged: votes.unchanged,
  },
  'poll:close': {
    valid: async (t, userId, socket) => {
      const poll = await openedPoll(t, userId, socket);
      await closed.take(t);
      return { payload: { sessionId: poll.sessionId, pollId: poll.pollId }, ack: ok };
    },
    invalid: { payload: { sessionId: 'nope', pollId: 7 }, fields: ['sessionId', 'pollId'] },
    unchanged: closed.unchanged,
  },
  'poll:list': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await log.take(t);
      return { payload: { sessionId }, ack: { ok: true, polls: [] } };
    },
    invalid: { payload: { sessionId: 'nope', extra: 1 }, fields: ['sessionId', 'extra'] },
    unchanged: log.unchanged,
  },
};
