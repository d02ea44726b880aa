import { LIVE_NAMESPACE, type LiveRoomEvent } from '@kotopaikka/contracts';

import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';

import { RealtimeGuests } from '../platform/realtime/realtime-guests';
import { waitFor } from '../testing/eventually';
import { createUser, type TestUserInput } from '../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../testing/live-client';
import type { TestAgent } from '../testing/test-agent';
import type { TestApp } from '../testing/test-app';

/** A room client in a test: its socket and every room event it has received, in order. */
export interface RoomClient {
  socket: LiveTestClient;
  events: LiveRoomEvent[];
  /** Sends an event untyped (bad payloads too) and resolves with the acknowledgement. */
  send<T = Record<string, unknown>>(event: string, payload: unknown): Promise<T & { ok: boolean; code?: string }>;
  /** Waits until an event of `type` (matching `where`) has arrived, and returns it. */
  next<D = Record<string, unknown>>(type: string, where?: (data: D) => boolean): Promise<LiveRoomEvent<string, D>>;
}

function roomClient(socket: LiveTestClient): RoomClient {
  const events: LiveRoomEvent[] = [];
  socket.on('live:event', (e) => events.push(e));
  return {
    socket,
    events,
    send: (event, payload) => (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload),
    next: <D>(type: string, where: (data: D) => boolean = () => true) =>
      waitFor(() => events.find((e) => e.type === type && where(e.data as D)) as LiveRoomEvent<string, D> | undefined, {
        what: `room event ${type}`,
        timeoutMs: 5000,
      }),
  };
}

/** People and guests connected to one test app's `/live`; `closeAll` after each test. */
export class RoomPeople {
  private readonly sockets: Socket[] = [];
  private readonly tokens = new Map<string, { registrationId: string; liveSessionId: string; name: string }>();

  constructor(private readonly t: TestApp) {
    // Guest links of these tests: a token stands for one registration (the registration flow is tested elsewhere).
    t.app.get(RealtimeGuests).register((token) => Promise.resolve(this.tokens.get(token) ?? null));
  }

  async person(input: TestUserInput = {}): Promise<{ agent: TestAgent; id: string }> {
    const user = await createUser(this.t.db, input);
    const agent = this.t.agent();
    const res = await agent.login(user.email, user.password);
    if (res.status !== 200) throw new Error(`login answered ${res.status}`);
    return { agent, id: user.id };
  }

  /** A tab of the person, connected and joined to the session's room. */
  async join(agent: TestAgent, sessionId: string): Promise<RoomClient> {
    const socket = connectLive(this.t.baseUrl, agent);
    this.sockets.push(socket as unknown as Socket);
    await connected(socket as unknown as Socket);
    const client = roomClient(socket);
    const ack = await client.send('live:join', { sessionId });
    if (!ack.ok) throw new Error(`live:join answered ${ack.code}`);
    return client;
  }

  /** A registered guest of the session (no account), joined to its room under the name they gave. */
  async guest(sessionId: string, name: string): Promise<RoomClient> {
    const [reg]: { id: string }[] = await this.t.db.query(
      `INSERT INTO live_registration (session_id, name, email, state, join_token_hash, cancel_token_hash, consented_at)
       VALUES ($1, $2, $3, 'registered', $4, $5, now()) RETURNING id`,
      [sessionId, name, `${randomUUID()}@example.test`, randomUUID(), randomUUID()],
    );
    const token = randomUUID();
    this.tokens.set(token, { registrationId: reg.id, liveSessionId: sessionId, name });
    const socket = io(`${this.t.baseUrl}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { guestToken: token },
    }) as unknown as LiveTestClient;
    this.sockets.push(socket as unknown as Socket);
    await connected(socket as unknown as Socket);
    const client = roomClient(socket);
    const ack = await client.send('live:join', { sessionId });
    if (!ack.ok) throw new Error(`guest live:join answered ${ack.code}`);
    return client;
  }

  closeAll(): void {
    for (const s of this.sockets.splice(0)) s.disconnect();
  }
}
