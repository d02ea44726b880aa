import type { Socket } from 'socket.io-client';

import { createUser } from '../../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../../testing/live-client';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';

function send(socket: LiveTestClient, event: string, payload: unknown): Promise<unknown> {
  return (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload);
}

describe('the live room kernel', () => {
  let t: TestApp;
  const sockets: LiveTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  afterAll(async () => {
    await t.close();
  });

  async function person(): Promise<{ agent: TestAgent; id: string }> {
    const user = await createUser(t.db);
    const agent = t.agent();
    expect((await agent.login(user.email, user.password)).status).toBe(200);
    return { agent, id: user.id };
  }

  async function open(agent: TestAgent): Promise<LiveTestClient> {
    const socket = connectLive(t.baseUrl, agent);
    sockets.push(socket);
    await connected(socket);
    return socket;
  }

  it('admits a host and an invitee, counts two tabs as one participant, and replays what a rejoin missed', async () => {
    const host = await person();
    const guest = await person();
    const stranger = await person();
    const sessionId = await createLiveSession(t.db, { hostIds: [host.id], invitedUserIds: [guest.id] });

    const h = await open(host.agent);
    expect(await send(h, 'live:join', { sessionId })).toMatchObject({ ok: true, me: { role: 'host' }, lastSeq: 1 });

    const g1 = await open(guest.agent);
    const joined = (await send(g1, 'live:join', { sessionId, afterSeq: 0 })) as {
      ok: true;
      me: { id: string };
      present: unknown[];
      events: { seq: number; type: string }[];
    };
    expect(joined.present).toHaveLength(2);
    expect(joined.events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'presence.joined'],
      [2, 'presence.joined'],
    ]);
    const g2 = await open(guest.agent);
    expect(await send(g2, 'live:join', { sessionId })).toMatchObject({ ok: true, me: { id: joined.me.id } });
    expect(await send(g2, 'live:replay', { sessionId, afterSeq: 2 })).toEqual({ ok: true, events: [], more: false });

    const s = await open(stranger.agent);
    expect(await send(s, 'live:join', { sessionId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await send(s, 'live:replay', { sessionId, afterSeq: 0 })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await send(g1, 'live:start', { sessionId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await send(h, 'live:start', { sessionId })).toEqual({ ok: true });
    expect(await send(h, 'live:join', { sessionId: 'nope' })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'sessionId' }],
    });

    expect(await send(h, 'live:remove', { sessionId, participantId: joined.me.id })).toEqual({ ok: true });
    const again = await open(guest.agent);
    expect(await send(again, 'live:join', { sessionId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(h.connected && g1.connected).toBe(true);
  });
});
