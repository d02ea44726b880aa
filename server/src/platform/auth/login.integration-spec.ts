import type { ApiErrorBody, FieldProblem, Me } from '@kotopaikka/contracts';

import { createOrganisation, createUser, municipalityId, TEST_PASSWORD } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

function setCookie(headers: Headers, name: string): string | undefined {
  return headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
}

function fields(body: ApiErrorBody): string[] {
  return (body.details as FieldProblem[]).map((d) => d.field).sort();
}

describe('sign-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  describe('GET /api/auth/csrf', () => {
    it('sets an httpOnly, SameSite=Lax kp_csrf cookie and returns the same token', async () => {
      const agent = t.agent();
      const res = await agent.get<{ token: string }>('/api/auth/csrf');
      expect(res.status).toBe(200);
      expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(agent.cookie('kp_csrf')).toBe(res.body.token);
      const cookie = setCookie(res.headers, 'kp_csrf') ?? '';
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/i);
    });

    it('keeps an existing token instead of issuing a new one', async () => {
      const agent = t.agent();
      const first = await agent.get<{ token: string }>('/api/auth/csrf');
      const second = await agent.get<{ token: string }>('/api/auth/csrf');
      expect(second.body.token).toBe(first.body.token);
      expect(setCookie(second.headers, 'kp_csrf')).toBeUndefined();
    });
  });

  describe('POST /api/auth/login', () => {
    it('signs in: sets the session cookie, rotates the CSRF token, records the time, and /me works', async () => {
      const org = await createOrganisation(t.db, 'Konepaja Oy', 'Laukaa');
      const user = await createUser(t.db, {
        email: 'Aino.Employer@example.test',
        displayName: 'Aino',
        audience: 'employer',
        municipality: 'Laukaa',
        organisationId: org,
      });
      const agent = t.agent();
      const before = await agent.csrf();

      const res = await agent.login('aino.employer@EXAMPLE.test', TEST_PASSWORD);
      expect(res.status).toBe(200);
      const laukaa = await municipalityId(t.db, 'Laukaa');
      const expected: Me = {
        id: user.id,
        email: 'Aino.Employer@example.test',
        displayName: 'Aino',
        role: 'member',
        audience: 'employer',
        locale: 'fi',
        municipality: { id: laukaa, name: 'Laukaa' },
        organisation: { id: org, name: 'Konepaja Oy' },
        managedMunicipalities: [],
      };
      expect(res.body).toEqual(expected);

      const session = setCookie(res.headers, 'kp_session') ?? '';
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Lax/i);
      expect(session).not.toMatch(/Max-Age|Expires/i);
      const csrfCookie = setCookie(res.headers, 'kp_csrf') ?? '';
      expect(csrfCookie).not.toBe('');
      expect(agent.cookie('kp_csrf')).not.toBe(before);
      expect(res.headers.get('x-csrf-token')).toBe(agent.cookie('kp_csrf'));

      const rows: { last_login_at: Date | null }[] = await t.db.query(
        `SELECT last_login_at FROM app_user WHERE id = $1`,
        [user.id],
      );
      expect(rows[0].last_login_at).not.toBeNull();
      const sessions: { n: string }[] = await t.db.query(`SELECT count(*) AS n FROM user_session WHERE user_id = $1`, [
        user.id,
      ]);
      expect(Number(sessions[0].n)).toBe(1);

      const me = await agent.get<Me>('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body).toEqual(expected);
    });

    it('refuses the old CSRF token after sign-in', async () => {
      const user = await createUser(t.db);
      const agent = t.agent();
      const old = await agent.csrf();
      expect((await agent.login(user.email, TEST_PASSWORD)).status).toBe(200);
      const res = await agent.patch<ApiErrorBody>('/api/auth/me', { locale: 'en' }, { csrf: false });
      expect(res.status).toBe(403);
      const withOld = await agent.request<ApiErrorBody>('PATCH', '/api/auth/me', JSON.stringify({ locale: 'en' }), {
        'content-type': 'application/json',
        'x-csrf-token': old,
      });
      expect(withOld.status).toBe(403);
      expect(withOld.body.code).toBe('csrf_invalid');
    });

    it('answers a wrong password and an unknown e-mail with the same 401 body', async () => {
      const user = await createUser(t.db);
      const wrong = await t.agent().login(user.email, 'Not-The-Password-1');
      const unknown = await t.agent().login('nobody-here@example.test', TEST_PASSWORD);
      expect(wrong.status).toBe(401);
      expect((wrong.body as ApiErrorBody).code).toBe('invalid_credentials');
      expect(unknown.status).toBe(401);
      expect(unknown.body).toEqual(wrong.body);
      expect(setCookie(wrong.headers, 'kp_session')).toBeUndefined();
    });

    it('refuses invited and deactivated accounts with that same 401 body, even with the right password', async () => {
      const invited = await createUser(t.db, { status: 'invited' });
      const deactivated = await createUser(t.db, { status: 'deactivated' });
      const reference = await t.agent().login('nobody-either@example.test', TEST_PASSWORD);
      for (const email of [invited.email, deactivated.email]) {
        const res = await t.agent().login(email, TEST_PASSWORD);
        expect(res.status).toBe(401);
        expect(res.body).toEqual(reference.body);
      }
      const sessions: { n: string }[] = await t.db.query(
        `SELECT count(*) AS n FROM user_session WHERE user_id IN ($1, $2)`,
        [invited.id, deactivated.id],
      );
      expect(Number(sessions[0].n)).toBe(0);
    });

    it('answers a malformed body with 400 naming each bad field', async () => {
      const agent = t.agent();
      const res = await agent.post<ApiErrorBody>('/api/auth/login', { email: 'not-an-address', password: '' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(fields(res.body)).toEqual(['email', 'password']);

      const tooLong = await agent.post<ApiErrorBody>('/api/auth/login', {
        email: `${'a'.repeat(250)}@x.fi`,
        password: 'x'.repeat(129),
      });
      expect(tooLong.status).toBe(400);
      expect(fields(tooLong.body)).toEqual(['email', 'password']);

      const missing = await agent.post<ApiErrorBody>('/api/auth/login', {});
      expect(missing.status).toBe(400);
      expect(fields(missing.body)).toEqual(['email', 'password']);
    });

    it('rejects an unknown field, naming it', async () => {
      const user = await createUser(t.db);
      const res = await t
        .agent()
        .post<ApiErrorBody>('/api/auth/login', { email: user.email, password: TEST_PASSWORD, role: 'admin' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(fields(res.body)).toEqual(['role']);
    });

    it('refuses a sign-in without the CSRF token with 403 csrf_invalid', async () => {
      const user = await createUser(t.db);
      const agent = t.agent();
      const res = await agent.post<ApiErrorBody>(
        '/api/auth/login',
        { email: user.email, password: TEST_PASSWORD },
        { csrf: false },
      );
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('csrf_invalid');

      await agent.csrf();
      const mismatched = await agent.post<ApiErrorBody>(
        '/api/auth/login',
        { email: user.email, password: TEST_PASSWORD },
        { csrf: false, headers: { 'x-csrf-token': 'A'.repeat(43) } },
      );
      expect(mismatched.status).toBe(403);
      expect(mismatched.body.code).toBe('csrf_invalid');
      expect(agent.cookie('kp_session')).toBeUndefined();
    });

    it('ends a session that existed before sign-in instead of keeping it (no session fixation)', async () => {
      const first = await createUser(t.db);
      const second = await createUser(t.db);
      const agent = t.agent();
      await agent.login(first.email, TEST_PASSWORD);
      const oldToken = agent.cookie('kp_session') ?? '';
      await agent.login(second.email, TEST_PASSWORD);
      expect(agent.cookie('kp_session')).not.toBe(oldToken);
      const rows: { n: string }[] = await t.db.query(`SELECT count(*) AS n FROM user_session WHERE user_id = $1`, [
        first.id,
      ]);
      expect(Number(rows[0].n)).toBe(0);
      expect((await agent.get<Me>('/api/auth/me')).body.id).toBe(second.id);
    });
  });
});
