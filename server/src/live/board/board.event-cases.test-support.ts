import type { LiveBoardClientEvents } from '@kotopaikka/contracts';

import type { EventCases } from '../../platform/realtime/event-cases.test-support';
import type { LiveTestClient } from '../../testing/live-client';
import type { TestApp } from '../../testing/test-app';
import { rowsSnapshot } from '../polls/polls.event-cases.test-support';
import { hostedAndJoined } from '../room/live-room.event-cases.test-support';

/** A board with `cards` cards under its one prompt, made by the host on the socket in a session they joined. */
export async function boardWithCards(
  t: TestApp,
  userId: string,
  socket: LiveTestClient,
  cards = 1,
): Promise<{ sessionId: string; boardId: string; promptId: string; cardIds: string[] }> {
  const sessionId = await hostedAndJoined(t, userId, socket);
  const created = await socket.timeout(5000).emitWithAck('board:create', {
    sessionId,
    title: 'Kotouttamisohjelma',
    prompts: ['Mikä toimii?'],
    dotsPerParticipant: 3,
    hideVotes: false,
  });
  if (!created.ok) throw new Error(`board:create failed: ${created.message}`);
  const boardId = created.board.id;
  const promptId = created.board.prompts[0].id;
  const cardIds: string[] = [];
  for (let i = 0; i < cards; i++) {
    const ack = await socket
      .timeout(5000)
      .emitWithAck('board:add-card', { sessionId, boardId, promptId, text: `Idea ${i}` });
    if (!ack.ok) throw new Error(`board:add-card failed: ${ack.message}`);
    cardIds.push(ack.card.id);
  }
  return { sessionId, boardId, promptId, cardIds };
}

const boards = rowsSnapshot(`SELECT count(*) AS n FROM live_board`);
const cards = rowsSnapshot(`SELECT count(*) AS n FROM live_board_card`);
const grouped = rowsSnapshot(`SELECT count(*) AS n FROM live_board_card WHERE group_label IS NOT NULL`);
const merged = rowsSnapshot(`SELECT count(*) AS n FROM live_board_card WHERE merged_into IS NOT NULL`);
const dots = rowsSnapshot(`SELECT coalesce(sum(dots), 0) AS n FROM live_board_vote`);
const revealed = rowsSnapshot(`SELECT count(*) AS n FROM live_board WHERE revealed_at IS NOT NULL`);
const closed = rowsSnapshot(`SELECT count(*) AS n FROM live_board WHERE status = 'closed'`);
const log = rowsSnapshot(`SELECT count(*) AS n FROM live_event`);

const ok = expect.objectContaining({ ok: true }) as never;

export const LIVE_BOARD_EVENT_CASES: EventCases<keyof LiveBoardClientEvents> = {
  'board:create': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await boards.take(t);
      return {
        payload: { sessionId, title: 'Työpaja', prompts: ['Mitä?', 'Miksi?'], dotsPerParticipant: 5, hideVotes: true },
        ack: ok,
      };
    },
    invalid: {
      payload: { sessionId: 'nope', title: ' ', prompts: [], dotsPerParticipant: 0, hideVotes: 'no' },
      fields: ['sessionId', 'title', 'prompts', 'dotsPerParticipant', 'hideVotes'],
    },
    unchanged: boards.unchanged,
  },
  'board:create-for-groups': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await socket
        .timeout(5000)
        .emitWithAck('breakout:prepare', { sessionId, mode: 'random', groupCount: 2, minutes: 5 });
      const started = await socket.timeout(5000).emitWithAck('breakout:start', { sessionId });
      if (!started.ok) throw new Error(`breakout:start failed: ${started.message}`);
      await boards.take(t);
      return {
        payload: { sessionId, title: 'Ryhmätyö', prompts: ['Mitä?'], dotsPerParticipant: 3, hideVotes: false },
        ack: { ok: true, boards: [expect.anything(), expect.anything()] as never },
      };
    },
    invalid: {
      payload: { sessionId: 'nope', title: '', prompts: ['x'], dotsPerParticipant: 3, hideVotes: true, groupId: 'x' },
      fields: ['sessionId', 'title', 'groupId'],
    },
    unchanged: boards.unchanged,
  },
  'board:add-card': {
    valid: async (t, userId, socket) => {
      const b = await boardWithCards(t, userId, socket, 0);
      await cards.take(t);
      return {
        payload: { sessionId: b.sessionId, boardId: b.boardId, promptId: b.promptId, text: 'Kielikahvila' },
        ack: ok,
      };
    },
    invalid: {
      payload: { sessionId: 'nope', boardId: 'x', promptId: 'y', text: 'x'.repeat(501) },
      fields: ['sessionId', 'boardId', 'promptId', 'text'],
    },
    unchanged: cards.unchanged,
  },
  'board:group': {
    valid: async (t, userId, socket) => {
      const b = await boardWithCards(t, userId, socket, 2);
      await grouped.take(t);
      return { payload: { sessionId: b.sessionId, cardIds: b.cardIds, label: 'Kieli' }, ack: { ok: true } };
    },
    invalid: { payload: { sessionId: 'nope', cardIds: ['x'], label: '' }, fields: ['sessionId', 'cardIds', 'label'] },
    unchanged: grouped.unchanged,
  },
  'board:merge': {
    valid: async (t, userId, socket) => {
      const b = await boardWithCards(t, userId, socket, 2);
      await merged.take(t);
      return { payload: { sessionId: b.sessionId, cardId: b.cardIds[1], intoCardId: b.cardIds[0] }, ack: { ok: true } };
    },
    invalid: {
      payload: { sessionId: 'nope', cardId: 'x', intoCardId: null },
      fields: ['sessionId', 'cardId', 'intoCardId'],
    },
    unchanged: merged.unchanged,
  },
  'board:vote': {
    valid: async (t, userId, socket) => {
      const b = await boardWithCards(t, userId, socket, 1);
      await dots.take(t);
      return { payload: { sessionId: b.sessionId, cardId: b.cardIds[0], delta: 1 }, ack: ok };
    },
    invalid: { payload: { sessionId: 'nope', cardId: 'x', delta: 2 }, fields: ['sessionId', 'cardId', 'delta'] },
    unchanged: dots.unchanged,
  },
  'board:reveal': {
    valid: async (t, userId, socket) => {
      const b = await boardWithCards(t, userId, socket, 0);
      await revealed.take(t);
      return { payload: { sessionId: b.sessionId, boardId: b.boardId }, ack: { ok: true } };
    },
    invalid: { payload: { sessionId: 'nope', boardId: 'x' }, fields: ['sessionId', 'boardId'] },
    unchanged: revealed.unchanged,
  },
  'board:close': {
    valid: async (t, userId, socket) => {
      const b = await boardWithCards(t, userId, socket, 0);
      await closed.take(t);
      return { payload: { sessionId: b.sessionId, boardId: b.boardId }, ack: { ok: true } };
    },
    invalid: { payload: { sessionId: 'nope', boardId: 'x' }, fields: ['sessionId', 'boardId'] },
    unchanged: closed.unchanged,
  },
  'board:list': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await log.take(t);
      return { payload: { sessionId }, ack: { ok: true, boards: [] } };
    },
    invalid: { payload: { sessionId: 'nope', extra: 1 }, fields: ['sessionId', 'extra'] },
    unchanged: log.unchanged,
  },
};
