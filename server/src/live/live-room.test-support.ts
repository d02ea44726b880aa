import { LIVE_NAMESPACE, type LiveParticipant, type LiveRoomEvent } from '@kotopaikka/contracts';

import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';

import { RealtimeGuests } from '../platform/realtime/realtime-guests';
import { waitFor } from '../testing/eventually';
import { createUser, type TestUserInput } from '../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../testing/live-client';
import type { TestAgent } from '../testing/test-agent';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createLiveSession } from './live.test-support';

/** A room client in a test: its socket and every room event it has received, in order. */
export interface RoomClient {
  socket: LiveTestClient;
  events: LiveRoomEvent[];
  /** Sends an event untyped (bad payloads too) and resolves with the acknowledgement. */
  send<T = Record<string, unknown>>(event: string, payload: unknown): Promise<T & { ok: boolean; code?: string }>;
  /** Waits until an event of `type` (matching `where`) has arrived, and returns it. */
  next<D = Record<string, unknown>>(type: string, where?: (data: D) => boolean): Promise<LiveRoomEvent<string, D>>;
  /** Joins (or rejoins) the room and resolves with who this tab is there; throws when refused. */
  join(sessionId: string): Promise<LiveParticipant>;
}

/** A tab that has joined a room, and who it is there. */
export type JoinedClient = RoomClient & { me: LiveParticipant };

/** A signed-in person and their tab in a room. */
export type RoomMember = JoinedClient & { agent: TestAgent; userId: string };

/** A session with its host and invitees, each joined with one tab. */
export interface LiveRoom {
  sessionId: string;
  host: RoomMember;
  others: RoomMember[];
}

function roomClient(socket: LiveTestClient): RoomClient {
  const events: LiveRoomEvent[] = [];
  socket.on('live:event', (e) => events.push(e));
  const send: RoomClient['send'] = (event, payload) =>
    (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload);
  return {
    socket,
    events,
    send,
    next: <D>(type: string, where: (data: D) => boolean = () => true) =>
      waitFor(() => events.find((e) => e.type === type && where(e.data as D)) as LiveRoomEvent<string, D> | undefined, {
        what: `room event ${type}`,
        timeoutMs: 5000,
      }),
    join: async (sessionId) => {
      const ack = await send<{ me: LiveParticipant }>('live:join', { sessionId });
      if (!ack.ok) throw new Error(`live:join answered ${ack.code}`);
      return ack.me;
    },
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

  /** A tab of the person (or of nobody), connected to `/live` but in no room yet. */
  async open(agent?: TestAgent): Promise<RoomClient> {
    const socket = connectLive(this.t.baseUrl, agent);
    this.sockets.push(socket as unknown as Socket);
    await connected(socket as unknown as Socket);
    return roomClient(socket);
  }

  /** A tab of the person, connected and joined to the session's room. */
  async join(agent: TestAgent, sessionId: string): Promise<JoinedClient> {
    const client = await this.open(agent);
    return Object.assign(client, { me: await client.join(sessionId) });
  }

  /** A new person invited to a session that already exists. */
  async invitee(sessionId: string, input: TestUserInput = {}): Promise<{ agent: TestAgent; id: string }> {
    const person = await this.person(input);
    await this.t.db.query(`INSERT INTO live_session_invitee (session_id, user_id) VALUES ($1, $2)`, [
      sessionId,
      person.id,
    ]);
    return person;
  }

  /**
   * A session hosted by one new person with new people invited (a number: `Osallistuja 0`, `Osallistuja 1`…),
   * everyone joined in turn, the host first.
   */
  async room(
    invitees: number | TestUserInput[] = 1,
    host: TestUserInput = { displayName: 'Hanna Host' },
  ): Promise<LiveRoom> {
    const inputs =
      typeof invitees === 'number'
        ? Array.from({ length: invitees }, (_, i) => ({ displayName: `Osallistuja ${i}` }))
        : invitees;
    const hostPerson = await this.person(host);
    const invited = await Promise.all(inputs.map((input) => this.person(input)));
    const sessionId = await createLiveSession(this.t.db, {
      hostIds: [hostPerson.id],
      invitedUserIds: invited.map((p) => p.id),
    });
    const member = async (p: { agent: TestAgent; id: string }): Promise<RoomMember> =>
      Object.assign(await this.join(p.agent, sessionId), { agent: p.agent, userId: p.id });
    const first = await member(hostPerson);
    const others = [];
    for (const p of invited) others.push(await member(p));
    return { sessionId, host: first, others };
  }

  /** A registered guest of the session (no account), joined to its room under the name they gave. */
  async guest(sessionId: string, name: string): Promise<JoinedClient> {
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
    return Object.assign(client, { me: await client.join(sessionId) });
  }

  closeAll(): void {
    for (const s of this.sockets.splice(0)) s.disconnect();
  }
}

/** What a describe block of room tests shares: its app, and the people in its rooms. */
export interface LiveRoomTest {
  readonly t: TestApp;
  readonly people: RoomPeople;
}

/** Starts a test app before the describe block's tests, closes its sockets after each and the app after all. */
export function liveRoomTest(): LiveRoomTest {
  let t: TestApp | null = null;
  let people: RoomPeople | null = null;
  beforeAll(async () => {
    t = await startTestApp();
    people = new RoomPeople(t);
  });
  afterEach(() => people?.closeAll());
  afterAll(async () => {
    await t?.close();
  });
  const started = <T>(value: T | null): T => {
    if (value === null) throw new Error('the test app is not started yet (use it inside a test)');
    return value;
  };
  return {
    get t() {
      return started(t);
    },
    get people() {
      return started(people);
    },
  };
}
