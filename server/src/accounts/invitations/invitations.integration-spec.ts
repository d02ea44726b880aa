import type { ApiErrorBody, Invitation, InvitationPreview, Page, UserSummary } from '@kotopaikka/contracts';

import { createOrganisation, createUser, municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { count, fieldsOf, mailsFor, signedIn, tokenFromMail } from '../users/people.test-support';

const NEW_PASSWORD = 'Lumi-Sade-Tammikuu-42';

describe('invitations', () => {
  let t: TestApp;
  let admin: TestAgent;
  let coordinator: TestAgent;
  let aanekoski: string;
  let keuruu: string;

  beforeAll(async () => {
    t = await startTestApp();
    aanekoski = await municipalityId(t.db, 'Äänekoski');
    keuruu = await municipalityId(t.db, 'Keuruu');
    ({ agent: admin } = await signedIn(t, { role: 'admin', displayName: 'Aino Admin' }));
    ({ agent: coordinator } = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Äänekoski',
      managedMunicipalities: ['Äänekoski'],
    }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('creates the invited person, a hashed 7-day token, the e-mail job and the audit entry together', async () => {
    const org = await createOrganisation(t.db, 'Äänekosken Metalli', 'Äänekoski');
    const res = await coordinator.post<Invitation>('/api/invitations', {
      email: ' Liisa.Laine@Example.TEST ',
      displayName: 'Liisa Laine',
      audience: 'employer',
      role: 'mentor',
      municipalityId: aanekoski,
      organisationId: org,
      locale: 'en',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'liisa.laine@example.test',
      status: 'pending',
      role: 'mentor',
      municipality: { id: aanekoski },
    });
    const userId = res.body.userId;

    const users: { status: string; password_hash: string | null; organisation_id: string; locale: string }[] =
      await t.db.query(`SELECT status, password_hash, organisation_id, locale FROM app_user WHERE id = $1`, [userId]);
    expect(users[0]).toEqual({ status: 'invited', password_hash: null, organisation_id: org, locale: 'en' });

    const mails = await mailsFor(t.db, userId);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      template: 'invitation',
      locale: 'en',
      params: { inviterName: expect.any(String) },
    });
    expect(mails[0].params['link']).toMatch(new RegExp(`^${t.config.publicUrl}/invitation/[A-Za-z0-9_-]{43}$`));

    const token = await tokenFromMail(t.db, userId, 'invitation');
    const tokens: { token_hash: string; days: number }[] = await t.db.query(
      `SELECT token_hash, round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days FROM auth_token WHERE user_id = $1 AND kind = 'invitation'`,
      [userId],
    );
    expect(tokens).toHaveLength(1);
    expect(tokens[0].days).toBe(7);
    expect(tokens[0].token_hash).not.toContain(token);
    expect(await count(t.db, `audit_entry WHERE action = 'user.invite' AND entity_id = $1`, [userId])).toBe(1);
  });

  it('a duplicate address fails with 409 email_taken naming email, and writes nothing', async () => {
    await createUser(t.db, { email: 'taken@example.test' });
    const before = await Promise.all(
      ['app_user', 'auth_token', 'outbox_message', 'audit_entry'].map((table) => count(t.db, table)),
    );
    const res = await admin.post<ApiErrorBody>('/api/invitations', {
      email: 'TAKEN@example.test',
      displayName: 'Someone',
      audience: 'other',
      municipalityId: keuruu,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('email_taken');
    expect(fieldsOf(res.body)).toEqual(['email']);
    const after = await Promise.all(
      ['app_user', 'auth_token', 'outbox_message', 'audit_entry'].map((table) => count(t.db, table)),
    );
    expect(after).toEqual(before);
  });

  it('a coordinator may not invite into Keuruu, nor invite admins or coordinators: 403; an admin may', async () => {
    const body = { email: 'k1@example.test', displayName: 'K One', audience: 'other', municipalityId: keuruu };
    expect((await coordinator.post('/api/invitations', body)).status).toBe(403);
    for (const role of ['admin', 'coordinator']) {
      const res = await coordinator.post<ApiErrorBody>('/api/invitations', {
        ...body,
        municipalityId: aanekoski,
        role,
      });
      expect(res.status).toBe(403);
    }
    expect(await count(t.db, `app_user WHERE email = 'k1@example.test'`)).toBe(0);
    const ok = await admin.post<Invitation>('/api/invitations', { ...body, role: 'coordinator' });
    expect(ok.status).toBe(201);
    expect(ok.body.role).toBe('coordinator');
    const person = await admin.get<UserSummary>(`/api/users/${ok.body.userId}`);
    expect(person.body.managedMunicipalities.map((m) => m.id)).toEqual([keuruu]);
  });

  it('names bad fields and refuses an organisation of another municipality', async () => {
    const bad = await admin.post('/api/invitations', {
      email: 'not-an-address',
      displayName: '',
      audience: 'wizard',
      municipalityId: 'x',
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['audience', 'displayName', 'email', 'municipalityId']);
    const org = await createOrganisation(t.db, 'Keuruun Leipä', 'Keuruu');
    const wrongOrg = await admin.post('/api/invitations', {
      email: 'wrong-org@example.test',
      displayName: 'W',
      audience: 'other',
      municipalityId: aanekoski,
      organisationId: org,
    });
    expect(wrongOrg.status).toBe(400);
    expect(fieldsOf(wrongOrg.body)).toEqual(['organisationId']);
  });

  it('accepting sets the password, activates the account, uses the token once; then sign-in works', async () => {
    const invited = await admin.post<Invitation>('/api/invitations', {
      email: 'accept@example.test',
      displayName: 'Acceptor',
      audience: 'guidance_professional',
      municipalityId: keuruu,
    });
    const token = await tokenFromMail(t.db, invited.body.userId, 'invitation');
    const visitor = t.agent();
    const preview = await visitor.get<InvitationPreview>(`/api/invitations/token/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ email: 'accept@example.test', displayName: 'Acceptor', locale: 'fi' });

    const weak = await visitor.post<ApiErrorBody>('/api/invitations/accept', { token, password: 'salasana' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('password_too_weak');
    expect(fieldsOf(weak.body)).toEqual(['password']);

    const accepted = await visitor.post('/api/invitations/accept', {
      token,
      password: NEW_PASSWORD,
      displayName: 'Anna Acceptor',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ email: 'accept@example.test' });
    const me = await visitor.login('accept@example.test', NEW_PASSWORD);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ displayName: 'Anna Acceptor' });

    const again = await t.agent().post<ApiErrorBody>('/api/invitations/accept', { token, password: NEW_PASSWORD });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('token_invalid');
    expect((await t.agent().get(`/api/invitations/token/${token}`)).status).toBe(404);
    const listed = await admin.get<Page<Invitation>>('/api/invitations?status=accepted');
    expect(listed.body.items.map((i) => i.userId)).toContain(invited.body.userId);
  });

  it('of two simultaneous accepts exactly one succeeds', async () => {
    const invited = await admin.post<Invitation>('/api/invitations', {
      email: 'race@example.test',
      displayName: 'Racer',
      audience: 'other',
      municipalityId: keuruu,
    });
    const token = await tokenFromMail(t.db, invited.body.userId, 'invitation');
    const [a, b] = await Promise.all([
      t.agent().post('/api/invitations/accept', { token, password: NEW_PASSWORD }),
      t.agent().post('/api/invitations/accept', { token, password: 'Another-Good-Passphrase-7' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 404]);
    expect(
      await count(t.db, `audit_entry WHERE action = 'invitation.accept' AND entity_id = $1`, [invited.body.userId]),
    ).toBe(1);
  });

  it('an expired or unknown token is token_invalid', async () => {
    const invited = await admin.post<Invitation>('/api/invitations', {
      email: 'late@example.test',
      displayName: 'Late',
      audience: 'other',
      municipalityId: keuruu,
    });
    const token = await tokenFromMail(t.db, invited.body.userId, 'invitation');
    await t.db.query(`UPDATE auth_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      invited.body.userId,
    ]);
    const res = await t.agent().post<ApiErrorBody>('/api/invitations/accept', { token, password: NEW_PASSWORD });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('token_invalid');
    expect(
      (await t.agent().get<ApiErrorBody>('/api/invitations/token/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).body
        .code,
    ).toBe('token_invalid');
    const listed = await admin.get<Page<Invitation>>(`/api/invitations?status=expired`);
    expect(listed.body.items.map((i) => i.userId)).toContain(invited.body.userId);
    const status: { status: string }[] = await t.db.query(`SELECT status FROM app_user WHERE id = $1`, [
      invited.body.userId,
    ]);
    expect(status[0].status).toBe('invited');
  });

  it('resend issues a new link and kills the old one; revoke kills the link; both are audited', async () => {
    const invited = await coordinator.post<Invitation>('/api/invitations', {
      email: 'resend@example.test',
      displayName: 'Resend',
      audience: 'other',
      municipalityId: aanekoski,
    });
    const userId = invited.body.userId;
    const first = await tokenFromMail(t.db, userId, 'invitation');
    const resent = await coordinator.post<Invitation>(`/api/invitations/${invited.body.id}/resend`);
    expect(resent.status).toBe(200);
    expect(resent.body.id).not.toBe(invited.body.id);
    expect(resent.body.status).toBe('pending');
    const second = await tokenFromMail(t.db, userId, 'invitation');
    expect(second).not.toBe(first);
    expect((await t.agent().get(`/api/invitations/token/${first}`)).status).toBe(404);
    expect((await t.agent().get(`/api/invitations/token/${second}`)).status).toBe(200);

    // The list shows the invitation once, as its newest link.
    const listed = await coordinator.get<Page<Invitation>>('/api/invitations?q=resend@');
    expect(listed.body.items.map((i) => i.id)).toEqual([resent.body.id]);

    const revoked = await coordinator.post<Invitation>(`/api/invitations/${resent.body.id}/revoke`);
    expect(revoked.body.status).toBe('revoked');
    expect((await t.agent().get(`/api/invitations/token/${second}`)).status).toBe(404);
    expect((await t.agent().post('/api/invitations/accept', { token: second, password: NEW_PASSWORD })).status).toBe(
      404,
    );
    expect(
      await count(t.db, `audit_entry WHERE action IN ('invitation.resend', 'invitation.revoke') AND entity_id = $1`, [
        userId,
      ]),
    ).toBe(2);
  });

  it('keeps Keuruu invitations from an Äänekoski coordinator (404) and refuses to resend an accepted one (409)', async () => {
    const keuruuInvite = await admin.post<Invitation>('/api/invitations', {
      email: 'keuruu-invite@example.test',
      displayName: 'KI',
      audience: 'other',
      municipalityId: keuruu,
    });
    expect((await coordinator.post(`/api/invitations/${keuruuInvite.body.id}/resend`)).status).toBe(404);
    expect((await coordinator.post(`/api/invitations/${keuruuInvite.body.id}/revoke`)).status).toBe(404);
    const listed = await coordinator.get<Page<Invitation>>('/api/invitations?limit=100');
    expect(listed.body.items.every((i) => i.municipality?.id === aanekoski)).toBe(true);

    const token = await tokenFromMail(t.db, keuruuInvite.body.userId, 'invitation');
    await t.agent().post('/api/invitations/accept', { token, password: NEW_PASSWORD });
    const resend = await admin.post<ApiErrorBody>(`/api/invitations/${keuruuInvite.body.id}/resend`);
    expect(resend.status).toBe(409);
    const person = await admin.get<UserSummary>(`/api/users/${keuruuInvite.body.userId}`);
    expect(person.body.status).toBe('active');
  });

  it('pages the list newest first', async () => {
    for (const n of [1, 2, 3]) {
      await admin.post('/api/invitations', {
        email: `page${n}@example.test`,
        displayName: `Page ${n}`,
        audience: 'other',
        municipalityId: aanekoski,
      });
    }
    const first = await admin.get<Page<Invitation>>('/api/invitations?q=page&limit=2');
    const second = await admin.get<Page<Invitation>>(`/api/invitations?q=page&limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((i) => i.email)).toEqual([
      'page3@example.test',
      'page2@example.test',
      'page1@example.test',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('members cannot invite', async () => {
    const member = await signedIn(t);
    const res = await member.agent.post('/api/invitations', {
      email: 'm@example.test',
      displayName: 'M',
      audience: 'other',
      municipalityId: aanekoski,
    });
    expect(res.status).toBe(403);
    expect(await count(t.db, `app_user WHERE email = 'm@example.test'`)).toBe(0);
  });

  it('folds the address as PostgreSQL does (İ, final Σ), so a case variant is the same address', async () => {
    const invite = (email: string) =>
      admin.post<Invitation>('/api/invitations', {
        email,
        displayName: 'Case Variant',
        audience: 'other',
        municipalityId: keuruu,
      });
    const dotted = await invite('İlkka.Öz@example.test');
    expect(dotted.status).toBe(201);
    // JavaScript would keep i + U+0307, which lower() in SQL never produces from the plain address.
    expect(dotted.body.email).toBe('ilkka.öz@example.test');
    expect((await invite('ilkka.öz@example.test')).status).toBe(409);
    expect((await invite('ILKKA.ÖZ@example.test')).status).toBe(409);

    const greek = await invite('ΟΔΥΣΣΕΥΣ@example.test');
    expect(greek.status).toBe(201);
    expect(greek.body.email).toBe('οδυσσευσ@example.test');
    expect(((await invite('οδυσσευσ@example.test')).body as unknown as ApiErrorBody).code).toBe('email_taken');
    expect(await count(t.db, `app_user WHERE lower(email) IN ('ilkka.öz@example.test', 'οδυσσευσ@example.test')`)).toBe(
      2,
    );
  });
});
