import type { UnsubscribeStatus } from '@kotopaikka/contracts';

import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

import { queueDrained, waitFor } from '../../testing/eventually';
import { createUser } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { QueueFactory } from '../queue/queue.factory';
import type { QueueJob } from '../queue/queue-jobs';
import { QueueProducer } from '../queue/queue-producer.service';
import { MailProcessor } from './mail.processor';
import { type MailJobPayload, MailService } from './mail.service';

interface Received {
  to: string[];
  raw: string;
  headers: Record<string, string>;
  body: string;
}

/** A real SMTP server in the test process; collects each delivered message. */
async function startSmtp(): Promise<{
  url: string;
  received: Received[];
  refuseNext: Set<string>;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  // Recipients whose next delivery the server refuses with a temporary error (then accepts).
  const refuseNext = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const refused = to.find((a) => refuseNext.delete(a));
        if (refused) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
        const raw = chunks.join('');
        const [head, ...rest] = raw.split(/\r?\n\r?\n/);
        const headers: Record<string, string> = {};
        for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
          const i = line.indexOf(':');
          if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
        }
        // Quoted-printable: drop soft breaks, decode =XX.
        const body = rest
          .join('\n\n')
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, headers, body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function queueMail(t: TestApp, payload: MailJobPayload): Promise<string> {
  const mail = t.app.get(MailService);
  return t.db.transaction((m) => mail.queue(m, payload));
}

async function mailRows(
  t: TestApp,
  outboxId: string,
): Promise<Array<{ transport: string; to_address: string; text_body: string; subject: string }>> {
  return t.db.query(`SELECT transport, to_address, text_body, subject FROM mail_message WHERE outbox_id = $1`, [
    outboxId,
  ]);
}

describe('mail pipeline on Redis with SMTP', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://kotopaikka.example' } });
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers an invitation in the recipient language with the link, the reason and the preferences link', async () => {
    const user = await createUser(t.db, { status: 'invited' });
    await t.db.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [user.id]);
    const link = 'https://kotopaikka.example/invitation/abc123';
    const outboxId = await queueMail(t, {
      template: 'invitation',
      category: 'account',
      userId: user.id,
      params: { link, inviterName: 'Coordinator Cora' },
    });

    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes(user.email)));
    expect(mail.body).toContain(link);
    expect(mail.body).toContain('https://kotopaikka.example/profile#email');
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    expect(mail.raw).toMatch(/text\/html/);
    const rows = await waitFor(async () => ((await mailRows(t, outboxId)).length ? mailRows(t, outboxId) : null));
    expect(rows).toEqual([
      expect.objectContaining({ transport: 'smtp', to_address: user.email, subject: 'Your invitation to Kotopaikka' }),
    ]);
    const [outbox] = await t.db.query(`SELECT dispatched_at FROM outbox_message WHERE id = $1`, [outboxId]);
    expect(outbox.dispatched_at).not.toBeNull();
  });

  it('sends Finnish by default', async () => {
    const user = await createUser(t.db);
    const outboxId = await queueMail(t, {
      template: 'password_reset',
      category: 'account',
      userId: user.id,
      params: { link: 'https://kotopaikka.example/reset/x' },
    });
    await waitFor(() => smtp.received.find((m) => m.to.includes(user.email)));
    // The row commits just after the SMTP server accepted the message.
    const [row] = await waitFor(async () => ((await mailRows(t, outboxId)).length ? mailRows(t, outboxId) : null));
    expect(row.subject).toBe('Kotopaikan salasanan vaihto');
  });

  it('never sends one outbox message twice: relayed again or the job run again', async () => {
    const user = await createUser(t.db);
    const payload: MailJobPayload = {
      template: 'account_deactivated',
      category: 'account',
      userId: user.id,
      params: {},
    };
    const outboxId = await queueMail(t, payload);
    await waitFor(() => smtp.received.find((m) => m.to.includes(user.email)));

    // A second relay of the same row (crash before marking it dispatched) reuses the job id.
    await t.db.query(`UPDATE outbox_message SET dispatched_at = NULL WHERE id = $1`, [outboxId]);
    await waitFor(
      async () =>
        (await t.db.query(`SELECT 1 FROM outbox_message WHERE id = $1 AND dispatched_at IS NOT NULL`, [outboxId]))
          .length > 0,
    );
    await t.app.get(QueueProducer).add('mail', 'account_deactivated', payload, { jobId: outboxId });
    // The job itself retried (BullMQ runs it again after a failure elsewhere).
    const outcome = await t.app
      .get(MailProcessor)
      .process({ id: outboxId, name: 'account_deactivated', data: payload } as QueueJob<'mail'>);
    expect(outcome).toBe('duplicate');
    // Whatever the relay and the producer queued again has run.
    await queueDrained(t.app.get(QueueFactory), 'mail');

    expect(smtp.received.filter((m) => m.to.includes(user.email))).toHaveLength(1);
    expect(await mailRows(t, outboxId)).toHaveLength(1);
  });

  it('retries a delivery the SMTP server refused, and records it once', async () => {
    const user = await createUser(t.db);
    smtp.refuseNext.add(user.email);
    const outboxId = await queueMail(t, {
      template: 'password_reset',
      category: 'account',
      userId: user.id,
      params: { link: 'https://kotopaikka.example/reset/y' },
    });
    await waitFor(() => smtp.received.find((m) => m.to.includes(user.email)), { timeoutMs: 20_000 });
    await waitFor(async () => (await mailRows(t, outboxId)).length > 0);
    expect(smtp.refuseNext.has(user.email)).toBe(false);
    expect(smtp.received.filter((m) => m.to.includes(user.email))).toHaveLength(1);
    expect(await mailRows(t, outboxId)).toHaveLength(1);
  }, 30_000);

  it('respects an opt-out, and an optional category carries a one-click unsubscribe that works', async () => {
    const optedOut = await createUser(t.db);
    await t.db.query(
      `UPDATE app_user SET email_preferences = '{"reminders": false, "notifications": true}' WHERE id = $1`,
      [optedOut.id],
    );
    const skipped = await queueMail(t, {
      template: 'password_reset',
      category: 'reminders',
      userId: optedOut.id,
      params: { link: 'https://kotopaikka.example/x' },
    });

    const subscribed = await createUser(t.db);
    const sent = await queueMail(t, {
      template: 'password_reset',
      category: 'reminders',
      userId: subscribed.id,
      params: { link: 'https://kotopaikka.example/x' },
    });
    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes(subscribed.email)));
    await waitFor(
      async () =>
        (await t.db.query(`SELECT 1 FROM outbox_message WHERE id = $1 AND dispatched_at IS NOT NULL`, [skipped]))
          .length > 0,
    );
    await waitFor(async () => (await mailRows(t, sent)).length > 0);
    await queueDrained(t.app.get(QueueFactory), 'mail');
    expect(smtp.received.filter((m) => m.to.includes(optedOut.email))).toHaveLength(0);
    expect(await mailRows(t, skipped)).toHaveLength(0);
    expect(await mailRows(t, sent)).toHaveLength(1);

    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const url = /<([^>]+)>/.exec(mail.headers['list-unsubscribe'])?.[1] as string;
    expect(url.startsWith('https://kotopaikka.example/api/email/unsubscribe?token=')).toBe(true);
    expect(mail.body).toContain('https://kotopaikka.example/unsubscribe?token=');
    const path = url.replace('https://kotopaikka.example', '');

    const anonymous = t.agent();
    const before = await anonymous.get<UnsubscribeStatus>(path);
    expect(before.body).toEqual({ category: 'reminders', subscribed: true });
    // What a mail client sends (RFC 8058): a form post, no cookies, no CSRF token.
    const res = await anonymous.request<UnsubscribeStatus>('POST', path, 'List-Unsubscribe=One-Click', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ category: 'reminders', subscribed: false });
    const [row] = await t.db.query(`SELECT email_preferences FROM app_user WHERE id = $1`, [subscribed.id]);
    expect(row.email_preferences).toEqual({ reminders: false, notifications: true });

    const forged = await anonymous.request(
      'POST',
      path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      undefined,
    );
    expect(forged.status).toBe(400);
    expect((forged.body as { code: string }).code).toBe('token_invalid');
  });

  it('lets a person read and replace their e-mail preferences', async () => {
    const user = await createUser(t.db);
    const agent = t.agent();
    expect((await agent.login(user.email, user.password)).status).toBe(200);
    expect((await agent.get('/api/me/email-preferences')).body).toEqual({ reminders: true, notifications: true });
    const put = await agent.put('/api/me/email-preferences', { reminders: false, notifications: true });
    expect(put.status).toBe(200);
    expect((await agent.get('/api/me/email-preferences')).body).toEqual({ reminders: false, notifications: true });
    const bad = await agent.put<{ code: string; details: Array<{ field: string }> }>('/api/me/email-preferences', {
      reminders: 'no',
      notifications: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d) => d.field)).toContain('reminders');
    expect((await t.agent().get('/api/me/email-preferences')).status).toBe(401);
  });
});

