import type { LiveNotesClientEvents } from '@kotopaikka/contracts';

import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

import type { EventCases } from '../../platform/realtime/event-cases.test-support';
import type { TestApp } from '../../testing/test-app';
import { hostedAndJoined } from '../room/live-room.event-cases.test-support';

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function anEdit(text: string): string {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, text);
  return b64(Y.encodeStateAsUpdate(doc));
}

function aCursor(): string {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name: 'Aino' } });
  const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
  awareness.destroy();
  return b64(update);
}

const EMPTY_DOC = b64(Y.encodeStateAsUpdate(new Y.Doc()));
const EMPTY_STATE_VECTOR = b64(Y.encodeStateVector(new Y.Doc()));

// The valid case joins a fresh session; a refused event must leave its notes without a stored row.
function notesUntouched(): {
  joined(t: TestApp, userId: string, socket: Parameters<typeof hostedAndJoined>[2]): Promise<string>;
  unchanged(t: TestApp): Promise<void>;
} {
  let sessionId = '';
  return {
    joined: async (t, userId, socket) => (sessionId = await hostedAndJoined(t, userId, socket)),
    unchanged: async (t) => {
      const rows: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM live_note_update WHERE session_id = $1`,
        [sessionId],
      );
      if (rows[0].n !== 0) throw new Error(`a refused notes event stored ${rows[0].n} rows`);
    },
  };
}

const sync = notesUntouched();
const update = notesUntouched();
const awareness = notesUntouched();

export const LIVE_NOTES_EVENT_CASES: EventCases<keyof LiveNotesClientEvents> = {
  'notes:sync': {
    valid: async (t, userId, socket) => ({
      payload: { sessionId: await sync.joined(t, userId, socket), stateVector: EMPTY_STATE_VECTOR },
      ack: { ok: true, update: EMPTY_DOC, stateVector: EMPTY_STATE_VECTOR },
    }),
    invalid: {
      payload: { sessionId: 'nope', groupId: 'x', stateVector: '%%%', extra: 1 },
      fields: ['sessionId', 'groupId', 'stateVector', 'extra'],
    },
    unchanged: sync.unchanged,
  },
  'notes:update': {
    valid: async (t, userId, socket) => ({
      payload: { sessionId: await update.joined(t, userId, socket), update: anEdit('Tavoitteet') },
      ack: { ok: true },
    }),
    invalid: {
      payload: { sessionId: 'nope', groupId: 7, update: 'not base64!' },
      fields: ['sessionId', 'groupId', 'update'],
    },
    unchanged: update.unchanged,
  },
  'notes:awareness': {
    valid: async (t, userId, socket) => ({
      payload: { sessionId: await awareness.joined(t, userId, socket), update: aCursor() },
      ack: { ok: true },
    }),
    invalid: { payload: { sessionId: 'nope', update: 42 }, fields: ['sessionId', 'update'] },
    unchanged: awareness.unchanged,
  },
};
