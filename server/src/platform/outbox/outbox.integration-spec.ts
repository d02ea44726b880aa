import { createUser } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { QueueFactory } from '../queue/queue.factory';
import { QUEUE_NAMES } from '../queue/queue-names';
import { OutboxService } from './outbox.service';
import { OutboxRelay } from './outbox-relay.service';

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface OutboxState {
  run_at: Date | null;
  dispatched_at: Date | null;
  mails: number;
}

describe('outbox: delayed jobs written with the change that causes them', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const state = async (id: string): Promise<OutboxState> =>
    (
      await t.db.query(
        `SELECT run_at, dispatched_at, (SELECT count(*)::int FROM mail_message WHERE outbox_id = o.id) AS mails FROM outbox_message o WHERE id = $1`,
        [id],
      )
    )[0];

  it('runs a job with a future run_at not before it, then once, however often the relay runs', async () => {
    const user = await createUser(t.db);
    const relay = t.app.get(OutboxRelay);
    const id = await t.db.transaction((m) =>
      t.app
        .get(OutboxService)
        .add(
          m,
          QUEUE_NAMES.mail,
          'account_deactivated',
          { template: 'account_deactivated', category: 'account', userId: user.id, params: {} },
          { delayMs: 3000 },
        ),
    );
    const written = await state(id);
    expect(written.run_at).not.toBeNull();

    // Before run_at: neither this relay nor the background one (every 500 ms) hands it to the queue.
    await Promise.all([relay.relayOnce(), relay.relayOnce()]);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await state(id)).toMatchObject({ dispatched_at: null, mails: 0 });
    expect(await t.app.get(QueueFactory).queue(QUEUE_NAMES.mail).getJob(id)).toBeUndefined();

    // After run_at: run, once.
    const done = await waitFor(async () => {
      const s = await state(id);
      return s.mails > 0 ? s : null;
    });
    expect(done.dispatched_at?.getTime()).toBeGreaterThanOrEqual(written.run_at?.getTime() ?? Infinity);
    await waitFor(
      async () => (await t.app.get(QueueFactory).queue(QUEUE_NAMES.mail).getJob(id))?.returnvalue === 'recorded',
    );

    // Relayed again (a crash before the row was marked), by two relays at once: the job id is the row id, so the
    // completed job stands and nothing runs again (a second run would answer "duplicate").
    await t.db.query(`UPDATE outbox_message SET dispatched_at = NULL WHERE id = $1`, [id]);
    await Promise.all([relay.relayOnce(), relay.relayOnce()]);
    await waitFor(async () => (await state(id)).dispatched_at !== null);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await state(id)).mails).toBe(1);
    expect((await t.app.get(QueueFactory).queue(QUEUE_NAMES.mail).getJob(id))?.returnvalue).toBe('recorded');
  });

  it('relays a job without run_at at once, and an explicit runAt in the past too', async () => {
    const user = await createUser(t.db);
    const outbox = t.app.get(OutboxService);
    const payload = { template: 'account_deactivated', category: 'account', userId: user.id, params: {} } as const;
    const [now, past] = await t.db.transaction(async (m) => [
      await outbox.add(m, QUEUE_NAMES.mail, 'account_deactivated', payload),
      await outbox.add(m, QUEUE_NAMES.mail, 'account_deactivated', payload, { runAt: new Date(Date.now() - 60_000) }),
    ]);
    expect((await state(now)).run_at).toBeNull();
    await waitFor(async () => (await state(now)).mails === 1 && (await state(past)).mails === 1);
  });
});
