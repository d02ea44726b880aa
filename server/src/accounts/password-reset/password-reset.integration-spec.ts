import type { ApiErrorBody, PasswordResetPreview } from '@kotopaikka/contracts';

import { QueueFactory } from '../../platform/queue/queue.factory';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { createUser, TEST_PASSWORD } from '../../testing/fixtures';
import type { TestResponse } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { count, fieldsOf, mailsFor, signedIn, tokenFromMail } from '../users/people.test-support';

const NEW_PASSWORD = 'Kevat-Tulee-Keuruulle-2026';

describe('password reset', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  /** Until every queued request has been relayed and run. */
  async function settled(): Promise<void> {
    const queue = t.app.get(QueueFactory).queue(QUEUE_NAMES.accounts);
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      if ((await count(t.db, `outbox_message WHERE queue = 'accounts' AND dispatched_at IS NULL`)) > 0) continue;
      const jobs = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(jobs).every((n) => n === 0)) return;
    }
    throw new Error('password reset requests not run in time');
  }

  /** Asks for a link and waits until the request has been dealt with. */
  async function forgot(email: string): Promise<TestResponse> {
    const res = await t.agent().post('/api/auth/password/forgot', { email });
    await settled();
    return res;
  }

  async function tableCounts(): Promise<number[]> {
    return Promise.all(
      [
        `auth_token`,
        `outbox_message WHERE queue = 'mail'`,
        `audit_entry`,
        `outbox_message WHERE queue = 'accounts'`,
      ].map((table) => count(t.db, table)),
    );
  }

  it('answers an unknown, invited or deactivated address exactly like a known one, by the same path, and mails only the known one', async () => {
    const known = await createUser(t.db, { email: 'known@example.test' });
    await createUser(t.db, { email: 'invited@example.test', status: 'invited' });
    await createUser(t.db, { email: 'gone@example.test', status: 'deactivated' });
    const before = await tableCounts();
    const answers = [];
    for (const email of ['nobody@example.test', 'invited@example.test', 'gone@example.test'])
      answers.push(await forgot(email));
    // One queued request each and nothing else: no link, no e-mail, no audit entry.
    expect(await tableCounts()).toEqual([before[0], before[1], before[2], before[3] + 3]);

    const real = await forgot('KNOWN@example.test');
    for (const res of answers) {
      expect(res.status).toBe(real.status);
      expect(res.text).toBe(real.text);
    }
    expect(real.status).toBe(202);
    expect(real.body).toEqual({ accepted: true });
    expect(await tableCounts()).toEqual([before[0] + 1, before[1] + 1, before[2], before[3] + 4]);
    const mails = await mailsFor(t.db, known.id);
    expect(mails.map((m) => m.template)).toEqual(['password_reset']);
    expect(mails[0].params['link']).toMatch(new RegExp(`^${t.config.publicUrl}/reset-password/[A-Za-z0-9_-]{43}$`));
    const tokens: { minutes: number }[] = await t.db.query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM auth_token WHERE user_id = $1 AND kind = 'password_reset'`,
      [known.id],
    );
    expect(tokens).toEqual([{ minutes: 60 }]);
  });

  it('keeps only the newest link, and a burst of requests sends one e-mail', async () => {
    const user = await createUser(t.db);
    await forgot(user.email);
    const first = await tokenFromMail(t.db, user.id, 'password_reset');
    await forgot(user.email);
    expect(await mailsFor(t.db, user.id)).toHaveLength(1);

    // After the pause a new link replaces the old one.
    await t.db.query(`UPDATE auth_token SET created_at = created_at - interval '2 minutes' WHERE user_id = $1`, [
      user.id,
    ]);
    await forgot(user.email);
    const second = await tokenFromMail(t.db, user.id, 'password_reset');
    expect(second).not.toBe(first);
    expect((await t.agent().get(`/api/auth/password/reset/${first}`)).status).toBe(404);
    expect(
      await count(t.db, `auth_token WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [user.id]),
    ).toBe(1);
  });

  it('resetting sets the password, uses the link once and ends every session', async () => {
    const person = await signedIn(t);
    expect((await person.agent.get('/api/auth/me')).status).toBe(200);
    await forgot(person.email);
    const token = await tokenFromMail(t.db, person.id, 'password_reset');

    const preview = await t.agent().get<PasswordResetPreview>(`/api/auth/password/reset/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body.email).toBe(person.email);

    const weak = await t.agent().post<ApiErrorBody>('/api/auth/password/reset', { token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('password_too_weak');
    expect(fieldsOf(weak.body)).toEqual(['password']);

    const res = await t.agent().post('/api/auth/password/reset', { token, password: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect(await count(t.db, `user_session WHERE user_id = $1`, [person.id])).toBe(0);
    expect((await person.agent.get('/api/auth/me')).status).toBe(401);
    expect((await t.agent().login(person.email, TEST_PASSWORD)).status).toBe(401);
    expect((await t.agent().login(person.email, NEW_PASSWORD)).status).toBe(200);

    const again = await t
      .agent()
      .post<ApiErrorBody>('/api/auth/password/reset', { token, password: 'Yet-Another-Passphrase-9' });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('token_invalid');
    expect(await count(t.db, `audit_entry WHERE action = 'user.password_reset' AND entity_id = $1`, [person.id])).toBe(
      1,
    );
  });

  it('an expired link, or an invitation link, does not reset a password', async () => {
    const user = await createUser(t.db);
    await forgot(user.email);
    const token = await tokenFromMail(t.db, user.id, 'password_reset');
    await t.db.query(`UPDATE auth_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const res = await t.agent().post<ApiErrorBody>('/api/auth/password/reset', { token, password: NEW_PASSWORD });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('token_invalid');
    expect((await t.agent().get<ApiErrorBody>(`/api/auth/password/reset/${token}`)).body.code).toBe('token_invalid');
    expect((await t.agent().post('/api/invitations/accept', { token, password: NEW_PASSWORD })).status).toBe(404);
  });

  it('names bad input', async () => {
    const bad = await t.agent().post('/api/auth/password/forgot', { email: 'nope' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['email']);
    const missing = await t.agent().post('/api/auth/password/reset', {});
    expect(missing.status).toBe(400);
    expect(fieldsOf(missing.body)).toEqual(['password', 'token']);
  });
});
