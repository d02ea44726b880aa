import type { HealthResponse } from '@kotopaikka/contracts';

import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';

import { waitFor } from '../../testing/eventually';
import { createUser } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';

const METRICS_TOKEN = 'metrics-token-for-recovery-tests-0123';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Our own redis-server, so killing it disturbs no other test. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** A TCP relay in front of PostgreSQL: closing it makes the database unreachable for this app only. */
class DatabaseRelay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly upstream: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.upstream.port, this.upstream.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

const eventually = (probe: () => Promise<boolean>): Promise<true> =>
  waitFor(probe, { timeoutMs: 20_000, intervalMs: 250, what: 'recovery' });

describe('a dependency that goes away and comes back', () => {
  let redisPort: number;
  let redis: ChildProcess;
  let relay: DatabaseRelay;
  let database: TestDatabase;
  let t: TestApp;
  let member: TestAgent;

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    database = await createTestDatabase();
    const real = new URL(database.url);
    relay = new DatabaseRelay(await freePort(), { host: real.hostname, port: Number(real.port || 5432) });
    await relay.open();
    const relayed = new URL(database.url);
    relayed.hostname = '127.0.0.1';
    relayed.port = String(relay.port);
    t = await startTestApp({
      database: { url: relayed.toString(), drop: () => Promise.resolve() },
      env: { REDIS_URL: `redis://127.0.0.1:${redisPort}`, METRICS_TOKEN },
    });
    const user = await createUser(t.db);
    member = t.agent();
    expect((await member.login(user.email, user.password)).status).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
    await relay?.close();
    if (redis) await stopRedis(redis);
    await database?.drop();
  });

  it('reports Redis down with 503 while it is away, keeps other routes free of 500s, and recovers by itself', async () => {
    expect((await t.agent().get('/api/health')).status).toBe(200);

    await stopRedis(redis);
    const down = await t.agent().get<HealthResponse>('/api/health');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'error', checks: { database: 'up', redis: 'down' } });
    const others = await Promise.all([
      member.get('/api/notifications'),
      member.get('/api/me/email-preferences'),
      t.agent().request('GET', '/api/metrics', undefined, { authorization: `Bearer ${METRICS_TOKEN}` }),
    ]);
    for (const res of others) expect(res.status).toBeLessThan(500);

    redis = await startRedis(redisPort);
    await eventually(async () => (await t.agent().get('/api/health')).status === 200);
    expect((await t.agent().get<HealthResponse>('/api/health')).body.checks).toEqual({ database: 'up', redis: 'up' });
  });

  it('answers 503 service_unavailable (not 500) while the database is unreachable, and recovers', async () => {
    await relay.close();
    const health = await t.agent().get<HealthResponse>('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.checks.database).toBe('down');
    const res = await member.get<{ code: string }>('/api/notifications');
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('service_unavailable');

    await relay.open();
    await eventually(async () => (await member.get('/api/notifications')).status === 200);
    expect((await t.agent().get('/api/health')).status).toBe(200);
  });
});
