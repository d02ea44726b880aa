import type { ApiErrorBody } from '@kotopaikka/contracts';

import { createUser, TEST_PASSWORD } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { resolveSocketSession } from '../realtime/realtime-auth';
import { hashToken, SESSION_CACHE_MS, type SessionLookup, SessionService } from './session.service';

describe('sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  async function signedIn(): Promise<{ agent: TestAgent; userId: string; token: string }> {
    const user = await createUser(t.db);
    const agent = t.agent();
    expect((await agent.login(user.email, TEST_PASSWORD)).status).toBe(200);
    return { agent, userId: user.id, token: agent.cookie('kp_session') ?? '' };
  }

  async function sessionRows(token: string): Promise<number> {
    const rows: { n: string }[] = await t.db.query(`SELECT count(*) AS n FROM user_session WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    return Number(rows[0].n);
  }

  it('logout ends the session on the server: 204, cookie cleared, and the old cookie no longer works', async () => {
    const { agent, token } = await signedIn();
    const res = await agent.post('/api/auth/logout');
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('kp_session=;'))).toBe(true);
    expect(agent.cookie('kp_session')).toBeUndefined();
    expect(await sessionRows(token)).toBe(0);

    const replay = t.agent();
    replay.setCookie('kp_session', token);
    const me = await replay.get<ApiErrorBody>('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('unauthenticated');
  });

  it('logout without a session is 401', async () => {
    const res = await t.agent().post<ApiErrorBody>('/api/auth/logout');
    expect(res.status).toBe(401);
  });

  it('a session idle longer than the idle timeout answers 401 session_expired, and is gone', async () => {
    const { agent, token } = await signedIn();
    await t.db.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    const res = await agent.get<ApiErrorBody>('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('session_expired');
    expect(await sessionRows(token)).toBe(0);
  });

  it('activity inside the idle timeout keeps the session and slides it forward', async () => {
    const { agent, token } = await signedIn();
    await t.db.query(`UPDATE user_session SET last_seen_at = now() - interval '29 minutes' WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    const rows: { idle: number }[] = await t.db.query(
      `SELECT extract(epoch FROM now() - last_seen_at) AS idle FROM user_session WHERE token_hash = $1`,
      [hashToken(token)],
    );
    expect(Number(rows[0].idle)).toBeLessThan(60);
  });

  it('does not write the session again within a minute of the last write (no row-lock queue under load)', async () => {
    const { agent, token } = await signedIn();
    await t.db.query(`UPDATE user_session SET last_seen_at = now() - interval '30 seconds' WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    const before: { seen: Date }[] = await t.db.query(
      `SELECT last_seen_at AS seen FROM user_session WHERE token_hash = $1`,
      [hashToken(token)],
    );
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    const after: { seen: Date }[] = await t.db.query(
      `SELECT last_seen_at AS seen FROM user_session WHERE token_hash = $1`,
      [hashToken(token)],
    );
    expect(after[0].seen.getTime()).toBe(before[0].seen.getTime());
  });

  it('a session past its absolute end answers 401 session_expired however active it is', async () => {
    const { agent, token } = await signedIn();
    const rows: { hours: number }[] = await t.db.query(
      `SELECT extract(epoch FROM expires_at - created_at) / 3600 AS hours FROM user_session WHERE token_hash = $1`,
      [hashToken(token)],
    );
    expect(Math.round(Number(rows[0].hours))).toBe(12);
    await t.db.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    const res = await agent.get<ApiErrorBody>('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('session_expired');
  });

  it('a deactivated person is signed out at their next request', async () => {
    const { agent, userId } = await signedIn();
    await t.db.query(`UPDATE app_user SET status = 'deactivated' WHERE id = $1`, [userId]);
    const res = await agent.get<ApiErrorBody>('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('session_expired');
  });

  describe('the short per-node session cache', () => {
    async function admin(): Promise<TestAgent> {
      const user = await createUser(t.db, { role: 'admin' });
      const agent = t.agent();
      expect((await agent.login(user.email, TEST_PASSWORD)).status).toBe(200);
      return agent;
    }

    it('trusts a session it has just read for at most SESSION_CACHE_MS when another node ends it', async () => {
      const { agent, token } = await signedIn();
      expect((await agent.get('/api/auth/me')).status).toBe(200);
      // Another node's logout: the row is gone, but this node read it a moment ago.
      await t.db.query(`DELETE FROM user_session WHERE token_hash = $1`, [hashToken(token)]);
      const started = Date.now();
      let status = (await agent.get('/api/auth/me')).status;
      while (status === 200 && Date.now() - started < SESSION_CACHE_MS + 1000) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await agent.get('/api/auth/me')).status;
      }
      expect(status).toBe(401);
      expect(Date.now() - started).toBeLessThanOrEqual(SESSION_CACHE_MS + 500);
    });

    it('on this node, a deactivation or a role change through the API applies to the very next request', async () => {
      const boss = await admin();
      const member = await signedIn();
      expect((await member.agent.get('/api/users')).status).toBe(403);
      expect((await boss.patch(`/api/users/${member.userId}`, { role: 'admin' })).status).toBe(200);
      expect((await member.agent.get('/api/users')).status).toBe(200);

      expect((await boss.post(`/api/users/${member.userId}/deactivate`)).status).toBe(200);
      const res = await member.agent.get<ApiErrorBody>('/api/auth/me');
      expect(res.status).toBe(401);
    });

    it('a changed name or language shows in the very next request', async () => {
      const { agent } = await signedIn();
      expect((await agent.get('/api/auth/me')).status).toBe(200);
      expect((await agent.patch('/api/auth/me', { displayName: 'Uusi Nimi', locale: 'en' })).status).toBe(200);
      const me = await agent.get<{ displayName: string; locale: string }>('/api/auth/me');
      expect(me.body).toMatchObject({ displayName: 'Uusi Nimi', locale: 'en' });
      const lookup = await resolveSocketSession(t.app.get(SessionService), `kp_session=${agent.cookie('kp_session')}`);
      expect(lookup).toMatchObject({ state: 'valid', principal: { displayName: 'Uusi Nimi', locale: 'en' } });
    });
  });

  // resolveSocketSession is what the /live handshake and the live session guard call with the raw Cookie header.
  describe('resolveSocketSession (Socket.IO handshake)', () => {
    const state = (lookup: SessionLookup): string => lookup.state;

    it('resolves the person behind the kp_session cookie of a raw Cookie header', async () => {
      const { token, userId } = await signedIn();
      const lookup = await resolveSocketSession(
        t.app.get(SessionService),
        `kp_csrf=abc; kp_session=${encodeURIComponent(token)}; lang=fi`,
      );
      if (lookup.state !== 'valid') throw new Error(`session ${lookup.state}`);
      expect(lookup.principal.id).toBe(userId);
      expect(lookup.principal.sessionTokenHash).toBe(hashToken(token));
    });

    it('finds no session without a cookie, with an unknown or undecodable token, or after logout', async () => {
      const sessions = t.app.get(SessionService);
      expect(state(await resolveSocketSession(sessions, undefined))).toBe('missing');
      expect(state(await resolveSocketSession(sessions, 'kp_session=not-a-session'))).not.toBe('valid');
      expect(state(await resolveSocketSession(sessions, 'kp_session=%E0%A4%A'))).not.toBe('valid');
      const { agent, token } = await signedIn();
      await agent.post('/api/auth/logout');
      expect(state(await resolveSocketSession(sessions, `kp_session=${token}`))).not.toBe('valid');
    });
  });
});

describe('session timeouts are configurable', () => {
  it('honours SESSION_IDLE_MINUTES', async () => {
    const t = await startTestApp({ env: { SESSION_IDLE_MINUTES: '5' } });
    try {
      const user = await createUser(t.db);
      const agent = t.agent();
      await agent.login(user.email, TEST_PASSWORD);
      await t.db.query(`UPDATE user_session SET last_seen_at = now() - interval '6 minutes'`);
      const res = await agent.get<ApiErrorBody>('/api/auth/me');
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('session_expired');
    } finally {
      await t.close();
    }
  });
});
