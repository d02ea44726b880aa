import type { ApiErrorBody, AuditEntry, Page, UserSummary } from '@kotopaikka/contracts';

import { createOrganisation, createUser, municipalityId, TEST_PASSWORD } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { count, fieldsOf, mailsFor, signedIn } from './people.test-support';

describe('people administration (/api/users)', () => {
  let t: TestApp;
  let admin: TestAgent;
  let coordinator: TestAgent;
  let coordinatorId: string;
  let aanekoski: string;
  let keuruu: string;
  let keuruuMember: string;

  beforeAll(async () => {
    t = await startTestApp();
    aanekoski = await municipalityId(t.db, 'Äänekoski');
    keuruu = await municipalityId(t.db, 'Keuruu');
    ({ agent: admin } = await signedIn(t, { role: 'admin', displayName: 'Aino Admin' }));
    ({ agent: coordinator, id: coordinatorId } = await signedIn(t, {
      role: 'coordinator',
      displayName: 'Kaisa Coordinator',
      municipality: 'Äänekoski',
      managedMunicipalities: ['Äänekoski'],
    }));
    keuruuMember = (await createUser(t.db, { displayName: 'Kalle Keuruu', municipality: 'Keuruu' })).id;
  });

  afterAll(async () => {
    await t.close();
  });

  describe('a coordinator of Äänekoski', () => {
    it('lists only people of Äänekoski, even when asking for Keuruu', async () => {
      const own = await createUser(t.db, { displayName: 'Olli Äänekoski', municipality: 'Äänekoski' });
      const all = await coordinator.get<Page<UserSummary>>('/api/users?limit=100');
      expect(all.status).toBe(200);
      const ids = all.body.items.map((u) => u.id);
      expect(ids).toContain(own.id);
      expect(ids).not.toContain(keuruuMember);
      expect(all.body.items.every((u) => u.municipality?.id === aanekoski)).toBe(true);

      const keuruuOnly = await coordinator.get<Page<UserSummary>>(`/api/users?municipalityId=${keuruu}`);
      expect(keuruuOnly.body.items).toEqual([]);
    });

    it('cannot see, edit, deactivate or reactivate a Keuruu member: 404, as if they did not exist', async () => {
      expect((await coordinator.get(`/api/users/${keuruuMember}`)).status).toBe(404);
      expect((await coordinator.patch(`/api/users/${keuruuMember}`, { displayName: 'X' })).status).toBe(404);
      expect((await coordinator.post(`/api/users/${keuruuMember}/deactivate`)).status).toBe(404);
      expect((await coordinator.post(`/api/users/${keuruuMember}/reactivate`)).status).toBe(404);
      const stored: { display_name: string; status: string }[] = await t.db.query(
        `SELECT display_name, status FROM app_user WHERE id = $1`,
        [keuruuMember],
      );
      expect(stored[0]).toEqual({ display_name: 'Kalle Keuruu', status: 'active' });
    });

    it('edits a member of Äänekoski and may make them a mentor, with an audit entry in the same change', async () => {
      const member = await createUser(t.db, { displayName: 'Maija Member', municipality: 'Äänekoski' });
      const org = await createOrganisation(t.db, 'Äänekosken Puu Oy', 'Äänekoski');
      const res = await coordinator.patch<UserSummary>(`/api/users/${member.id}`, {
        displayName: 'Maija Mentor',
        role: 'mentor',
        audience: 'employer',
        organisationId: org,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        displayName: 'Maija Mentor',
        role: 'mentor',
        audience: 'employer',
        organisation: { id: org },
      });
      const audit: { actor_id: string; details: { changes: Record<string, unknown> } }[] = await t.db.query(
        `SELECT actor_id, details FROM audit_entry WHERE action = 'user.update' AND entity_id = $1`,
        [member.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_id).toBe(coordinatorId);
      expect(Object.keys(audit[0].details.changes).sort()).toEqual([
        'audience',
        'displayName',
        'organisationId',
        'role',
      ]);
    });

    it('cannot make anyone admin or coordinator, edit another coordinator, or assign municipalities: 403', async () => {
      const member = await createUser(t.db, { municipality: 'Äänekoski' });
      for (const role of ['admin', 'coordinator']) {
        const res = await coordinator.patch<ApiErrorBody>(`/api/users/${member.id}`, { role });
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('forbidden');
      }
      const other = await createUser(t.db, {
        role: 'coordinator',
        municipality: 'Äänekoski',
        managedMunicipalities: ['Äänekoski'],
      });
      expect((await coordinator.patch(`/api/users/${other.id}`, { displayName: 'Renamed' })).status).toBe(403);
      expect((await coordinator.post(`/api/users/${other.id}/deactivate`)).status).toBe(403);
      expect((await coordinator.patch(`/api/users/${member.id}`, { managedMunicipalityIds: [aanekoski] })).status).toBe(
        403,
      );
      expect((await coordinator.patch(`/api/users/${member.id}`, { municipalityId: keuruu })).status).toBe(403);
      const stored: { role: string; municipality_id: string }[] = await t.db.query(
        `SELECT role, municipality_id FROM app_user WHERE id = $1`,
        [member.id],
      );
      expect(stored[0]).toEqual({ role: 'member', municipality_id: aanekoski });
      expect(await count(t.db, `audit_entry WHERE entity_id = $1`, [member.id])).toBe(0);
    });
  });

  describe('an admin', () => {
    it('makes a member coordinator of two municipalities, and taking the role away clears them', async () => {
      const member = await createUser(t.db, { municipality: 'Keuruu' });
      const made = await admin.patch<UserSummary>(`/api/users/${member.id}`, {
        role: 'coordinator',
        managedMunicipalityIds: [keuruu, aanekoski],
      });
      expect(made.status).toBe(200);
      expect(made.body.role).toBe('coordinator');
      expect(made.body.managedMunicipalities.map((m) => m.name)).toEqual(['Keuruu', 'Äänekoski']);

      const plain = await createUser(t.db, { municipality: 'Keuruu' });
      const promoted = await admin.patch<UserSummary>(`/api/users/${plain.id}`, { role: 'coordinator' });
      expect(promoted.body.managedMunicipalities.map((m) => m.id)).toEqual([keuruu]);

      const back = await admin.patch<UserSummary>(`/api/users/${member.id}`, { role: 'member' });
      expect(back.body.managedMunicipalities).toEqual([]);
      expect(await count(t.db, `coordinator_municipality WHERE user_id = $1`, [member.id])).toBe(0);

      const audit = await admin.get<Page<AuditEntry>>(`/api/audit?action=user.update&limit=100`);
      expect(audit.body.items.filter((a) => a.entityId === member.id)).toHaveLength(2);
    });

    it('refuses municipalities for a non-coordinator and an organisation of another municipality, naming the field', async () => {
      const member = await createUser(t.db, { municipality: 'Keuruu' });
      const managed = await admin.patch(`/api/users/${member.id}`, { managedMunicipalityIds: [keuruu] });
      expect(managed.status).toBe(400);
      expect(fieldsOf(managed.body)).toEqual(['managedMunicipalityIds']);

      const elsewhere = await createOrganisation(t.db, 'Jämsän Paperi', 'Jämsä');
      const org = await admin.patch(`/api/users/${member.id}`, { organisationId: elsewhere });
      expect(org.status).toBe(400);
      expect(fieldsOf(org.body)).toEqual(['organisationId']);
    });

    it('moving a person to another municipality drops the old organisation', async () => {
      const org = await createOrganisation(t.db, 'Keuruun Kone', 'Keuruu');
      const member = await createUser(t.db, { municipality: 'Keuruu', organisationId: org });
      const moved = await admin.patch<UserSummary>(`/api/users/${member.id}`, { municipalityId: aanekoski });
      expect(moved.body.municipality?.id).toBe(aanekoski);
      expect(moved.body.organisation).toBeNull();
    });

    it('cannot change their own role or deactivate themselves', async () => {
      const me = await signedIn(t, { role: 'admin' });
      expect((await me.agent.patch(`/api/users/${me.id}`, { role: 'member' })).status).toBe(403);
      expect((await me.agent.post(`/api/users/${me.id}/deactivate`)).status).toBe(403);
    });
  });

  it('searches by name or e-mail and pages by name with a cursor, without gaps or repeats', async () => {
    for (const name of ['Paging Eeva', 'paging Aapo', 'Paging Ceci', 'Paging Bertta', 'Paging Daniel']) {
      await createUser(t.db, { displayName: name, municipality: 'Laukaa' });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: Page<UserSummary> } = await admin.get<Page<UserSummary>>(
        `/api/users?q=paging&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...res.body.items.map((u) => u.displayName));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['paging Aapo', 'Paging Bertta', 'Paging Ceci', 'Paging Daniel', 'Paging Eeva']);

    const byEmail = await createUser(t.db, { email: 'unique-finder@example.test', municipality: 'Laukaa' });
    const found = await admin.get<Page<UserSummary>>('/api/users?q=UNIQUE-FINDER');
    expect(found.body.items.map((u) => u.id)).toEqual([byEmail.id]);
  });

  it('deactivation ends every session and queues the e-mail; reactivation lets them sign in again', async () => {
    const person = await signedIn(t, { municipality: 'Äänekoski' });
    const second = t.agent();
    await second.login(person.email, TEST_PASSWORD);
    expect((await person.agent.get('/api/auth/me')).status).toBe(200);

    const res = await coordinator.post<UserSummary>(`/api/users/${person.id}/deactivate`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('deactivated');
    expect(await count(t.db, `user_session WHERE user_id = $1`, [person.id])).toBe(0);
    expect((await person.agent.get('/api/auth/me')).status).toBe(401);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    expect((await mailsFor(t.db, person.id)).map((m) => m.template)).toEqual(['account_deactivated']);
    expect((await t.agent().login(person.email, TEST_PASSWORD)).status).not.toBe(200);

    // Deactivating twice changes nothing and sends nothing more.
    expect((await coordinator.post(`/api/users/${person.id}/deactivate`)).status).toBe(200);
    expect(await mailsFor(t.db, person.id)).toHaveLength(1);
    expect(await count(t.db, `audit_entry WHERE action = 'user.deactivate' AND entity_id = $1`, [person.id])).toBe(1);

    const back = await coordinator.post<UserSummary>(`/api/users/${person.id}/reactivate`);
    expect(back.body.status).toBe('active');
    expect((await t.agent().login(person.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('is closed to members and names bad input', async () => {
    const member = await signedIn(t);
    expect((await member.agent.get('/api/users')).status).toBe(403);
    expect((await member.agent.get(`/api/users/${member.id}`)).status).toBe(403);

    const badId = await admin.get('/api/users/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(fieldsOf(badId.body)).toEqual(['id']);

    const badQuery = await admin.get('/api/users?limit=0&role=king');
    expect(badQuery.status).toBe(400);
    expect(fieldsOf(badQuery.body)).toEqual(['limit', 'role']);

    const badBody = await admin.patch(`/api/users/${member.id}`, { displayName: '  ', role: 'king', shoeSize: 44 });
    expect(badBody.status).toBe(400);
    expect(fieldsOf(badBody.body)).toEqual(['displayName', 'role', 'shoeSize']);

    const badCursor = await admin.get('/api/users?cursor=nonsense');
    expect(badCursor.status).toBe(400);
    expect(fieldsOf(badCursor.body)).toEqual(['cursor']);
  });
});
