import type { LiveChatClientEvents } from '@kotopaikka/contracts';

import type { EventCases } from '../../platform/realtime/event-cases.test-support';
import type { LiveTestClient } from '../../testing/live-client';
import type { TestApp } from '../../testing/test-app';
import { countSnapshot } from '../live.test-support';
import { hostedAndJoined } from '../room/live-room.event-cases.test-support';

const BAD_SESSION = { payload: { sessionId: 'nope', extra: 1 }, fields: ['sessionId', 'extra'] };

async function hostedWithMessage(t: TestApp, userId: string, socket: LiveTestClient) {
  const sessionId = await hostedAndJoined(t, userId, socket);
  const sent = await socket.timeout(5000).emitWithAck('chat:send', { sessionId, text: 'Tervetuloa' });
  if (!sent.ok) throw new Error(`send failed: ${sent.message}`);
  return { sessionId, messageId: sent.message.id };
}

const messages = countSnapshot(`SELECT count(*) AS n FROM live_chat_message`);
const historyLog = countSnapshot(`SELECT count(*) AS n FROM live_event`);
const deleted = countSnapshot(`SELECT count(*) AS n FROM live_chat_message WHERE deleted_at IS NOT NULL`);
const locked = countSnapshot(`SELECT count(*) AS n FROM live_session WHERE chat_locked`);
const reported = countSnapshot(`SELECT count(*) AS n FROM live_chat_report`);
const reportsLog = countSnapshot(`SELECT count(*) AS n FROM live_event`);

export const LIVE_CHAT_EVENT_CASES: EventCases<keyof LiveChatClientEvents> = {
  'chat:send': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await messages.take(t);
      return {
        payload: { sessionId, text: '  Hei kaikki  ' },
        ack: { ok: true, message: expect.objectContaining({ text: 'Hei kaikki', role: 'host', deleted: false }) },
      };
    },
    invalid: { payload: { sessionId: 'nope', text: '   ' }, fields: ['sessionId', 'text'] },
    unchanged: messages.unchanged,
  },
  'chat:history': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await historyLog.take(t);
      return { payload: { sessionId }, ack: { ok: true, messages: [], more: false, locked: false } };
    },
    invalid: { payload: { sessionId: 'nope', beforeSeq: 0 }, fields: ['sessionId', 'beforeSeq'] },
    unchanged: historyLog.unchanged,
  },
  'chat:delete': {
    valid: async (t, userId, socket) => {
      const { sessionId, messageId } = await hostedWithMessage(t, userId, socket);
      await deleted.take(t);
      return { payload: { sessionId, messageId }, ack: { ok: true } };
    },
    invalid: { payload: { sessionId: 'nope', messageId: 'x' }, fields: ['sessionId', 'messageId'] },
    unchanged: deleted.unchanged,
  },
  'chat:lock': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await locked.take(t);
      return { payload: { sessionId, locked: true }, ack: { ok: true } };
    },
    invalid: { payload: { sessionId: 'nope', locked: 'yes' }, fields: ['sessionId', 'locked'] },
    unchanged: locked.unchanged,
  },
  'chat:report': {
    valid: async (t, userId, socket) => {
      const { sessionId, messageId } = await hostedWithMessage(t, userId, socket);
      await reported.take(t);
      return { payload: { sessionId, messageId }, ack: { ok: true } };
    },
    invalid: { payload: { sessionId: 'nope', messageId: 7 }, fields: ['sessionId', 'messageId'] },
    unchanged: reported.unchanged,
  },
  'chat:reports': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await reportsLog.take(t);
      return { payload: { sessionId }, ack: { ok: true, reports: [] } };
    },
    invalid: BAD_SESSION,
    unchanged: reportsLog.unchanged,
  },
};
