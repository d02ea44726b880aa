import {
  type AppNotification,
  type NotificationList,
  type ServerToClientEvents,
  type SocketAck,
} from '@kotopaikka/contracts';

import { createUser } from '../../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../../testing/live-client';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { SESSION_CACHE_MS } from '../auth/session.service';
import { NotificationService } from './notification.service';

function next<E extends keyof ServerToClientEvents>(
  socket: LiveTestClient,
  event: E,
  ms = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    socket.once(
      event as never,
      ((payload: never) => {
        clearTimeout(timer);
        resolve(payload);
      }) as never,
    );
  });
}

function readOverSocket(socket: LiveTestClient, payload: unknown): Promise<SocketAck<{ unread: number }>> {
  return new Promise((resolve) => socket.emit('notification:read', payload as { id: string }, resolve));
}

async function signedIn(t: TestApp): Promise<{ agent: TestAgent; id: string }> {
  const user = await createUser(t.db);
  const agent = t.agent();
  expect((await agent.login(user.email, user.password)).status).toBe(200);
  return { agent, id: user.id };
}

describe('notifications over HTTP and the /live socket (scaled mode)', () => {
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

  it('lists newest first in cursor pages with the unread count, and marks read', async () => {
    const { agent, id } = await signedIn(t);
    const other = await signedIn(t);
    const service = t.app.get(NotificationService);
    const created: AppNotification[] = [];
    for (const n of [1, 2, 3]) created.push(await service.notify(id, 'test.kind', { n }, `/somewhere/${n}`));
    const foreign = await service.notify(other.id, 'test.kind');

    const first = await agent.get<NotificationList>('/api/notifications?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((n) => n.params['n'])).toEqual([3, 2]);
    expect(first.body.unread).toBe(3);
    const second = await agent.get<NotificationList>(`/api/notifications?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((n) => n.params['n'])).toEqual([1]);
    expect(second.body.nextCursor).toBeNull();

    expect((await agent.post<{ unread: number }>(`/api/notifications/${created[0].id}/read`)).body).toEqual({
      unread: 2,
    });
    expect((await agent.post(`/api/notifications/${foreign.id}/read`)).status).toBe(404);
    expect((await agent.post(`/api/notifications/not-a-uuid/read`)).status).toBe(400);
    expect((await agent.get('/api/notifications?limit=500')).status).toBe(400);
    expect((await agent.post<{ unread: number }>('/api/notifications/read-all')).body).toEqual({ unread: 0 });
    expect((await other.agent.get<NotificationList>('/api/notifications')).body.unread).toBe(1);
    expect((await t.agent().get('/api/notifications')).status).toBe(401);
  });

  it('refuses a handshake without a valid session', async () => {
    const anonymous = connectLive(t.baseUrl);
    sockets.push(anonymous);
    await expect(connected(anonymous)).rejects.toMatchObject({ data: { code: 'unauthenticated' } });

    const forged = connectLive(t.baseUrl, undefined, { cookie: 'kp_session=forged' });
    sockets.push(forged);
    await expect(connected(forged)).rejects.toMatchObject({ data: { code: 'unauthenticated' } });
  });

  it('pushes a new notification and the unread count to the person, and acknowledges notification:read', async () => {
    const { agent, id } = await signedIn(t);
    const socket = connectLive(t.baseUrl, agent);
    sockets.push(socket);
    await connected(socket);

    const arriving = next(socket, 'notification:new');
    const unread = next(socket, 'notification:unread');
    const created = await t.app
      .get(NotificationService)
      .notify(id, 'test.pushed', { course: 'Perehdytys' }, '/training');
    expect(await arriving).toEqual(created);
    expect(await unread).toEqual({ unread: 1 });

    expect(await readOverSocket(socket, { id: created.id })).toEqual({ ok: true, unread: 0 });
    const bad = await readOverSocket(socket, { id: 'nope', extra: 1 });
    expect(bad).toMatchObject({ ok: false, code: 'validation_failed' });
    expect(bad.ok === false && bad.details?.map((d) => d.field).sort()).toEqual(['extra', 'id']);
    expect(await readOverSocket(socket, 'not an object')).toMatchObject({ ok: false, code: 'validation_failed' });
  });

  it('ends a socket at logout at once, without waiting for its next event', async () => {
    const { agent } = await signedIn(t);
    const socket = connectLive(t.baseUrl, agent);
    sockets.push(socket);
    await connected(socket);
    const ended = next(socket, 'session:ended');
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));

    expect((await agent.post('/api/auth/logout')).status).toBeLessThan(300);
    expect(await ended).toEqual({ reason: 'logout' });
    await disconnected;
  });

  it('ends the sockets of a person an admin deactivates', async () => {
    const { agent, id } = await signedIn(t);
    const admin = await createUser(t.db, { role: 'admin' });
    const adminAgent = t.agent();
    expect((await adminAgent.login(admin.email, admin.password)).status).toBe(200);
    const socket = connectLive(t.baseUrl, agent);
    sockets.push(socket);
    await connected(socket);
    const ended = next(socket, 'session:ended');
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));

    expect((await adminAgent.post(`/api/users/${id}/deactivate`)).status).toBe(200);
    expect(await ended).toEqual({ reason: 'deactivated' });
    await disconnected;
  });

  it('tells a socket whose session ended elsewhere so at its next event, and disconnects it', async () => {
    const { agent } = await signedIn(t);
    const socket = connectLive(t.baseUrl, agent);
    sockets.push(socket);
    await connected(socket);
    // The session disappears without a logout (another node purged it, or it timed out).
    await t.db.query(`DELETE FROM user_session`);

    const started = Date.now();
    const ended = next(socket, 'session:ended');
    const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
    // This node may trust the session it read a moment ago for SESSION_CACHE_MS; events keep coming meanwhile.
    const poke = setInterval(
      () => socket.emit('notification:read', { id: '00000000-0000-4000-8000-000000000000' }, () => undefined),
      200,
    );
    try {
      expect(await ended).toEqual({ reason: 'logout' });
      await disconnected;
    } finally {
      clearInterval(poke);
    }
    expect(Date.now() - started).toBeLessThan(SESSION_CACHE_MS + 1000);
  });

  it('reaches a socket on another node: created via node A, delivered by node B', async () => {
    const nodeB = await startTestApp({ database: t.database, env: { REDIS_PREFIX: t.config.redisPrefix } });
    try {
      const { agent, id } = await signedIn(t);
      const socket = connectLive(nodeB.baseUrl, agent);
      sockets.push(socket);
      await connected(socket);
      const arriving = next(socket, 'notification:new');
      const created = await t.app.get(NotificationService).notify(id, 'test.cross-node');
      expect(await arriving).toEqual(created);
    } finally {
      for (const s of sockets.splice(0)) s.disconnect();
      await nodeB.close();
    }
  });
});

describe('notifications in single-node mode (in-memory adapter)', () => {
  it('pushes to a connected socket', async () => {
    const t = await startTestApp({ redis: false });
    const { agent, id } = await signedIn(t);
    const socket = connectLive(t.baseUrl, agent);
    try {
      await connected(socket);
      const arriving = next(socket, 'notification:new');
      await t.app.get(NotificationService).notify(id, 'test.single');
      expect((await arriving).kind).toBe('test.single');
    } finally {
      socket.disconnect();
      await t.close();
    }
  });
});
