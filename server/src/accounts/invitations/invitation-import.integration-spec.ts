import type { ApiErrorBody, InvitationImportResult } from '@kotopaikka/contracts';

import { createOrganisation, createUser, municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { count, fieldsOf, signedIn } from '../users/people.test-support';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function upload(content: Buffer | string, municipality?: string, fileName = 'people.csv'): FormData {
  const form = new FormData();
  if (municipality) form.append('municipalityId', municipality);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), fileName);
  return form;
}

describe('invitation CSV import', () => {
  let t: TestApp;
  let coordinator: TestAgent;
  let aanekoski: string;
  let keuruu: string;

  beforeAll(async () => {
    t = await startTestApp();
    aanekoski = await municipalityId(t.db, 'Äänekoski');
    keuruu = await municipalityId(t.db, 'Keuruu');
    ({ agent: coordinator } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('invites the good rows of a Finnish Excel file and reports every bad line with all its problems', async () => {
    const org = await createOrganisation(t.db, 'Äänekosken Saha', 'Äänekoski');
    await createUser(t.db, { email: 'already@example.test' });
    const csv = [
      'email;displayName;audience;organisation',
      'sanna.saha@example.test;Sanna Saha;employer;äänekosken saha',
      'pekka@example.test;"Pekka; the guide";guidance_professional;',
      'not-an-email;Nobody;other;',
      'x@example.test;;wizard;',
      'y@example.test;Y;other;Unknown Company',
      'SANNA.SAHA@example.test;Sanna Again;employer;',
      'already@example.test;Already;other;',
      '',
    ].join('\r\n');
    const res = await coordinator.post<InvitationImportResult>(
      '/api/invitations/import',
      upload(Buffer.concat([BOM, Buffer.from(csv, 'utf8')]), aanekoski),
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      invited: 2,
      rejected: [
        { line: 4, email: 'not-an-email', problems: ['email_invalid'] },
        { line: 5, email: 'x@example.test', problems: ['display_name_missing', 'audience_invalid'] },
        { line: 6, email: 'y@example.test', problems: ['organisation_unknown'] },
        { line: 7, email: 'sanna.saha@example.test', problems: ['email_duplicate_in_file'] },
        { line: 8, email: 'already@example.test', problems: ['email_taken'] },
      ],
    });
    const invited: {
      email: string;
      display_name: string;
      status: string;
      role: string;
      municipality_id: string;
      organisation_id: string | null;
    }[] = await t.db.query(
      `SELECT email, display_name, status, role, municipality_id, organisation_id FROM app_user
        WHERE email IN ('sanna.saha@example.test', 'pekka@example.test') ORDER BY email`,
    );
    expect(invited).toEqual([
      {
        email: 'pekka@example.test',
        display_name: 'Pekka; the guide',
        status: 'invited',
        role: 'member',
        municipality_id: aanekoski,
        organisation_id: null,
      },
      {
        email: 'sanna.saha@example.test',
        display_name: 'Sanna Saha',
        status: 'invited',
        role: 'member',
        municipality_id: aanekoski,
        organisation_id: org,
      },
    ]);
    expect(
      await count(
        t.db,
        `outbox_message o JOIN app_user u ON u.id::text = o.payload->>'userId' WHERE o.queue = 'mail' AND u.email IN ('sanna.saha@example.test', 'pekka@example.test')`,
      ),
    ).toBe(2);
    expect(
      await count(
        t.db,
        `auth_token t JOIN app_user u ON u.id = t.user_id WHERE u.email IN ('sanna.saha@example.test', 'pekka@example.test')`,
      ),
    ).toBe(2);
    expect(await count(t.db, `audit_entry WHERE action = 'invitation.import' AND entity_id = $1`, [aanekoski])).toBe(1);
  });

  it('rejects addresses with line breaks, bidi overrides or invisible characters, which a loose address check takes', async () => {
    const csv = [
      'email;displayName;audience',
      'bidi\u202e@example.test;Bidi;other',
      'zero\u200bwidth@example.test;Zero;other',
      '"""x\r\nbcc: victim@example.test""@example.test";Injected;other',
      '',
    ].join('\r\n');
    const res = await coordinator.post<InvitationImportResult>(
      '/api/invitations/import',
      upload(csv, aanekoski, 'ihmiset\u202e.csv'),
    );
    expect(res.status).toBe(200);
    expect(res.body.invited).toBe(0);
    const [audit]: { details: { fileName: string } }[] = await t.db.query(
      `SELECT details FROM audit_entry WHERE action = 'invitation.import' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(audit.details.fileName).toBe('ihmiset.csv');
    expect(res.body.rejected.map((r) => [r.line, r.problems])).toEqual([
      [2, ['email_invalid']],
      [3, ['email_invalid']],
      [4, ['email_invalid']],
    ]);
    expect(await count(t.db, `app_user WHERE email LIKE '%victim%' OR email LIKE 'bidi%' OR email LIKE 'zero%'`)).toBe(
      0,
    );
  });

  it('reads comma-separated files without BOM and without the organisation column', async () => {
    const res = await coordinator.post<InvitationImportResult>(
      '/api/invitations/import',
      upload('Email,DisplayName,Audience\ncomma@example.test,Comma Person,onboarding_staff\n', aanekoski),
    );
    expect(res.body).toEqual({ invited: 1, rejected: [] });
  });

  it('refuses what is not UTF-8 text with 415 naming file, and invites nobody', async () => {
    const latin1 = Buffer.from('email;displayName;audience\nlatin@example.test;J\xe4ms\xe4;other\n', 'latin1');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    for (const bytes of [latin1, png]) {
      const res = await coordinator.post<ApiErrorBody>('/api/invitations/import', upload(bytes, aanekoski));
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('unsupported_media_type');
      expect(fieldsOf(res.body)).toEqual(['file']);
    }
    expect(await count(t.db, `app_user WHERE email = 'latin@example.test'`)).toBe(0);
  });

  it('refuses a file over 200 KB with 413 naming file', async () => {
    const big = 'email;displayName;audience\n' + 'a@example.test;A;other\n'.repeat(10_000);
    const res = await coordinator.post<ApiErrorBody>('/api/invitations/import', upload(big, aanekoski));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
    expect(fieldsOf(res.body)).toEqual(['file']);
  });

  it('refuses more rows than one import takes, inviting nobody', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `many${i}@example.test;Many ${i};other`);
    const res = await coordinator.post(
      '/api/invitations/import',
      upload(['email;displayName;audience', ...rows].join('\n'), aanekoski),
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['file']);
    expect(await count(t.db, `app_user WHERE email LIKE 'many%@example.test'`)).toBe(0);
  });

  it('names the missing file, the missing municipality and a header without the needed columns', async () => {
    const form = new FormData();
    form.append('municipalityId', aanekoski);
    const noFile = await coordinator.post('/api/invitations/import', form);
    expect(noFile.status).toBe(400);
    expect(fieldsOf(noFile.body)).toEqual(['file']);

    const noMunicipality = await coordinator.post('/api/invitations/import', upload('email;displayName;audience\n'));
    expect(noMunicipality.status).toBe(400);
    expect(fieldsOf(noMunicipality.body)).toEqual(['municipalityId']);

    const badHeader = await coordinator.post(
      '/api/invitations/import',
      upload('sähköposti;nimi\nx@example.test;X\n', aanekoski),
    );
    expect(badHeader.status).toBe(400);
    expect(fieldsOf(badHeader.body)).toEqual(['file']);
  });

  it('refuses a file whose quotes do not close, naming its line and inviting nobody', async () => {
    const res = await coordinator.post<ApiErrorBody>(
      '/api/invitations/import',
      upload('email;displayName;audience\nquote1@example.test;Q;other\nquote2@example.test;"Q;other\n', aanekoski),
    );
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'file', problems: [expect.stringMatching(/^line 3: /)] }]);
    expect(await count(t.db, `app_user WHERE email LIKE 'quote%@example.test'`)).toBe(0);
  });

  it('a coordinator of Äänekoski may not import into Keuruu', async () => {
    const res = await coordinator.post(
      '/api/invitations/import',
      upload('email;displayName;audience\nkeuruu-csv@example.test;K;other\n', keuruu),
    );
    expect(res.status).toBe(403);
    expect(await count(t.db, `app_user WHERE email = 'keuruu-csv@example.test'`)).toBe(0);
  });

  it('finds an organisation and a taken address however the file cases them, as PostgreSQL folds them', async () => {
    const izmir = await createOrganisation(t.db, 'İzmir Lojistik Oy', 'Äänekoski');
    const sauna = await createOrganisation(t.db, 'ΣΑΥΝΑ ΟΔΥΣΣΕΥΣ', 'Äänekoski');
    await createUser(t.db, { email: 'οδυσσευσ-taken@example.test' });
    const csv = [
      'email;displayName;audience;organisation',
      'İpek.Kaya@example.test;İpek Kaya;employer;İzmir Lojistik Oy',
      'ilker@example.test;İlker;employer;İZMİR LOJİSTİK OY',
      'kosta@example.test;Kosta;employer;Σαυνα ΟΔΥΣΣΕΥΣ',
      'ΟΔΥΣΣΕΥΣ-TAKEN@example.test;Taken;other;',
      'ipek.kaya@example.test;Again;other;',
    ].join('\n');
    const res = await coordinator.post<InvitationImportResult>('/api/invitations/import', upload(csv, aanekoski));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      invited: 3,
      rejected: [
        { line: 5, email: 'οδυσσευσ-taken@example.test', problems: ['email_taken'] },
        { line: 6, email: 'ipek.kaya@example.test', problems: ['email_duplicate_in_file'] },
      ],
    });
    const rows: { email: string; organisation_id: string }[] = await t.db.query(
      `SELECT email, organisation_id FROM app_user WHERE email IN ('ipek.kaya@example.test', 'ilker@example.test', 'kosta@example.test') ORDER BY email`,
    );
    expect(rows).toEqual([
      { email: 'ilker@example.test', organisation_id: izmir },
      { email: 'ipek.kaya@example.test', organisation_id: izmir },
      { email: 'kosta@example.test', organisation_id: sauna },
    ]);
  });

  it('rejects only the row whose organisation is deleted while the import runs', async () => {
    const org = await createOrganisation(t.db, 'Katoava Oy', 'Äänekoski');
    const waiting = async (): Promise<number> =>
      (
        (await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )) as { n: number }[]
      )[0].n;
    const holder = t.db.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query(`SELECT 1 FROM organisation WHERE id = $1 FOR UPDATE`, [org]);
      const csv = [
        'email;displayName;audience;organisation',
        'katoava@example.test;Katoava;employer;Katoava Oy',
        'pysyva@example.test;Pysyvä;other;',
      ].join('\n');
      const imported = coordinator.post<InvitationImportResult>('/api/invitations/import', upload(csv, aanekoski));
      for (let i = 0; i < 500 && (await waiting()) < 1; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      await holder.query(`DELETE FROM organisation WHERE id = $1`, [org]);
      await holder.commitTransaction();
      const res = await imported;
      expect([res.status, res.body]).toEqual([
        200,
        { invited: 1, rejected: [{ line: 2, email: 'katoava@example.test', problems: ['organisation_unknown'] }] },
      ]);
    } finally {
      await holder.release();
    }
  });
});
