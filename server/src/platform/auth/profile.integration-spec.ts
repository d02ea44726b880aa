import type { ApiErrorBody, FieldProblem, Me } from '@kotopaikka/contracts';

import { createUser, municipalityId, TEST_PASSWORD, type TestUserInput } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';

function fields(body: ApiErrorBody): string[] {
  return (body.details as FieldProblem[]).map((d) => d.field).sort();
}

describe('own profile and password', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  async function signedIn(input: TestUserInput = {}): Promise<{ agent: TestAgent; id: string; email: string }> {
    const user = await createUser(t.db, input);
    const agent = t.agent();
    expect((await agent.login(user.email, user.password)).status).toBe(200);
    return { agent, id: user.id, email: user.email };
  }

  describe('GET /api/auth/me', () => {
    it('gives a coordinator the municipalities they manage, by name', async () => {
      const { agent } = await signedIn({
        role: 'coordinator',
        municipality: 'Jämsä',
        managedMunicipalities: ['Laukaa', 'Keuruu'],
      });
      const me = await agent.get<Me>('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.role).toBe('coordinator');
      expect(me.body.municipality).toEqual({ id: await municipalityId(t.db, 'Jämsä'), name: 'Jämsä' });
      expect(me.body.organisation).toBeNull();
      expect(me.body.managedMunicipalities).toEqual([
        { id: await municipalityId(t.db, 'Keuruu'), name: 'Keuruu' },
        { id: await municipalityId(t.db, 'Laukaa'), name: 'Laukaa' },
      ]);
    });

    it('gives others no managed municipalities', async () => {
      const { agent } = await signedIn({ role: 'admin' });
      expect((await agent.get<Me>('/api/auth/me')).body.managedMunicipalities).toEqual([]);
    });

    it('is 401 unauthenticated without a session', async () => {
      const res = await t.agent().get<ApiErrorBody>('/api/auth/me');
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthenticated');
    });
  });

  describe('PATCH /api/auth/me', () => {
    it('changes the display name (trimmed) and the locale', async () => {
      const { agent, id } = await signedIn();
      const res = await agent.patch<Me>('/api/auth/me', { displayName: '  Matti Meikäläinen ', locale: 'en' });
      expect(res.status).toBe(200);
      expect(res.body.displayName).toBe('Matti Meikäläinen');
      expect(res.body.locale).toBe('en');
      const rows: { display_name: string; locale: string }[] = await t.db.query(
        `SELECT display_name, locale FROM app_user WHERE id = $1`,
        [id],
      );
      expect(rows[0]).toEqual({ display_name: 'Matti Meikäläinen', locale: 'en' });

      const localeOnly = await agent.patch<Me>('/api/auth/me', { locale: 'fi' });
      expect(localeOnly.body).toMatchObject({ displayName: 'Matti Meikäläinen', locale: 'fi' });
    });

    it('refuses bad values with 400 naming each field, and writes nothing', async () => {
      const { agent, id } = await signedIn({ displayName: 'Before' });
      const res = await agent.patch<ApiErrorBody>('/api/auth/me', { displayName: '   ', locale: 'sv' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(fields(res.body)).toEqual(['displayName', 'locale']);

      const tooLong = await agent.patch<ApiErrorBody>('/api/auth/me', { displayName: 'x'.repeat(121), locale: null });
      expect(fields(tooLong.body)).toEqual(['displayName', 'locale']);

      const unknown = await agent.patch<ApiErrorBody>('/api/auth/me', { role: 'admin' });
      expect(unknown.status).toBe(400);
      expect(fields(unknown.body)).toEqual(['role']);

      const rows: { display_name: string; role: string }[] = await t.db.query(
        `SELECT display_name, role FROM app_user WHERE id = $1`,
        [id],
      );
      expect(rows[0]).toEqual({ display_name: 'Before', role: 'member' });
    });
  });

  describe('POST /api/auth/password', () => {
    it('changes the password and ends the other sessions, keeping this one', async () => {
      const { agent, email } = await signedIn();
      const otherDevice = t.agent();
      await otherDevice.login(email, TEST_PASSWORD);

      const res = await agent.post('/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'Kotona-Laukaassa-2026',
      });
      expect(res.status).toBe(204);
      expect((await agent.get('/api/auth/me')).status).toBe(200);
      expect((await otherDevice.get('/api/auth/me')).status).toBe(401);

      expect((await t.agent().login(email, TEST_PASSWORD)).status).toBe(401);
      expect((await t.agent().login(email, 'Kotona-Laukaassa-2026')).status).toBe(200);
    });

    it('refuses a wrong current password, naming currentPassword', async () => {
      const { agent } = await signedIn();
      const res = await agent.post<ApiErrorBody>('/api/auth/password', {
        currentPassword: 'Not-It-At-All',
        newPassword: 'Kotona-Laukaassa-2026',
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('invalid_credentials');
      expect(fields(res.body)).toEqual(['currentPassword']);
      expect((await agent.get('/api/auth/me')).status).toBe(200);
    });

    it.each([
      ['too short', 'Ab1-xyz'],
      ['too long', `${'Ab1-'.repeat(32)}x`],
      ['common', 'salasana123'],
      ['common, any case', 'Password1'],
    ])('refuses a %s new password with password_too_weak naming newPassword', async (_, newPassword) => {
      const { agent, email } = await signedIn();
      const res = await agent.post<ApiErrorBody>('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('password_too_weak');
      expect(fields(res.body)).toEqual(['newPassword']);
      expect((await t.agent().login(email, TEST_PASSWORD)).status).toBe(200);
    });

    it('refuses the e-mail address as the new password', async () => {
      const { agent, email } = await signedIn();
      const res = await agent.post<ApiErrorBody>('/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: email.toUpperCase(),
      });
      expect(res.body.code).toBe('password_too_weak');
    });

    it('counts wrong current passwords towards the account lockout', async () => {
      const { agent } = await signedIn();
      for (let i = 0; i < 5; i++) {
        expect(
          (
            await agent.post('/api/auth/password', {
              currentPassword: `Wrong-${i}-xx`,
              newPassword: 'Kotona-Laukaassa-2026',
            })
          ).status,
        ).toBe(400);
      }
      const res = await agent.post<ApiErrorBody>('/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'Kotona-Laukaassa-2026',
      });
      expect(res.status).toBe(429);
      expect(res.body.code).toBe('account_locked');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('answers missing fields with 400 naming them', async () => {
      const { agent } = await signedIn();
      const res = await agent.post<ApiErrorBody>('/api/auth/password', {});
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['currentPassword', 'newPassword']);
    });
  });
});
