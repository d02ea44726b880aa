import type { Socket } from 'socket.io-client';

import { signedIn } from '../../accounts/users/people.test-support';
import { waitFor } from '../../testing/eventually';
import { connected, connectLive, type LiveTestClient } from '../../testing/live-client';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';
import { NotesTestClient } from './notes-client.test-support';
import { NOTES_COMPACT_AFTER_ROWS, NotesStore } from './notes-store.service';

function send(socket: LiveTestClient, event: string, payload: unknown): Promise<unknown> {
  return (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload);
}

// Nothing of the notes lives in one process: the same behaviour on two nodes sharing PostgreSQL and Redis, and on one node without Redis.
describe('the shared notes across two API nodes on one PostgreSQL and Redis', () => {
  let a: TestApp;
  let b: TestApp;
  const sockets: LiveTestClient[] = [];

  beforeAll(async () => {
    a = await startTestApp({ env: { REDIS_PREFIX: `kp-test-notes-${Date.now()}` } });
    b = await startTestApp({ database: a.database, env: { REDIS_PREFIX: a.config.redisPrefix } });
  });

  afterAll(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await b.close();
    await a.close();
  });

  async function joinedOn(node: TestApp, agent: TestAgent, sessionId: string): Promise<LiveTestClient> {
    const socket = connectLive(node.baseUrl, agent);
    sockets.push(socket);
    await connected(socket);
    expect(await send(socket, 'live:join', { sessionId })).toMatchObject({ ok: true });
    return socket;
  }

  it('relays edits between nodes, and either node syncs a newcomer from what is stored', async () => {
    const host = await signedIn(a);
    const other = await signedIn(a);
    const sessionId = await createLiveSession(a.db, { hostIds: [host.id], invitedUserIds: [other.id] });
    const onA = new NotesTestClient(await joinedOn(a, host.agent, sessionId), sessionId);
    const onB = new NotesTestClient(await joinedOn(b, other.agent, sessionId), sessionId);
    await Promise.all([onA.connect(), onB.connect()]);

    for (let i = 0; i < 5; i++) {
      onA.insert(0, `A${i} `);
      onB.insert(onB.text.length, `B${i} `);
    }
    await Promise.all([onA.settled(), onB.settled()]);
    await waitFor(() => onA.text === onB.text && onA.text.length === 30, { what: 'both nodes’ editors converged' });

    for (const [node, agent] of [
      [a, other.agent],
      [b, host.agent],
    ] as const) {
      const newcomer = new NotesTestClient(await joinedOn(node, agent, sessionId), sessionId);
      await newcomer.connect();
      expect(newcomer.text).toBe(onA.text);
    }
    expect((await b.app.get(NotesStore).text({ sessionId, groupId: null })).text).toBe(onA.text);
  });
});

describe('the shared notes on a single node (BullMQ on PostgreSQL, in-memory adapter)', () => {
  let t: TestApp;
  const sockets: LiveTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApp({ redis: false });
  });

  afterAll(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  it('stores, relays and compacts on demand as in scaled mode', async () => {
    const host = await signedIn(t);
    const other = await signedIn(t);
    const sessionId = await createLiveSession(t.db, { hostIds: [host.id], invitedUserIds: [other.id] });
    const editors: NotesTestClient[] = [];
    for (const person of [host, other]) {
      const socket = connectLive(t.baseUrl, person.agent);
      sockets.push(socket);
      await connected(socket);
      expect(await send(socket, 'live:join', { sessionId })).toMatchObject({ ok: true });
      editors.push(new NotesTestClient(socket, sessionId));
    }
    const [x, y] = editors;
    await Promise.all([x.connect(), y.connect()]);
    for (let i = 0; i < NOTES_COMPACT_AFTER_ROWS; i++) {
      x.insert(x.text.length, `${i} `);
      await x.settled();
    }
    await waitFor(() => y.text === x.text, { what: 'relayed on the in-memory adapter' });
    await waitFor(
      async () => {
        const r: { n: number }[] = await t.db.query(
          `SELECT count(*)::int AS n FROM live_note_update WHERE session_id = $1`,
          [sessionId],
        );
        return r[0].n < NOTES_COMPACT_AFTER_ROWS;
      },
      { what: 'compacted on demand' },
    );
    expect((await t.app.get(NotesStore).text({ sessionId, groupId: null })).text).toBe(x.text);
  });
});
