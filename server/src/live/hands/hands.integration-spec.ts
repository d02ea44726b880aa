import type { LiveHand, LiveRoomEvent } from '@kotopaikka/contracts';

import type { Socket } from 'socket.io-client';

import { waitFor } from '../../testing/eventually';
import { createUser } from '../../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../../testing/live-client';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';

type Ack = { ok: boolean; code?: string; hands?: LiveHand[] } & Record<string, unknown>;

function send(socket: LiveTestClient, event: string, payload: unknown): Promise<Ack> {
  return (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload) as Promise<Ack>;
}

describe('raise hand', () => {
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

  async function person(displayName: string): Promise<{ agent: TestAgent; id: string }> {
    const user = await createUser(t.db, { displayName });
    const agent = t.agent();
    expect((await agent.login(user.email, user.password)).status).toBe(200);
    return { agent, id: user.id };
  }

  async function joined(agent: TestAgent, sessionId: string): Promise<{ socket: LiveTestClient; id: string }> {
    const socket = connectLive(t.baseUrl, agent);
    sockets.push(socket);
    await connected(socket);
    const ack = await send(socket, 'live:join', { sessionId });
    expect(ack.ok).toBe(true);
    return { socket, id: (ack['me'] as { id: string }).id };
  }

  it('keeps an ordered queue in the database; participants lower their own, hosts anyone’s', async () => {
    const [hostP, aliP, bertaP] = [await person('Host'), await person('Ali'), await person('Berta')];
    const sessionId = await createLiveSession(t.db, { hostIds: [hostP.id], invitedUserIds: [aliP.id, bertaP.id] });
    const host = await joined(hostP.agent, sessionId);
    const events: LiveRoomEvent[] = [];
    host.socket.on('live:event', (e) => events.push(e));
    const ali = await joined(aliP.agent, sessionId);
    const berta = await joined(bertaP.agent, sessionId);

    expect((await send(ali.socket, 'hand:raise', { sessionId })).hands?.map((h) => h.name)).toEqual(['Ali']);
    expect((await send(berta.socket, 'hand:raise', { sessionId })).hands?.map((h) => h.name)).toEqual(['Ali', 'Berta']);
    // Raising again (another tab, a double click) keeps the first place and appends nothing.
    const again = await joined(aliP.agent, sessionId);
    expect((await send(again.socket, 'hand:raise', { sessionId })).hands?.map((h) => h.name)).toEqual(['Ali', 'Berta']);
    const stored: { participant_id: string }[] = await t.db.query(
      `SELECT participant_id FROM live_hand WHERE session_id = $1 ORDER BY raised_seq`,
      [sessionId],
    );
    expect(stored.map((r) => r.participant_id)).toEqual([ali.id, berta.id]);
    // A late joiner asks for the queue.
    expect(await send(host.socket, 'hand:list', { sessionId })).toMatchObject({
      ok: true,
      hands: [
        { participantId: ali.id, name: 'Ali', role: 'participant' },
        { participantId: berta.id, name: 'Berta', role: 'participant' },
      ],
    });

    expect(await send(berta.socket, 'hand:lower', { sessionId, participantId: ali.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect((await send(host.socket, 'hand:lower', { sessionId, participantId: ali.id })).hands).toEqual([
      expect.objectContaining({ participantId: berta.id }),
    ]);
    expect((await send(berta.socket, 'hand:lower', { sessionId, participantId: berta.id })).hands).toEqual([]);
    // Lowering a hand that is down changes nothing.
    expect(await send(berta.socket, 'hand:lower', { sessionId })).toEqual({ ok: true, hands: [] });

    await waitFor(() => events.filter((e) => e.type.startsWith('hand.')).length === 4);
    const hands = events.filter((e) => e.type.startsWith('hand.'));
    expect(hands.map((e) => [e.type, e.data])).toEqual([
      ['hand.raised', { participantId: ali.id, name: 'Ali', role: 'participant' }],
      ['hand.raised', { participantId: berta.id, name: 'Berta', role: 'participant' }],
      ['hand.lowered', { participantId: ali.id, by: host.id }],
      ['hand.lowered', { participantId: berta.id, by: berta.id }],
    ]);
    expect(hands.map((e) => e.seq)).toEqual([...hands.map((e) => e.seq)].sort((a, b) => a - b));
  });

  it('orders hands raised at once by the room’s event order, one each', async () => {
    const hostP = await person('Host');
    const people = await Promise.all(['A', 'B', 'C', 'D', 'E'].map((n) => person(n)));
    const sessionId = await createLiveSession(t.db, { hostIds: [hostP.id], invitedUserIds: people.map((p) => p.id) });
    const host = await joined(hostP.agent, sessionId);
    const events: LiveRoomEvent[] = [];
    host.socket.on('live:event', (e) => events.push(e));
    const members = await Promise.all(people.map((p) => joined(p.agent, sessionId)));
    await Promise.all(members.map((m) => send(m.socket, 'hand:raise', { sessionId })));
    const queue = (await send(host.socket, 'hand:list', { sessionId })).hands ?? [];
    expect(new Set(queue.map((h) => h.participantId)).size).toBe(5);
    await waitFor(() => events.filter((e) => e.type === 'hand.raised').length === 5);
    expect(queue.map((h) => h.participantId)).toEqual(
      events.filter((e) => e.type === 'hand.raised').map((e) => (e.data as { participantId: string }).participantId),
    );
  });
});
