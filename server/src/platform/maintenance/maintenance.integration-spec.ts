import { createUser } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { QueueFactory } from '../queue/queue.factory';
import { QUEUE_NAMES } from '../queue/queue-names';
import { MAINTENANCE_SCHEDULER_ID, MaintenanceProcessor } from './maintenance.processor';

describe('maintenance: ended sessions and spent tokens are purged', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('is scheduled once as a BullMQ job scheduler', async () => {
    const schedulers = await t.app.get(QueueFactory).queue(QUEUE_NAMES.maintenance).getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual([MAINTENANCE_SCHEDULER_ID]);
  });

  it('deletes idle, expired and orphaned-by-time sessions and old spent tokens, keeping live ones', async () => {
    const user = await createUser(t.db);
    const live = t.agent();
    expect((await live.login(user.email, user.password)).status).toBe(200);
    await t.db.query(
      `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at) VALUES
         ('idle', $1, now() - interval '2 hours', now() + interval '5 hours'),
         ('expired', $1, now(), now() - interval '1 minute')`,
      [user.id],
    );
    await t.db.query(
      `INSERT INTO auth_token (kind, token_hash, user_id, expires_at, used_at) VALUES
         ('password_reset', 'old-used', $1, now() - interval '60 days', now() - interval '60 days'),
         ('password_reset', 'fresh', $1, now() + interval '1 hour', NULL)`,
      [user.id],
    );

    const processor = t.app.get(MaintenanceProcessor);
    expect(await processor.purge()).toEqual({ sessions: 2, tokens: 1 });
    expect(await processor.purge()).toEqual({ sessions: 0, tokens: 0 });

    expect((await live.get('/api/auth/me')).status).toBe(200);
    const tokens: { token_hash: string }[] = await t.db.query(`SELECT token_hash FROM auth_token ORDER BY token_hash`);
    expect(tokens.map((r) => r.token_hash)).toEqual(['fresh']);
  });
});
