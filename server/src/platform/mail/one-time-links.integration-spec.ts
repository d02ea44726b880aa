import type { MailLogDetail } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

import { signedIn, tokenFromMail } from '../../accounts/users/people.test-support';
import { RedactSentOneTimeLinks1795837000000 } from '../../database/migrations/1795837000000-redact-sent-one-time-links';
import { createUser } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { QueueFactory } from '../queue/queue.factory';
import { QUEUE_NAMES } from '../queue/queue-names';

async function eventually<T>(probe: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every table of every schema (the platform's, and BullMQ's own in single-node mode) whose rows hold this text. */
async function tablesHolding(db: DataSource, text: string): Promise<string[]> {
  const tables: { name: string }[] = await db.query(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const holding: string[] = [];
  for (const { name } of tables) {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM ${name} t WHERE strpos(t::text, $1) > 0`,
      [text],
    );
    if (n > 0) holding.push(name);
  }
  return holding;
}

async function delivered(t: TestApp, userId: string, template: string): Promise<{ id: string; outbox_id: string }> {
  return eventually(async () => {
    const rows: { id: string; outbox_id: string }[] = await t.db.query(
      `SELECT m.id, m.outbox_id FROM mail_message m JOIN outbox_message o ON o.id = m.outbox_id WHERE m.user_id = $1 AND o.job_name = $2`,
      [userId, template],
    );
    return rows[0];
  });
}

describe.each([
  ['single node (jobs in PostgreSQL)', false],
  ['scaled (jobs in Redis)', true],
])('one-time links at rest, %s', (_mode, redis) => {
  let t: TestApp;
  let admin: TestAgent;

  beforeAll(async () => {
    t = await startTestApp({ redis, env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    ({ agent: admin } = await signedIn(t, { role: 'admin' }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('after a reset link is delivered no table holds its token, the mail log shows it as …, and the link still works', async () => {
    const user = await createUser(t.db);
    expect((await t.agent().post('/api/auth/password/forgot', { email: user.email })).status).toBe(202);
    const mail = await delivered(t, user.id, 'password_reset');
    const token = await tokenFromMail(t.db, user.id, 'password_reset');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect(await eventually(async () => ((await tablesHolding(t.db, token)).length === 0 ? 'none' : null))).toBe(
      'none',
    );
    const job = await t.app.get(QueueFactory).queue(QUEUE_NAMES.mail).getJob(mail.outbox_id);
    expect(JSON.stringify(job?.data ?? {})).not.toContain(token);
    const logged = await admin.get<MailLogDetail>(`/api/mail-log/${mail.id}`);
    expect(logged.body.htmlBody).toContain(`${t.config.publicUrl}/reset-password/…`);
    expect(logged.body.htmlBody).not.toContain(token);

    const reset = await t.agent().post('/api/auth/password/reset', { token, password: 'Uusi-Salasana-2026-kevat' });
    expect(reset.status).toBe(200);
  });

  it('after an invitation is delivered no table holds its token', async () => {
    const invited = await admin.post<{ id: string }>('/api/invitations', {
      email: `kutsuttu-${Date.now()}@example.test`,
      displayName: 'Kutsuttu',
      role: 'member',
      audience: 'other',
      municipalityId: (
        (await t.db.query(`SELECT id FROM municipality WHERE name = 'Äänekoski'`)) as { id: string }[]
      )[0].id,
    });
    expect(invited.status).toBe(201);
    const [{ id: userId }]: { id: string }[] = await t.db.query(
      `SELECT id FROM app_user WHERE display_name = 'Kutsuttu'`,
    );
    await delivered(t, userId, 'invitation');
    const token = await tokenFromMail(t.db, userId, 'invitation');
    expect(await eventually(async () => ((await tablesHolding(t.db, token)).length === 0 ? 'none' : null))).toBe(
      'none',
    );
    expect((await t.agent().get(`/api/invitations/token/${token}`)).status).toBe(200);
  });

  it('redacts the links of mail sent before this release, and leaves course links and undelivered mail alone', async () => {
    const user = await createUser(t.db);
    const token = 'b2xkLXVzYWJsZS10b2tlbi1mcm9tLWJlZm9yZS0xMjM0NTY';
    const fresh = 'ZnJlc2gtdW5kZWxpdmVyZWQtdG9rZW4tMTIzNDU2Nzg5MA';
    const insertOutbox = async (jobName: string, link: string): Promise<string> =>
      (
        (await t.db.query(
          `INSERT INTO outbox_message (queue, job_name, payload, dispatched_at) VALUES ('mail', $1, $2::jsonb, now()) RETURNING id`,
          [jobName, JSON.stringify({ template: jobName, category: 'account', userId: user.id, params: { link } })],
        )) as { id: string }[]
      )[0].id;
    const sent = await insertOutbox('password_reset', `${t.config.publicUrl}/reset-password/${token}`);
    const pending = await insertOutbox('invitation', `${t.config.publicUrl}/invitation/${fresh}`);
    const course = await insertOutbox('course_stalled', `${t.config.publicUrl}/learn/abcdefghijklmnopqrstuvwxyz`);
    await t.db.query(
      `INSERT INTO mail_message (outbox_id, user_id, to_address, subject, category, text_body, html_body, transport)
       VALUES ($1, $2, 'x@example.test', 's', 'account', $3, $4, 'log')`,
      [
        sent,
        user.id,
        `Aseta: ${t.config.publicUrl}/reset-password/${token}`,
        `<a href="${t.config.publicUrl}/reset-password/${token}">x</a>`,
      ],
    );
    await new RedactSentOneTimeLinks1795837000000().up(t.db.createQueryRunner());
    expect(await tablesHolding(t.db, token)).toEqual([]);
    const links: { id: string; link: string }[] = await t.db.query(
      `SELECT id, payload #>> '{params,link}' AS link FROM outbox_message WHERE id = ANY($1::uuid[])`,
      [[sent, pending, course]],
    );
    expect(Object.fromEntries(links.map((l) => [l.id, l.link]))).toEqual({
      [sent]: `${t.config.publicUrl}/reset-password/…`,
      [pending]: `${t.config.publicUrl}/invitation/${fresh}`,
      [course]: `${t.config.publicUrl}/learn/abcdefghijklmnopqrstuvwxyz`,
    });
    const [row]: { text_body: string }[] = await t.db.query(`SELECT text_body FROM mail_message WHERE outbox_id = $1`, [
      sent,
    ]);
    expect(row.text_body).toBe(`Aseta: ${t.config.publicUrl}/reset-password/…`);
  });
});
