import type { JoinLinkView } from '@kotopaikka/contracts';

import { fieldsOf } from '../../accounts/users/people.test-support';
import { createUser } from '../../testing/fixtures';
import type { TestAgent, TestResponse } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { aRegistrant, countRows, createInfoSession, registrationMail, waitForRows } from './registration.test-support';

const MAX_PER_ADDRESS = 3;

describe('"didn\'t get the mail?": the registration mail sent again', () => {
  let t: TestApp;
  let visitor: TestAgent;
  let hostId: string;
  let addresses = 0;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        REGISTRATION_MAX_PER_ADDRESS: String(MAX_PER_ADDRESS),
        REGISTRATION_MAX_PER_SESSION: '12',
        RATE_LIMIT_PER_MINUTE: '100000',
      },
    });
    visitor = t.agent();
    hostId = (await createUser(t.db, { role: 'coordinator' })).id;
  });

  afterAll(async () => {
    await t.close();
  });

  function register(slug: string, body: Record<string, unknown>): Promise<TestResponse> {
    return visitor.post(`/api/public/live-sessions/${slug}/registrations`, body, {
      headers: { 'x-forwarded-for': `10.0.0.${++addresses}` },
    });
  }

  const count = (sql: string, params: unknown[]): Promise<number> => countRows(t.db, sql, params);
  const waitForMails = (email: string, n: number): Promise<void> =>
    waitForRows(t.db, `mail_message WHERE lower(to_address) = lower($1)`, [email], n);

  it('sends the mail again with the same links, answering the same whether the address is registered or not', async () => {
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId] });
    const resend = (body: Record<string, unknown>, address = '10.8.0.1'): Promise<TestResponse> =>
      visitor.post(`/api/public/live-sessions/${slug}/registrations/resend`, body, {
        headers: { 'x-forwarded-for': address },
      });
    const mailsTo = (email: string): Promise<number> =>
      count(`mail_message WHERE lower(to_address) = lower($1)`, [email]);
    const p = { ...aRegistrant('Forgetful'), locale: 'en' };
    expect((await register(slug, p)).body).toEqual({ state: 'registered' });
    const first = await registrationMail(t, p.email);

    const asked = await resend({ email: p.email.toUpperCase() });
    expect(asked.status).toBe(200);
    expect(asked.body).toEqual({ requested: true });
    await waitForMails(p.email, 2);
    const again = await registrationMail(t, p.email);
    expect(again.outboxId).not.toBe(first.outboxId);
    expect([again.joinToken, again.cancelToken]).toEqual([first.joinToken, first.cancelToken]);
    expect(again.text).toContain('Hello Forgetful');
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${again.joinToken}`)).body.state).toBe('open');

    // Unknown, cancelled or honeypot: the same answer, and no mail.
    const stranger = 'nobody-here@example.test';
    const gone = aRegistrant('Gone');
    expect((await register(slug, gone)).body).toEqual({ state: 'registered' });
    const goneMail = await registrationMail(t, gone.email);
    await visitor.post('/api/public/registrations/cancel', { token: goneMail.cancelToken });
    for (const body of [{ email: stranger }, { email: gone.email }, { email: p.email, website: 'x' }]) {
      const answer = await resend(body, '10.8.0.2');
      expect([answer.status, answer.body]).toEqual([200, { requested: true }]);
    }
    expect(await count(`outbox_message WHERE queue = 'mail' AND lower(payload->>'to') = $1`, [stranger])).toBe(0);
    expect(await mailsTo(gone.email)).toBe(1);
    expect(await count(`outbox_message WHERE queue = 'mail' AND lower(payload->>'to') = lower($1)`, [p.email])).toBe(2);

    // Rate limited per address like registering, with a Retry-After; the address's next hour is its own.
    for (let i = 0; i < MAX_PER_ADDRESS; i++) expect((await resend({ email: stranger }, '10.8.0.3')).status).toBe(200);
    const limited = await resend({ email: p.email }, '10.8.0.3');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'too_many_requests' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    expect(fieldsOf((await resend({ email: 'not-an-address', extra: 1 }, '10.8.0.4')).body)).toEqual([
      'email',
      'extra',
    ]);
    expect(
      (await visitor.post(`/api/public/live-sessions/no-such-page/registrations/resend`, { email: stranger })).status,
    ).toBe(404);
    await t.db.query(`UPDATE live_session SET status = 'cancelled' WHERE id = $1`, [id]);
    expect((await resend({ email: p.email }, '10.8.0.5')).body).toMatchObject({ code: 'session_cancelled' });
    expect(await count(`outbox_message WHERE queue = 'mail' AND lower(payload->>'to') = lower($1)`, [p.email])).toBe(2);
  });

  it('resends a registration made before links had a salt with new links, which then stay the same', async () => {
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId] });
    const p = aRegistrant('Vanha');
    expect((await register(slug, p)).body).toEqual({ state: 'registered' });
    const original = await registrationMail(t, p.email);
    await t.db.query(`UPDATE live_registration SET link_salt = NULL WHERE session_id = $1`, [id]);
    const resend = (): Promise<TestResponse> =>
      visitor.post(`/api/public/live-sessions/${slug}/registrations/resend`, { email: p.email });
    await resend();
    await waitForMails(p.email, 2);
    const renewed = await registrationMail(t, p.email);
    expect(renewed.joinToken).not.toBe(original.joinToken);
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${original.joinToken}`)).body.state).toBe('invalid');
    await resend();
    await waitForMails(p.email, 3);
    expect((await registrationMail(t, p.email)).joinToken).toBe(renewed.joinToken);
  });
});
