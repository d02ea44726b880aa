import type { AuditEntry, MailLogDetail, MailLogEntry, Page } from '@kotopaikka/contracts';

import { fieldsOf, signedIn } from '../../accounts/users/people.test-support';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';

describe('audit trail and mail log (admins only)', () => {
  let t: TestApp;
  let admin: TestAgent;
  let adminId: string;
  let coordinator: TestAgent;

  beforeAll(async () => {
    t = await startTestApp();
    ({ agent: admin, id: adminId } = await signedIn(t, { role: 'admin', displayName: 'Aino Admin' }));
    ({ agent: coordinator } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('records an administrative change with its actor and shows it to admins only', async () => {
    const created = await admin.post<{ id: string }>('/api/organisations', {
      name: 'Auditoitu Oy',
      kind: 'employer',
      municipalityId: (await t.db.query(`SELECT id FROM municipality WHERE name = 'Jämsä'`))[0].id,
    });
    const res = await admin.get<Page<AuditEntry>>(`/api/audit?entityType=organisation&actorId=${adminId}`);
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: created.body.id,
      actor: { id: adminId, name: 'Aino Admin' },
      details: { name: 'Auditoitu Oy' },
      // The target by name, not only its id.
      entityName: 'Auditoitu Oy',
    });
    expect((await coordinator.get('/api/audit')).status).toBe(403);
    expect((await coordinator.get('/api/mail-log')).status).toBe(403);
    expect((await t.agent().get('/api/audit')).status).toBe(401);
  });

  it('pages newest first, also through entries written in the same microsecond', async () => {
    await t.db.query(
      `INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, created_at)
       SELECT NULL, 'file.upload', 'test', n::text, '2030-01-01T00:00:00.123456Z'::timestamptz + (CASE WHEN n > 3 THEN interval '1 microsecond' ELSE interval '0' END)
         FROM generate_series(1, 5) n`,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: Page<AuditEntry> } = await admin.get<Page<AuditEntry>>(
        `/api/audit?action=file.upload&entityType=test&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((a) => a.entityId ?? ''));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen.slice(0, 2).sort()).toEqual(['4', '5']);
  });

  it('lists sent e-mail newest first and shows one with its HTML', async () => {
    const rows: { id: string }[] = await t.db.query(
      `INSERT INTO mail_message (outbox_id, user_id, to_address, subject, category, text_body, html_body, transport, created_at)
       VALUES (gen_random_uuid(), $1, 'old@example.test', 'Old', 'account', 'old text', '<p>old</p>', 'log', now() - interval '1 hour'),
              (gen_random_uuid(), NULL, 'new@example.test', 'New', 'reminders', 'new text', '<p>new</p>', 'smtp', now())
       RETURNING id`,
      [adminId],
    );
    const list = await admin.get<Page<MailLogEntry>>('/api/mail-log?to=example.test');
    expect(list.status).toBe(200);
    expect(list.body.items.map((m) => m.to)).toEqual(['new@example.test', 'old@example.test']);
    expect(list.body.items[1]).toMatchObject({
      subject: 'Old',
      category: 'account',
      textBody: 'old text',
      transport: 'log',
    });
    const filtered = await admin.get<Page<MailLogEntry>>('/api/mail-log?category=reminders');
    expect(filtered.body.items.map((m) => m.to)).toEqual(['new@example.test']);

    const one = await admin.get<MailLogDetail>(`/api/mail-log/${rows[0].id}`);
    expect(one.body).toMatchObject({ to: 'old@example.test', htmlBody: '<p>old</p>', userId: adminId });
    expect((await admin.get('/api/mail-log/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const bad = await admin.get('/api/mail-log/nope');
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['id']);
  });

  it('names bad filters, an action outside the list among them', async () => {
    const res = await admin.get('/api/audit?actorId=me&limit=500');
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['actorId', 'limit']);
    const action = await admin.get('/api/audit?action=user.explode');
    expect([action.status, fieldsOf(action.body)]).toEqual([400, ['action']]);
    expect((await admin.get('/api/audit?locale=sv')).status).toBe(400);
  });

  it('names courses in the language asked for, people by name, and leaves a removed target unnamed', async () => {
    const [course]: { id: string }[] = await t.db.query(
      `INSERT INTO course (slug, title, summary, estimated_minutes, audiences, created_by)
       VALUES ('audit-nimi', '{"fi": "Perehdytys", "en": ""}', '{}', 10, '{employer}', $1) RETURNING id`,
      [adminId],
    );
    await t.db.query(
      `INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, created_at) VALUES
         ($1, 'course.assign', 'course', $2, '2031-01-01T00:00:03Z'),
         ($1, 'user.update', 'user', $1, '2031-01-01T00:00:02Z'),
         ($1, 'module.delete', 'course_module', '00000000-0000-4000-8000-000000000000', '2031-01-01T00:00:01Z')`,
      [adminId, course.id],
    );
    const names = async (query: string): Promise<(string | null)[]> =>
      (await admin.get<Page<AuditEntry>>(`/api/audit?limit=3${query}`)).body.items.map((a) => a.entityName);
    // No English title: the Finnish one stands in.
    expect(await names('&locale=en')).toEqual(['Perehdytys', 'Aino Admin', null]);
    expect(await names('&action=course.assign')).toEqual(['Perehdytys']);
  });
});
