import { CLIENT_TO_SERVER_EVENT_NAMES, type ClientToServerEventName } from '@kotopaikka/contracts';

import { EXCEPTION_FILTERS_METADATA, GUARDS_METADATA, PIPES_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { GATEWAY_METADATA, MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import type { Socket } from 'socket.io-client';

import { LIVE_BOARD_EVENT_CASES } from '../../live/board/board.event-cases.test-support';
import { LIVE_BREAKOUTS_EVENT_CASES } from '../../live/breakouts/breakouts.event-cases.test-support';
import { LIVE_CHAT_EVENT_CASES } from '../../live/chat/chat.event-cases.test-support';
import { LIVE_HANDS_EVENT_CASES } from '../../live/hands/hands.event-cases.test-support';
import { LIVE_NOTES_EVENT_CASES } from '../../live/notes/notes.event-cases.test-support';
import { LIVE_POLLS_EVENT_CASES } from '../../live/polls/polls.event-cases.test-support';
import { LIVE_ROOM_EVENT_CASES } from '../../live/room/live-room.event-cases.test-support';
import { createUser } from '../../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../../testing/live-client';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { NotificationService } from '../notifications/notification.service';
import type { EventCases } from './event-cases.test-support';
import { SocketExceptionFilter } from './socket-exception.filter';
import { SOCKET_PUBLIC } from './socket-handlers';
import { SocketValidationPipe } from './socket-validation.pipe';

interface SocketHandler {
  gateway: string;
  method: string;
  event: string;
  guarded: boolean;
  public: boolean;
  sharedHandling: boolean;
}

/** Every @SubscribeMessage handler of every gateway in the application, with what protects it. */
function socketHandlers(t: TestApp): SocketHandler[] {
  const scanner = new MetadataScanner();
  const handlers: SocketHandler[] = [];
  for (const wrapper of t.app.get(DiscoveryService).getProviders()) {
    const type = wrapper.metatype as (new (...args: never[]) => object) | null | undefined;
    if (!type || !wrapper.instance || !Reflect.getMetadata(GATEWAY_METADATA, type)) continue;
    const proto = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
    const classGuards: unknown[] = Reflect.getMetadata(GUARDS_METADATA, type) ?? [];
    const filters: unknown[] = Reflect.getMetadata(EXCEPTION_FILTERS_METADATA, type) ?? [];
    const pipes: unknown[] = Reflect.getMetadata(PIPES_METADATA, type) ?? [];
    for (const method of scanner.getAllMethodNames(proto)) {
      const fn = proto[method] as object;
      if (!Reflect.getMetadata(MESSAGE_MAPPING_METADATA, fn)) continue;
      const methodGuards: unknown[] = Reflect.getMetadata(GUARDS_METADATA, fn) ?? [];
      handlers.push({
        gateway: type.name,
        method,
        event: String(Reflect.getMetadata(MESSAGE_METADATA, fn)),
        guarded: classGuards.length + methodGuards.length > 0,
        public: Reflect.getMetadata(SOCKET_PUBLIC, fn) === true || Reflect.getMetadata(SOCKET_PUBLIC, type) === true,
        sharedHandling: filters.includes(SocketExceptionFilter) && pipes.includes(SocketValidationPipe),
      });
    }
  }
  return handlers;
}

// One case per client-to-server event: a new event in contracts fails to compile here until it has one.
// Each capability keeps its cases beside its gateway (`*.event-cases.test-support.ts`) and they are joined here.
const EVENT_CASES: EventCases<ClientToServerEventName> = {
  'notification:read': {
    valid: async (t, userId) => {
      const notification = await t.app.get(NotificationService).notify(userId, 'test.case');
      return { payload: { id: notification.id }, ack: { ok: true, unread: 0 } };
    },
    invalid: { payload: { id: 'not-a-uuid', read: true }, fields: ['id', 'read'] },
    unchanged: async (t, userId) => {
      expect(await t.app.get(NotificationService).unreadCount(userId)).toBe(1);
    },
  },
  ...LIVE_ROOM_EVENT_CASES,
  ...LIVE_POLLS_EVENT_CASES,
  ...LIVE_BOARD_EVENT_CASES,
  ...LIVE_BREAKOUTS_EVENT_CASES,
  ...LIVE_NOTES_EVENT_CASES,
  ...LIVE_CHAT_EVENT_CASES,
  ...LIVE_HANDS_EVENT_CASES,
};

async function signedIn(t: TestApp): Promise<{ agent: TestAgent; id: string }> {
  const user = await createUser(t.db);
  const agent = t.agent();
  expect((await agent.login(user.email, user.password)).status).toBe(200);
  return { agent, id: user.id };
}

// Cases are typed per event; sending them in a loop needs the untyped emitter.
function send(socket: LiveTestClient, event: ClientToServerEventName, payload: unknown): Promise<unknown> {
  return (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload);
}

describe('the /live socket: handshake, deny by default, every event', () => {
  let t: TestApp;
  const sockets: LiveTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://kotopaikka.example' } });
  });

  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  afterAll(async () => {
    await t.close();
  });

  const open = (agent?: TestAgent, headers?: Record<string, string>): LiveTestClient => {
    const socket = connectLive(t.baseUrl, agent, headers);
    sockets.push(socket);
    return socket;
  };

  it('guards every socket handler, or marks it public, and gives each the shared pipe and error ack', () => {
    const handlers = socketHandlers(t);
    expect(handlers.length).toBeGreaterThan(0);
    expect(handlers.filter((h) => !h.guarded && !h.public).map((h) => `${h.gateway}.${h.method}`)).toEqual([]);
    expect(handlers.filter((h) => !h.sharedHandling).map((h) => `${h.gateway}.${h.method}`)).toEqual([]);
  });

  it('handles exactly the client-to-server events that contracts lists, each once', () => {
    const events = socketHandlers(t).map((h) => h.event);
    expect([...events].sort()).toEqual([...CLIENT_TO_SERVER_EVENT_NAMES].sort());
  });

  it('accepts a handshake from the configured origin and refuses one from any other, even with a valid session', async () => {
    const { agent } = await signedIn(t);
    await connected(open(agent, { origin: 'https://kotopaikka.example' }));
    await expect(connected(open(agent, { origin: 'https://evil.example' }))).rejects.toMatchObject({
      data: { code: 'forbidden' },
    });
    await expect(connected(open(agent, { origin: 'http://kotopaikka.example' }))).rejects.toMatchObject({
      data: { code: 'forbidden' },
    });
  });

  describe.each(CLIENT_TO_SERVER_EVENT_NAMES)('%s', (event) => {
    const eventCase = EVENT_CASES[event];

    it('cannot be sent without a session: the handshake is refused', async () => {
      await expect(connected(open())).rejects.toMatchObject({ data: { code: 'unauthenticated' } });
      await expect(connected(open(undefined, { cookie: 'kp_session=forged' }))).rejects.toMatchObject({
        data: { code: 'unauthenticated' },
      });
    });

    it('answers a bad payload with an error ack naming the fields, changes nothing and keeps the socket', async () => {
      const { agent, id } = await signedIn(t);
      const socket = open(agent, { origin: 'https://kotopaikka.example' });
      await connected(socket);
      await eventCase.valid(t, id, socket); // state the bad payload must leave alone
      const ack = (await send(socket, event, eventCase.invalid.payload)) as {
        ok: boolean;
        code: string;
        details: { field: string }[] | null;
      };
      expect(ack).toMatchObject({ ok: false, code: 'validation_failed' });
      expect(ack.details?.map((d) => d.field).sort()).toEqual([...eventCase.invalid.fields].sort());
      expect(await send(socket, event, 'not an object')).toMatchObject({
        ok: false,
        code: 'validation_failed',
        details: [{ field: 'payload' }],
      });
      await eventCase.unchanged(t, id);
      expect(socket.connected).toBe(true);
    });

    it('refuses text the database could not store in any field (NUL, a lone surrogate), naming the field', async () => {
      const { agent } = await signedIn(t);
      const socket = open(agent);
      await connected(socket);
      const ack = (await send(socket, event, { text: 'a\u0000b', nested: { note: 'x\ud800' } })) as {
        ok: boolean;
        code: string;
        details: { field: string; problems: string[] }[] | null;
      };
      expect(ack).toMatchObject({ ok: false, code: 'validation_failed' });
      expect(ack.details).toEqual([
        { field: 'text', problems: ['must not contain the NUL character (U+0000)'] },
        { field: 'nested.note', problems: ['must be well-formed Unicode (no lone surrogate)'] },
      ]);
      expect(socket.connected).toBe(true);
    });

    it('acknowledges a valid payload', async () => {
      const { agent, id } = await signedIn(t);
      const socket = open(agent);
      await connected(socket);
      const { payload, ack } = await eventCase.valid(t, id, socket);
      expect(await send(socket, event, payload)).toEqual(ack);
    });
  });
});
