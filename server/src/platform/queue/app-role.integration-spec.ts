import type { INestApplicationContext } from '@nestjs/common';

import { loadConfig } from '../../config/config';
import { createUser } from '../../testing/fixtures';
import { connected, connectLive } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createWorkerApp } from '../../worker';
import { createRootLogger } from '../logging/logger';
import { MailService } from '../mail/mail.service';
import { NotificationService } from '../notifications/notification.service';

async function waitFor(probe: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A worker node (APP_ROLE=worker, no HTTP listener) on the API node's database and Redis prefix. */
async function startWorkerNode(api: TestApp): Promise<INestApplicationContext> {
  const config = loadConfig({
    NODE_ENV: 'test',
    APP_ROLE: 'worker',
    DATABASE_URL: api.database.url,
    REDIS_URL: api.config.redisUrl ?? '',
    REDIS_PREFIX: api.config.redisPrefix,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent',
  });
  return createWorkerApp({ config, databaseUrl: api.database.url }, createRootLogger(config));
}

describe('APP_ROLE: API nodes and worker nodes (scaled mode)', () => {
  let api: TestApp;
  let workers: INestApplicationContext[] = [];

  beforeAll(async () => {
    api = await startTestApp({ env: { APP_ROLE: 'api' } });
  });

  afterAll(async () => {
    for (const w of workers) await w.close();
    await api.close();
  });

  it('an API node only records jobs; worker nodes relay and run each exactly once', async () => {
    const users = await Promise.all(Array.from({ length: 12 }, () => createUser(api.db)));
    const mail = api.app.get(MailService);
    await api.db.transaction(async (m) => {
      for (const u of users)
        await mail.queue(m, { template: 'account_deactivated', category: 'account', userId: u.id, params: {} });
    });
    await new Promise((r) => setTimeout(r, 1200));
    const [pending] = await api.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE dispatched_at IS NULL`);
    expect(pending.n).toBe(12);

    // Two worker nodes compete for the same outbox rows and queue.
    workers = [await startWorkerNode(api), await startWorkerNode(api)];
    await waitFor(async () => (await api.db.query(`SELECT count(*)::int AS n FROM mail_message`))[0].n === 12);
    await new Promise((r) => setTimeout(r, 1000));
    const [sent] = await api.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT user_id)::int AS people FROM mail_message`,
    );
    expect(sent).toEqual({ n: 12, people: 12 });
    const [left] = await api.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE dispatched_at IS NULL`);
    expect(left.n).toBe(0);
  });

  it('a worker node pushes a notification to a socket connected to an API node', async () => {
    const user = await createUser(api.db);
    const agent = api.agent();
    expect((await agent.login(user.email, user.password)).status).toBe(200);
    const socket = connectLive(api.baseUrl, agent);
    try {
      await connected(socket);
      const arriving = new Promise<string>((resolve) => socket.once('notification:new', (n) => resolve(n.kind)));
      const worker = workers[0] ?? (workers = [await startWorkerNode(api)])[0];
      await worker.get(NotificationService).notify(user.id, 'test.from-worker');
      expect(await arriving).toBe('test.from-worker');
    } finally {
      socket.disconnect();
    }
  });
});
