import type { Invitation, UserSummary } from '@kotopaikka/contracts';

import { createUser, municipalityId } from '../../testing/fixtures';
import type { TestAgent, TestResponse } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { signedIn, tokenFromMail } from '../users/people.test-support';
import { issueToken, PASSWORD_RESET_TTL_MS } from './one-time-token';

const ROUNDS = 20;
const PASSWORD = 'Lumi-Sade-Tammikuu-42';

interface Person {
  status: string;
  has_password: boolean;
  invitation: string | null;
}

/**
 * Each transaction that touches a person and their tokens locks the person's row first, so an acceptance or
 * reset racing an administrator's change waits instead of deadlocking (which answered 500 on both sides).
 */
describe('a link used while an administrator changes the same person', () => {
  let t: TestApp;
  let admin: TestAgent;
  let keuruu: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    ({ agent: admin } = await signedIn(t, { role: 'admin' }));
    keuruu = await municipalityId(t.db, 'Keuruu');
  });

  afterAll(async () => {
    await t.close();
  });

  async function invited(round: number): Promise<{ invitation: Invitation; token: string }> {
    const res = await admin.post<Invitation>('/api/invitations', {
      email: `race-${round}-${Math.random().toString(36).slice(2, 8)}@example.test`,
      displayName: `Race ${round}`,
      audience: 'other',
      municipalityId: keuruu,
    });
    expect(res.status).toBe(201);
    return { invitation: res.body, token: await tokenFromMail(t.db, res.body.userId, 'invitation') };
  }

  async function person(userId: string): Promise<Person> {
    const rows: Person[] = await t.db.query(
      `SELECT u.status, u.password_hash IS NOT NULL AS has_password,
              (SELECT CASE WHEN used_at IS NOT NULL THEN 'accepted' WHEN revoked_at IS NOT NULL THEN 'revoked' ELSE 'pending' END
                 FROM auth_token WHERE user_id = u.id AND kind = 'invitation' ORDER BY created_at DESC LIMIT 1) AS invitation
         FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    return rows[0];
  }

  function accept(token: string): Promise<TestResponse> {
    return t.agent().post('/api/invitations/accept', { token, password: PASSWORD });
  }

  async function lockWaiters(): Promise<number> {
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows[0].n;
  }

  async function untilWaiting(n: number): Promise<void> {
    for (let i = 0; i < 500 && (await lockWaiters()) < n; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await lockWaiters()).toBeGreaterThanOrEqual(n);
  }

  /**
   * The worst interleaving, made certain: while the test holds the person's row, the administrator's request
   * queues for it first and the link's request second; then the row is let go.
   */
  async function interleaved(
    userId: string,
    admins: () => Promise<TestResponse>,
    links: () => Promise<TestResponse>,
  ): Promise<[TestResponse, TestResponse]> {
    const holder = t.db.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [userId]);
      const first = admins();
      await untilWaiting(1);
      const second = links();
      await untilWaiting(2);
      await holder.commitTransaction();
      return await Promise.all([first, second]);
    } finally {
      await holder.release();
    }
  }

  function statuses(...answers: TestResponse[]): number[] {
    return answers.map((a) => a.status);
  }

  it('resend, revoke or deactivate queued before an acceptance on the same person: no deadlock, the administrator wins', async () => {
    for (const action of ['resend', 'revoke', 'deactivate'] as const) {
      const { invitation, token } = await invited(0);
      const path =
        action === 'deactivate'
          ? `/api/users/${invitation.userId}/deactivate`
          : `/api/invitations/${invitation.id}/${action}`;
      const [administered, accepted] = await interleaved(
        invitation.userId,
        () => admin.post(path),
        () => accept(token),
      );
      expect([action, statuses(administered, accepted)]).toEqual([action, [200, 404]]);
      expect((await person(invitation.userId)).has_password).toBe(false);
    }
  });

  it('deactivate queued before a password reset of the same person: no deadlock, the reset link is dead', async () => {
    const user = await createUser(t.db, { municipality: 'Keuruu' });
    const { token } = await issueToken(t.db.manager, 'password_reset', user.id, null, PASSWORD_RESET_TTL_MS);
    const [deactivated, reset] = await interleaved(
      user.id,
      () => admin.post(`/api/users/${user.id}/deactivate`),
      () => t.agent().post('/api/auth/password/reset', { token, password: PASSWORD }),
    );
    expect(statuses(deactivated, reset)).toEqual([200, 404]);
  });

  it('accept ∥ resend: one wins, never a 500, and the person is either active or still invited with a fresh link', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { invitation, token } = await invited(round);
      const [accepted, resent] = await Promise.all([
        accept(token),
        admin.post(`/api/invitations/${invitation.id}/resend`),
      ]);
      const end = await person(invitation.userId);
      if (accepted.status === 200) {
        expect([statuses(accepted, resent), end]).toEqual([
          [200, 409],
          { status: 'active', has_password: true, invitation: 'accepted' },
        ]);
      } else {
        expect([statuses(accepted, resent), end]).toEqual([
          [404, 200],
          { status: 'invited', has_password: false, invitation: 'pending' },
        ]);
      }
    }
  });

  it('accept ∥ revoke: one wins, never a 500, and the end state matches the winner', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { invitation, token } = await invited(round);
      const [accepted, revoked] = await Promise.all([
        accept(token),
        admin.post(`/api/invitations/${invitation.id}/revoke`),
      ]);
      const end = await person(invitation.userId);
      if (accepted.status === 200) {
        expect([statuses(accepted, revoked), end]).toEqual([
          [200, 409],
          { status: 'active', has_password: true, invitation: 'accepted' },
        ]);
      } else {
        expect([statuses(accepted, revoked), end]).toEqual([
          [404, 200],
          { status: 'invited', has_password: false, invitation: 'revoked' },
        ]);
      }
    }
  });

  it('accept ∥ deactivate: never a 500, and the person always ends deactivated', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { invitation, token } = await invited(round);
      const [accepted, deactivated] = await Promise.all([
        accept(token),
        admin.post<UserSummary>(`/api/users/${invitation.userId}/deactivate`),
      ]);
      expect(deactivated.status).toBe(200);
      expect(deactivated.body.status).toBe('deactivated');
      const end = await person(invitation.userId);
      if (accepted.status === 200)
        expect(end).toEqual({ status: 'deactivated', has_password: true, invitation: 'accepted' });
      else
        expect([accepted.status, end]).toEqual([
          404,
          { status: 'deactivated', has_password: false, invitation: 'revoked' },
        ]);
    }
  });

  it('password reset ∥ deactivate: never a 500, and the person always ends deactivated', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const user = await createUser(t.db, { municipality: 'Keuruu' });
      const { token } = await issueToken(t.db.manager, 'password_reset', user.id, null, PASSWORD_RESET_TTL_MS);
      const [reset, deactivated] = await Promise.all([
        t.agent().post('/api/auth/password/reset', { token, password: PASSWORD }),
        admin.post<UserSummary>(`/api/users/${user.id}/deactivate`),
      ]);
      expect([reset.status === 200 || reset.status === 404, deactivated.status]).toEqual([true, 200]);
      const rows: { status: string; live_tokens: number }[] = await t.db.query(
        `SELECT status, (SELECT count(*)::int FROM auth_token WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL) AS live_tokens
           FROM app_user WHERE id = $1`,
        [user.id],
      );
      expect(rows[0]).toEqual({ status: 'deactivated', live_tokens: 0 });
    }
  });

  it('edit ∥ deactivate: never a 500, and both changes hold', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const user = await createUser(t.db, { municipality: 'Keuruu' });
      const [edited, deactivated] = await Promise.all([
        admin.patch<UserSummary>(`/api/users/${user.id}`, { displayName: `Edited ${round}`, audience: 'employer' }),
        admin.post<UserSummary>(`/api/users/${user.id}/deactivate`),
      ]);
      expect(statuses(edited, deactivated)).toEqual([200, 200]);
      const rows: { status: string; display_name: string }[] = await t.db.query(
        `SELECT status, display_name FROM app_user WHERE id = $1`,
        [user.id],
      );
      expect(rows[0]).toEqual({ status: 'deactivated', display_name: `Edited ${round}` });
    }
  });
});
