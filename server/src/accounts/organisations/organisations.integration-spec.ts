import type { ApiErrorBody, FieldProblem, Organisation, Page } from '@kotopaikka/contracts';

import { createOrganisation, createUser, municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { count, fieldsOf, signedIn } from '../users/people.test-support';

describe('organisations', () => {
  let t: TestApp;
  let admin: TestAgent;
  let coordinator: TestAgent;
  let member: TestAgent;
  let aanekoski: string;
  let keuruu: string;

  beforeAll(async () => {
    t = await startTestApp();
    aanekoski = await municipalityId(t.db, 'Äänekoski');
    keuruu = await municipalityId(t.db, 'Keuruu');
    ({ agent: admin } = await signedIn(t, { role: 'admin' }));
    ({ agent: coordinator } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] }));
    ({ agent: member } = await signedIn(t));
  });

  afterAll(async () => {
    await t.close();
  });

  it('any signed-in person lists them by name, per municipality, page by page', async () => {
    for (const name of ['Cafe Kotopaikka', 'Bertan Rakennus', 'Akun Auto'])
      await createOrganisation(t.db, name, 'Kyyjärvi');
    await createOrganisation(t.db, 'Muualla Oy', 'Keuruu');
    const kyyjarvi = await municipalityId(t.db, 'Kyyjärvi');
    const first = await member.get<Page<Organisation>>(`/api/organisations?municipalityId=${kyyjarvi}&limit=2`);
    expect(first.status).toBe(200);
    const second = await member.get<Page<Organisation>>(
      `/api/organisations?municipalityId=${kyyjarvi}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect([...first.body.items, ...second.body.items].map((o) => o.name)).toEqual([
      'Akun Auto',
      'Bertan Rakennus',
      'Cafe Kotopaikka',
    ]);
    expect(second.body.nextCursor).toBeNull();
    expect(first.body.items[0].municipality).toEqual({ id: kyyjarvi, name: 'Kyyjärvi' });
    expect((await t.agent().get('/api/organisations')).status).toBe(401);
  });

  it('a coordinator creates and renames in their municipality, not in Keuruu; members not at all', async () => {
    const created = await coordinator.post<Organisation>('/api/organisations', {
      name: ' Äänekosken Kahvila ',
      kind: 'employer',
      municipalityId: aanekoski,
    });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Äänekosken Kahvila');
    const renamed = await coordinator.patch<Organisation>(`/api/organisations/${created.body.id}`, {
      name: 'Äänekosken Kahvila ja Leipomo',
    });
    expect(renamed.body.name).toBe('Äänekosken Kahvila ja Leipomo');
    expect(
      await count(t.db, `audit_entry WHERE entity_type = 'organisation' AND entity_id = $1`, [created.body.id]),
    ).toBe(2);

    expect(
      (
        await coordinator.post('/api/organisations', {
          name: 'Keuruun Kahvila',
          kind: 'employer',
          municipalityId: keuruu,
        })
      ).status,
    ).toBe(403);
    const keuruuOrg = await createOrganisation(t.db, 'Keuruun Kauppa', 'Keuruu');
    expect((await coordinator.patch(`/api/organisations/${keuruuOrg}`, { name: 'Taken over' })).status).toBe(403);
    expect((await coordinator.delete(`/api/organisations/${created.body.id}`)).status).toBe(403);
    expect(
      (await member.post('/api/organisations', { name: 'Mine', kind: 'employer', municipalityId: aanekoski })).status,
    ).toBe(403);
  });

  it('a name is unique per municipality, whatever the case: 409 conflict naming name', async () => {
    await createOrganisation(t.db, 'Laukaan Lumityö', 'Laukaa');
    const laukaa = await municipalityId(t.db, 'Laukaa');
    const dup = await admin.post<ApiErrorBody>('/api/organisations', {
      name: 'LAUKAAN LUMITYÖ',
      kind: 'employer',
      municipalityId: laukaa,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('conflict');
    expect(fieldsOf(dup.body)).toEqual(['name']);
    const elsewhere = await admin.post('/api/organisations', {
      name: 'Laukaan Lumityö',
      kind: 'employer',
      municipalityId: keuruu,
    });
    expect(elsewhere.status).toBe(201);

    const other = await createOrganisation(t.db, 'Laukaan Toinen', 'Laukaa');
    const rename = await admin.patch<ApiErrorBody>(`/api/organisations/${other}`, { name: 'laukaan lumityö' });
    expect(rename.status).toBe(409);
    expect(fieldsOf(rename.body)).toEqual(['name']);
  });

  it('an admin deletes one; its people stay, without organisation; the audit says how many', async () => {
    const org = await createOrganisation(t.db, 'Poistuva Oy', 'Jämsä');
    const person = await createUser(t.db, { municipality: 'Jämsä', organisationId: org });
    const res = await admin.delete<Organisation>(`/api/organisations/${org}`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Poistuva Oy');
    const rows: { organisation_id: string | null; status: string }[] = await t.db.query(
      `SELECT organisation_id, status FROM app_user WHERE id = $1`,
      [person.id],
    );
    expect(rows[0]).toEqual({ organisation_id: null, status: 'active' });
    const audit: { details: { detachedPeople: number } }[] = await t.db.query(
      `SELECT details FROM audit_entry WHERE action = 'organisation.delete' AND entity_id = $1`,
      [org],
    );
    expect(audit[0].details.detachedPeople).toBe(1);
    expect((await admin.get(`/api/organisations/${org}`)).status).toBe(404);
  });

  it('a person moved into or invited to an organisation while it is deleted gets 400 naming organisationId, never a 500', async () => {
    const org = await createOrganisation(t.db, 'Poistuva Oy', 'Äänekoski');
    const person = await createUser(t.db, { municipality: 'Äänekoski' });
    const waiting = async (): Promise<number> =>
      (
        (await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )) as { n: number }[]
      )[0].n;
    // The deletion holds the organisation's row while both requests reach it; then it commits.
    const holder = t.db.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query(`SELECT 1 FROM organisation WHERE id = $1 FOR UPDATE`, [org]);
      const moved = admin.patch<ApiErrorBody>(`/api/users/${person.id}`, { organisationId: org });
      const invited = admin.post<ApiErrorBody>('/api/invitations', {
        email: 'poistuva@example.test',
        displayName: 'Poistuva',
        audience: 'employer',
        municipalityId: aanekoski,
        organisationId: org,
      });
      for (let i = 0; i < 500 && (await waiting()) < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      await holder.query(`DELETE FROM organisation WHERE id = $1`, [org]);
      await holder.commitTransaction();
      const answers = await Promise.all([moved, invited]);
      expect(answers.map((a) => [a.status, ((a.body.details ?? []) as FieldProblem[]).map((d) => d.field)])).toEqual([
        [400, ['organisationId']],
        [400, ['organisationId']],
      ]);
    } finally {
      await holder.release();
    }
    expect(await count(t.db, `app_user WHERE email = 'poistuva@example.test'`)).toBe(0);
    expect(await count(t.db, `app_user WHERE id = $1 AND organisation_id IS NULL`, [person.id])).toBe(1);
  });

  it('names bad input', async () => {
    const bad = await admin.post('/api/organisations', { name: '', kind: 'club', municipalityId: 'nowhere' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['kind', 'municipalityId', 'name']);
    const unknownMunicipality = await admin.post('/api/organisations', {
      name: 'X',
      kind: 'employer',
      municipalityId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownMunicipality.status).toBe(400);
    expect(fieldsOf(unknownMunicipality.body)).toEqual(['municipalityId']);
    const nullName = await admin.patch(`/api/organisations/${await createOrganisation(t.db, 'Nimetön', 'Jämsä')}`, {
      name: null,
    });
    expect(nullName.status).toBe(400);
    expect(fieldsOf(nullName.body)).toEqual(['name']);
  });
});