describe('mail pipeline in single-node mode (BullMQ on PostgreSQL, no SMTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ redis: false });
  });

  afterAll(async () => {
    await t.close();
  });

  it('records the mail with transport log, once', async () => {
    const user = await createUser(t.db);
    const payload: MailJobPayload = {
      template: 'invitation',
      category: 'account',
      userId: user.id,
      params: { link: 'http://localhost/invitation/t' },
    };
    const outboxId = await queueMail(t, payload);
    const rows = await waitFor(async () => {
      const r = await mailRows(t, outboxId);
      return r.length ? r : null;
    });
    expect(rows).toEqual([expect.objectContaining({ transport: 'log', to_address: user.email })]);
    // The log keeps the one-time link without its token.
    expect(rows[0].text_body).toContain('http://localhost/invitation/…');
    expect(rows[0].text_body).not.toContain('/invitation/t');

    await t.db.query(`UPDATE outbox_message SET dispatched_at = NULL WHERE id = $1`, [outboxId]);
    await t.app.get(OutboxRelay).relayOnce();
    // Relayed again, by this call or by the relay's own loop, under the same job id.
    await waitFor(
      async () =>
        (await t.db.query(`SELECT 1 FROM outbox_message WHERE id = $1 AND dispatched_at IS NOT NULL`, [outboxId]))
          .length > 0,
    );
    await queueDrained(t.app.get(QueueFactory), 'mail');
    // The job run once more finds its mail recorded and records nothing.
    expect(
      await t.app.get(MailProcessor).process({
        id: outboxId,
        name: 'invitation',
        data: payload,
        updateData: async () => undefined,
      } as unknown as QueueJob<'mail'>),
    ).toBe('duplicate');
    expect(await mailRows(t, outboxId)).toHaveLength(1);
  });
});
