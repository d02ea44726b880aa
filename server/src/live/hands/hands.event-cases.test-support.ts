import type { LiveHandsClientEvents } from '@kotopaikka/contracts';

import type { EventCases } from '../../platform/realtime/event-cases.test-support';
import { countSnapshot } from '../live.test-support';
import { hostedAndJoined } from '../room/live-room.event-cases.test-support';

const BAD_SESSION = { payload: { sessionId: 'nope', extra: 1 }, fields: ['sessionId', 'extra'] };

const raised = countSnapshot(`SELECT count(*) AS n FROM live_hand`);
const lowered = countSnapshot(`SELECT count(*) AS n FROM live_hand`);
const listLog = countSnapshot(`SELECT count(*) AS n FROM live_event`);

export const LIVE_HANDS_EVENT_CASES: EventCases<keyof LiveHandsClientEvents> = {
  'hand:raise': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await raised.take(t);
      return { payload: { sessionId }, ack: { ok: true, hands: [expect.objectContaining({ role: 'host' })] } };
    },
    invalid: BAD_SESSION,
    unchanged: raised.unchanged,
  },
  'hand:lower': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      const up = await socket.timeout(5000).emitWithAck('hand:raise', { sessionId });
      if (!up.ok) throw new Error(`raise failed: ${up.message}`);
      await lowered.take(t);
      return { payload: { sessionId }, ack: { ok: true, hands: [] } };
    },
    invalid: { payload: { sessionId: 'nope', participantId: 'x' }, fields: ['sessionId', 'participantId'] },
    unchanged: lowered.unchanged,
  },
  'hand:list': {
    valid: async (t, userId, socket) => {
      const sessionId = await hostedAndJoined(t, userId, socket);
      await listLog.take(t);
      return { payload: { sessionId }, ack: { ok: true, hands: [] } };
    },
    invalid: BAD_SESSION,
    unchanged: listLog.unchanged,
  },
};
