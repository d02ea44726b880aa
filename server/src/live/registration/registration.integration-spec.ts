import type { JoinLinkView, LiveRoomEvent, PublicLiveSession } from '@kotopaikka/contracts';

import { createHash } from 'node:crypto';
import type { Socket } from 'socket.io-client';

import { fieldsOf } from '../../accounts/users/people.test-support';
import { createUser } from '../../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../../testing/live-client';
import type { TestAgent, TestResponse } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import {
  aRegistrant,
  connectGuest,
  countRows,
  createInfoSession,
  registrationMail,
  waitForRows,
} from './registration.test-support';

const MAX_PER_ADDRESS = 3;
const MAX_PER_SESSION = 12;

function send(socket: LiveTestClient, event: string, payload: unknown): Promise<unknown> {
  return (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload);
}

function refusalOf(socket: LiveTestClient): Promise<{ code: string; reason?: string }> {
  return connected(socket).then(
    () => {
      throw new Error('the handshake was accepted');
    },
    (err: { data: { code: string; reason?: string } }) => err.data,
  );
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('info-session registration and guests', () => {
  let t: TestApp;
  let visitor: TestAgent;
  let hostId: string;
  let hostAgent: TestAgent;
  const sockets: LiveTestClient[] = [];
  let addresses = 0;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        REGISTRATION_MAX_PER_ADDRESS: String(MAX_PER_ADDRESS),
        REGISTRATION_MAX_PER_SESSION: String(MAX_PER_SESSION),
        RATE_LIMIT_PER_MINUTE: '100000',
      },
    });
    visitor = t.agent();
    const host = await createUser(t.db, { role: 'coordinator' });
    hostId = host.id;
    hostAgent = t.agent();
    expect((await hostAgent.login(host.email, host.password)).status).toBe(200);
  });

  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  afterAll(async () => {
    await t.close();
  });

  /** Each registrant comes from an address of their own unless told (the loopback proxy's X-Forwarded-For is trusted). */
  function register(
    slug: string,
    body: Record<string, unknown>,
    address = `10.0.${Math.floor(++addresses / 250)}.${addresses % 250}`,
  ): Promise<TestResponse> {
    return visitor.post(`/api/public/live-sessions/${slug}/registrations`, body, {
      headers: { 'x-forwarded-for': address },
    });
  }

  async function guest(token: string): Promise<LiveTestClient> {
    const s = connectGuest(t.baseUrl, token);
    sockets.push(s);
    return s;
  }

  async function hostSocket(): Promise<LiveTestClient> {
    const s = connectLive(t.baseUrl, hostAgent);
    sockets.push(s);
    await connected(s);
    return s;
  }

  const count = (sql: string, params: unknown[]): Promise<number> => countRows(t.db, sql, params);

  it('registers, e-mails a join link with the links redacted at rest, and the link admits the guest to that room only', async () => {
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId], capacity: 5 });
    const page = await visitor.get<PublicLiveSession>(`/api/public/live-sessions/${slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ slug, state: 'open', title: { fi: 'Aamupala' }, municipalityName: 'Äänekoski' });
    expect(JSON.stringify(page.body)).not.toMatch(/@/);
    expect((await visitor.get(`/api/public/live-sessions/no-such-page`)).status).toBe(404);

    const amina = { ...aRegistrant('Amina'), locale: 'en' };
    const res = await register(slug, amina);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ state: 'registered' });

    const mail = await registrationMail(t, amina.email);
    expect(mail.text).toContain('Hello Amina');
    expect(mail.text).toContain(`${t.config.publicUrl}/join/${mail.joinToken}`);
    expect(mail.text).toContain(`${t.config.publicUrl}/s/${slug}/cancel/${mail.cancelToken}`);
    expect(mail.loggedText).toContain(`${t.config.publicUrl}/join/…`);
    expect(mail.loggedText).toContain(`/s/${slug}/cancel/…`);
    expect(mail.loggedText).not.toContain(mail.joinToken);
    const outbox: { payload: unknown }[] = await t.db.query(`SELECT payload FROM outbox_message WHERE id = $1`, [
      mail.outboxId,
    ]);
    expect(JSON.stringify(outbox[0].payload)).not.toContain(mail.joinToken);
    expect(JSON.stringify(outbox[0].payload)).not.toContain(mail.cancelToken);
    const stored: { join_token_hash: string; cancel_token_hash: string; locale: string }[] = await t.db.query(
      `SELECT join_token_hash, cancel_token_hash, locale FROM live_registration WHERE session_id = $1`,
      [id],
    );
    expect(stored).toEqual([
      { join_token_hash: sha256(mail.joinToken), cancel_token_hash: sha256(mail.cancelToken), locale: 'en' },
    ]);

    const view = await visitor.get<JoinLinkView>(`/api/public/join/${mail.joinToken}`);
    expect(view.body).toMatchObject({ state: 'open', sessionId: id, name: 'Amina', title: { en: 'Breakfast info' } });

    const host = await hostSocket();
    expect(await send(host, 'live:join', { sessionId: id })).toMatchObject({ ok: true });
    const g = await guest(mail.joinToken);
    await connected(g);
    const joined = (await send(g, 'live:join', { sessionId: id })) as { ok: true; me: unknown; present: unknown[] };
    expect(joined).toMatchObject({ ok: true, me: { name: 'Amina', role: 'guest' } });
    expect(joined.present).toHaveLength(2);
    // What a guest sees of the others: id, name and role; never an e-mail.
    for (const p of joined.present) expect(Object.keys(p as object).sort()).toEqual(['id', 'name', 'role']);
    expect(JSON.stringify(joined)).not.toMatch(/@/);

    const other = await createInfoSession(t.db, { hostIds: [hostId] });
    expect(await send(g, 'live:join', { sessionId: other.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await send(g, 'notification:read', { id: other.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await send(g, 'live:start', { sessionId: id })).toMatchObject({ ok: false, code: 'forbidden' });

    // The same link on a second connection while the first is in the room: refused, nothing written, both kept.
    const copy = await guest(mail.joinToken);
    await connected(copy);
    const before = await count(`live_connection WHERE session_id = $1`, [id]);
    expect(await send(copy, 'live:join', { sessionId: id })).toMatchObject({ ok: false, code: 'join_link_in_use' });
    expect(await count(`live_connection WHERE session_id = $1`, [id])).toBe(before);
    expect(g.connected && copy.connected).toBe(true);
    // Once the first has left, the link works on the other connection.
    g.disconnect();
    await waitForRows(t.db, `live_connection WHERE session_id = $1`, [id], before - 1);
    expect(await send(copy, 'live:join', { sessionId: id })).toMatchObject({ ok: true, me: { name: 'Amina' } });

    // A guest has no cookie: every signed-in route refuses them.
    expect((await t.agent().get('/api/auth/me')).status).toBe(401);

    // After the host ends the session, the link admits no one.
    expect(await send(host, 'live:end', { sessionId: id })).toEqual({ ok: true });
    expect(await send(copy, 'live:join', { sessionId: id })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await refusalOf(await guest(mail.joinToken))).toEqual({ code: 'token_invalid', reason: 'over' });
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${mail.joinToken}`)).body.state).toBe('over');
    expect((await register(slug, aRegistrant('Late'))).body).toMatchObject({ code: 'session_over' });
  });

  it('answers a second registration of the same address (any case) as the first, without a second row or mail', async () => {
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId] });
    const first = aRegistrant('Olga');
    expect((await register(slug, first)).body).toEqual({ state: 'registered' });
    expect((await register(slug, { ...first, email: first.email.toUpperCase(), name: 'Olga K' })).body).toEqual({
      state: 'registered',
    });
    expect(await count(`live_registration WHERE session_id = $1`, [id])).toBe(1);
    await registrationMail(t, first.email);
    expect(
      await count(`outbox_message WHERE queue = 'mail' AND lower(payload->>'to') = lower($1)`, [first.email]),
    ).toBe(1);
  });

  it('fills the seats once under a parallel rush, waitlists the rest, and moves the first waiting up on a cancellation', async () => {
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId], capacity: 3 });
    const people = Array.from({ length: 8 }, (_, i) => aRegistrant(`Rush${i}`));
    const answers = await Promise.all(people.map((p) => register(slug, p)));
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 200));
    const states = answers.map((a) => (a.body as { state: string }).state);
    expect(states.filter((s) => s === 'registered')).toHaveLength(3);
    expect(states.filter((s) => s === 'waitlisted')).toHaveLength(5);
    expect(await count(`live_registration WHERE session_id = $1 AND state = 'registered'`, [id])).toBe(3);
    expect((await visitor.get<PublicLiveSession>(`/api/public/live-sessions/${slug}`)).body.state).toBe('full');

    const waiting: { email: string }[] = await t.db.query(
      `SELECT email FROM live_registration WHERE session_id = $1 AND state = 'waitlisted' ORDER BY created_at, id`,
      [id],
    );
    const nextInLine = waiting[0].email;
    const waitMail = await registrationMail(t, nextInLine);
    expect(waitMail.text).toContain('Olet jonossa');
    // A waitlisted registrant's link does not open the room.
    expect(await refusalOf(await guest(waitMail.joinToken))).toEqual({ code: 'token_invalid', reason: 'waitlisted' });
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${waitMail.joinToken}`)).body.state).toBe('waitlisted');

    const seated = people[states.indexOf('registered')];
    const seatedMail = await registrationMail(t, seated.email);
    expect(
      (await visitor.post('/api/public/registrations/cancel', { token: seatedMail.cancelToken }, { csrf: false })).body,
    ).toMatchObject({
      code: 'csrf_invalid',
    });
    expect((await visitor.post('/api/public/registrations/cancel', { token: seatedMail.cancelToken })).body).toEqual({
      cancelled: true,
    });
    expect((await visitor.post('/api/public/registrations/cancel', { token: seatedMail.cancelToken })).body).toEqual({
      cancelled: true,
    });
    expect((await visitor.post('/api/public/registrations/cancel', { token: 'x'.repeat(43) })).body).toMatchObject({
      code: 'token_invalid',
    });
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${seatedMail.joinToken}`)).body.state).toBe('invalid');
    expect(await refusalOf(await guest(seatedMail.joinToken))).toEqual({ code: 'token_invalid', reason: 'invalid' });

    const promoted = await registrationMail(t, nextInLine, 'live_registration_promoted');
    expect(promoted.text).toContain('Paikka vapautui');
    expect(await count(`live_registration WHERE session_id = $1 AND state = 'registered'`, [id])).toBe(3);
    expect((await t.db.query(`SELECT state FROM live_registration WHERE email = $1`, [nextInLine]))[0].state).toBe(
      'registered',
    );
    // The promotion mail's link opens the room; the waiting-list mail's link was replaced.
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${promoted.joinToken}`)).body.state).toBe('open');
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${waitMail.joinToken}`)).body.state).toBe('invalid');
    await connected(await guest(promoted.joinToken));
  });

  it('keeps one waitlist with the invitees: a seat an invitee gives up goes to the registrant who waited longest, and the other way round', async () => {
    const invitee = await createUser(t.db);
    const later = await createUser(t.db);
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId], capacity: 1 });
    await t.db.query(`INSERT INTO live_session_invitee (session_id, user_id) VALUES ($1, $2), ($1, $3)`, [
      id,
      invitee.id,
      later.id,
    ]);
    const inviteeAgent = t.agent();
    expect((await inviteeAgent.login(invitee.email, invitee.password)).status).toBe(200);
    const laterAgent = t.agent();
    expect((await laterAgent.login(later.email, later.password)).status).toBe(200);

    expect((await inviteeAgent.put(`/api/live-sessions/${id}/rsvp`, { answer: 'yes' })).body).toMatchObject({
      state: 'going',
    });
    const waiting = aRegistrant('Odottaja');
    expect((await register(slug, waiting)).body).toEqual({ state: 'waitlisted' });
    expect((await laterAgent.put(`/api/live-sessions/${id}/rsvp`, { answer: 'yes' })).body).toMatchObject({
      state: 'waitlisted',
    });

    // The invitee gives up the seat: the registrant asked before the other invitee, so the seat is theirs.
    expect((await inviteeAgent.put(`/api/live-sessions/${id}/rsvp`, { answer: 'no' })).status).toBe(200);
    const promoted = await registrationMail(t, waiting.email, 'live_registration_promoted');
    expect(await count(`live_rsvp WHERE session_id = $1 AND state = 'going'`, [id])).toBe(0);
    expect(await count(`live_registration WHERE session_id = $1 AND state = 'registered'`, [id])).toBe(1);

    // The registrant cancels: the seat goes on to the invitee still waiting.
    expect((await visitor.post('/api/public/registrations/cancel', { token: promoted.cancelToken })).body).toEqual({
      cancelled: true,
    });
    expect(
      (await t.db.query(`SELECT state FROM live_rsvp WHERE session_id = $1 AND user_id = $2`, [id, later.id]))[0],
    ).toEqual({ state: 'going' });
  });

  it('takes a guest who cancels out of the room at once, as a removed participant, and the link then admits no one', async () => {
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId] });
    const p = aRegistrant('Leaving');
    expect((await register(slug, p)).body).toEqual({ state: 'registered' });
    const mail = await registrationMail(t, p.email);
    const host = await hostSocket();
    expect(await send(host, 'live:join', { sessionId: id })).toMatchObject({ ok: true });
    const g = await guest(mail.joinToken);
    await connected(g);
    const joined = (await send(g, 'live:join', { sessionId: id })) as { ok: true; me: { id: string } };
    expect(joined).toMatchObject({ ok: true, me: { name: 'Leaving', role: 'guest' } });
    // A second window with the same link, connected but not in the room yet: it cannot join once cancelled.
    const idle = await guest(mail.joinToken);
    await connected(idle);

    const removed = new Promise<unknown>((resolve) => g.once('live:removed', resolve));
    const dropped = new Promise<string>((resolve) => g.once('disconnect', resolve));
    const seen = new Promise<LiveRoomEvent>((resolve) =>
      host.on('live:event', (e) => e.type === 'participant.removed' && resolve(e)),
    );
    expect((await visitor.post('/api/public/registrations/cancel', { token: mail.cancelToken })).body).toEqual({
      cancelled: true,
    });
    expect(await removed).toEqual({ sessionId: id, reason: 'registration_cancelled' });
    expect(await dropped).toBe('io server disconnect');
    expect((await seen).data).toEqual({ participantId: joined.me.id });
    expect(await count(`live_connection WHERE participant_id = $1`, [joined.me.id])).toBe(0);
    expect(await count(`live_attendance WHERE participant_id = $1 AND left_at IS NULL`, [joined.me.id])).toBe(0);
    expect(await count(`live_participant WHERE id = $1 AND removed_at IS NOT NULL`, [joined.me.id])).toBe(1);

    expect(await send(idle, 'live:join', { sessionId: id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(idle.connected).toBe(true);
    expect(await refusalOf(await guest(mail.joinToken))).toEqual({ code: 'token_invalid', reason: 'invalid' });
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${mail.joinToken}`)).body.state).toBe('invalid');
    expect(host.connected).toBe(true);
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId] });
    const bot = { ...aRegistrant('Bot'), website: 'https://spam.example' };
    const res = await register(slug, bot);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ state: 'registered' });
    expect(await count(`live_registration WHERE session_id = $1`, [id])).toBe(0);
    expect(await count(`outbox_message WHERE payload->>'to' = $1`, [bot.email])).toBe(0);
  });

  it('limits registrations per client address and per session with a 429 that says when to try again', async () => {
    const a = await createInfoSession(t.db, { hostIds: [hostId] });
    const b = await createInfoSession(t.db, { hostIds: [hostId] });
    for (let i = 0; i < MAX_PER_ADDRESS; i++)
      expect((await register(i % 2 ? a.slug : b.slug, aRegistrant(`Same${i}`), '10.9.9.9')).status).toBe(200);
    const refused = await register(a.slug, aRegistrant('SameMore'), '10.9.9.9');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'too_many_requests' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await register(a.slug, aRegistrant('Elsewhere'), '10.9.9.10')).status).toBe(200);

    const c = await createInfoSession(t.db, { hostIds: [hostId] });
    for (let i = 0; i < MAX_PER_SESSION; i++)
      expect((await register(c.slug, aRegistrant(`Many${i}`))).status).toBe(200);
    const full = await register(c.slug, aRegistrant('OneTooMany'));
    expect(full.status).toBe(429);
    expect(full.body).toMatchObject({ code: 'too_many_requests' });
    expect(await count(`live_registration WHERE session_id = $1`, [c.id])).toBe(MAX_PER_SESSION);
  });

  it('names every bad field and writes nothing', async () => {
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId] });
    const bad = await register(slug, { name: '  ', email: 'not-an-address', locale: 'sv', consent: false, website: 5 });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['consent', 'email', 'locale', 'name', 'website']);
    expect(fieldsOf((await register(slug, { ...aRegistrant('x'), name: 'a'.repeat(101) })).body)).toEqual(['name']);
    expect(fieldsOf((await register(slug, { ...aRegistrant('x'), consent: undefined })).body)).toEqual(['consent']);
    expect((await register(slug, { ...aRegistrant('x'), name: 'Nul\u0000l' })).status).toBe(400);
    expect((await register(slug, { ...aRegistrant('x'), name: 'Lone \ud800' })).status).toBe(400);
    expect((await register(slug, { ...aRegistrant('x'), email: 'a\u202e@example.test' })).status).toBe(400);
    expect(fieldsOf((await visitor.post('/api/public/registrations/cancel', {})).body)).toEqual(['token']);
    expect(await count(`live_registration WHERE session_id = $1`, [id])).toBe(0);
  });

  it('opens a join link from 30 minutes before the start until the end, and takes no registration when cancelled or over', async () => {
    const { id, slug } = await createInfoSession(t.db, { hostIds: [hostId], startsInMinutes: 90 });
    const p = aRegistrant('Early');
    expect((await register(slug, p)).body).toEqual({ state: 'registered' });
    const { joinToken } = await registrationMail(t, p.email);
    const view = await visitor.get<JoinLinkView>(`/api/public/join/${joinToken}`);
    expect(view.body.state).toBe('early');
    expect(new Date(view.body.startsAt ?? 0).getTime() - new Date(view.body.opensAt ?? 0).getTime()).toBe(30 * 60_000);
    expect(await refusalOf(await guest(joinToken))).toEqual({ code: 'token_invalid', reason: 'early' });

    await t.db.query(
      `UPDATE live_session SET starts_at = now() + interval '29 minutes', ends_at = now() + interval '2 hours' WHERE id = $1`,
      [id],
    );
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${joinToken}`)).body.state).toBe('open');
    await connected(await guest(joinToken));

    // Past its end without a host keeping it live: over, for the link and for the page.
    await t.db.query(
      `UPDATE live_session SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );
    expect(await refusalOf(await guest(joinToken))).toEqual({ code: 'token_invalid', reason: 'over' });
    expect((await visitor.get<PublicLiveSession>(`/api/public/live-sessions/${slug}`)).body.state).toBe('over');
    expect((await register(slug, aRegistrant('TooLate'))).body).toMatchObject({ code: 'session_over' });
    // A host running over keeps it open.
    await t.db.query(`UPDATE live_session SET status = 'live' WHERE id = $1`, [id]);
    await connected(await guest(joinToken));

    await t.db.query(
      `UPDATE live_session SET status = 'cancelled', ends_at = now() + interval '1 hour' WHERE id = $1`,
      [id],
    );
    expect(await refusalOf(await guest(joinToken))).toEqual({ code: 'token_invalid', reason: 'cancelled' });
    expect((await visitor.get<JoinLinkView>(`/api/public/join/${joinToken}`)).body.state).toBe('cancelled');
    expect((await visitor.get<PublicLiveSession>(`/api/public/live-sessions/${slug}`)).body.state).toBe('cancelled');
    const refused = await register(slug, aRegistrant('AfterCancel'));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'session_cancelled' });
    expect(await refusalOf(await guest('not-a-token'))).toEqual({ code: 'token_invalid', reason: 'invalid' });
    expect((await visitor.get<JoinLinkView>(`/api/public/join/not-a-token`)).body).toMatchObject({
      state: 'invalid',
      sessionId: null,
    });
  });
});
