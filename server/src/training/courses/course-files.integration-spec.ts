import type { ApiErrorBody, AuthoringBlock, CourseAuthoring } from '@kotopaikka/contracts';

import { count, fieldsOf, signedIn } from '../../accounts/users/people.test-support';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PDF, pdfOfSize, PNG, uploadFile as upload } from '../files/files.test-support';

const L = (fi: string): { fi: string; en: string } => ({ fi, en: '' });

describe('course files', () => {
  let t: TestApp;
  let coordinator: TestAgent;
  let admin: TestAgent;
  let learner: TestAgent;
  let elsewhere: TestAgent;

  beforeAll(async () => {
    t = await startTestApp({ redis: false });
    ({ agent: coordinator } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] }));
    ({ agent: admin } = await signedIn(t, { role: 'admin' }));
    ({ agent: learner } = await signedIn(t, { municipality: 'Äänekoski' }));
    ({ agent: elsewhere } = await signedIn(t, { municipality: 'Keuruu' }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('accepts a real PDF, stores its hash and serves it to its authors with safe headers', async () => {
    const res = await upload(coordinator, PDF, 'Perehdytysopas.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fileName: 'Perehdytysopas.pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
      url: `/api/files/${res.body.id}`,
    });
    const [row]: { sha256: string; data: Buffer }[] = await t.db.query(
      `SELECT sha256, data FROM stored_file WHERE id = $1`,
      [res.body.id],
    );
    expect(row.data.equals(PDF)).toBe(true);
    expect(row.sha256).toBe(res.body.sha256);

    const served = await coordinator.get<string>(res.body.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toMatch(/^inline; filename="Perehdytysopas.pdf"/);
    expect(await count(t.db, `audit_entry WHERE action = 'file.upload' AND entity_id = $1`, [res.body.id])).toBe(1);

    const finnish = await upload(coordinator, PDF, 'Työturvallisuus ja äidinkieli.pdf');
    expect(finnish.body.fileName).toBe('Työturvallisuus ja äidinkieli.pdf');

    // A right-to-left override would show "lasku\u202egpj.pdf" as "laskufdp.jpg": stored and served without it.
    const disguised = await upload(coordinator, PDF, 'lasku\u202egpj.pdf');
    expect(disguised.body.fileName).toBe('laskugpj.pdf');
    const [stored]: { file_name: string }[] = await t.db.query(`SELECT file_name FROM stored_file WHERE id = $1`, [
      disguised.body.id,
    ]);
    expect(stored.file_name).toBe('laskugpj.pdf');
    expect((await coordinator.get(disguised.body.url)).headers.get('content-disposition')).toBe(
      `inline; filename="laskugpj.pdf"; filename*=UTF-8''laskugpj.pdf`,
    );
  });

  it('judges the type by content: text named .pdf is 415, an unnamed Office zip is 415, over 10 MB is 413; members may not upload', async () => {
    const before = await count(t.db, 'stored_file');
    const fake = await upload(coordinator, Buffer.from('just some text, honest'), 'report.pdf');
    expect([fake.status, fake.body.code, fieldsOf(fake.body)]).toEqual([415, 'unsupported_media_type', ['file']]);
    const zip = await upload(
      coordinator,
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
      'archive.zip',
      'application/zip',
    );
    expect(zip.status).toBe(415);
    const tooBig = await upload(coordinator, pdfOfSize(10 * 1024 * 1024 + 1), 'big.pdf');
    expect([tooBig.status, tooBig.body.code, fieldsOf(tooBig.body), tooBig.body.message]).toEqual([
      413,
      'payload_too_large',
      ['file'],
      'file: larger than 10 MB',
    ]);
    const missing = await coordinator.post<ApiErrorBody>('/api/files', {});
    expect([missing.status, fieldsOf(missing.body)]).toEqual([400, ['file']]);
    expect((await upload(learner, PDF, 'a.pdf')).status).toBe(403);
    expect(await count(t.db, 'stored_file')).toBe(before);

    const docx = await upload(
      coordinator,
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'ohje.docx',
      'application/octet-stream',
    );
    expect(docx.body.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await coordinator.get(docx.body.url)).headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('serves a file to learners only once a published course offered to them uses it', async () => {
    const file = (await upload(coordinator, PDF, 'opas.pdf')).body;
    const c = (
      await coordinator.post<CourseAuthoring>('/api/courses', {
        title: L('Tiedostot'),
        summary: L(''),
        estimatedMinutes: 10,
        audiences: ['employer'],
      })
    ).body;
    const mod = (await coordinator.post<{ id: string }>(`/api/courses/${c.id}/modules`, { title: L('M') })).body;
    const lesson = (await coordinator.post<{ id: string }>(`/api/modules/${mod.id}/lessons`, { title: L('L') })).body;
    const block = await coordinator.post<AuthoringBlock>(`/api/lessons/${lesson.id}/blocks`, {
      kind: 'file',
      fileId: file.id,
      title: L('Opas'),
    });
    expect(block.status).toBe(201);
    expect(block.body).toMatchObject({
      kind: 'file',
      fileId: file.id,
      fileName: 'opas.pdf',
      mimeType: 'application/pdf',
    });

    // Draft: the learner gets nothing, not even whether it exists.
    expect((await learner.get(file.url)).status).toBe(404);
    expect((await coordinator.post(`/api/courses/${c.id}/publish`)).status).toBe(200);
    expect((await learner.get(file.url)).status).toBe(200);
    expect((await elsewhere.get(file.url)).status).toBe(200);

    // Offered only in Äänekoski (narrowing a published everywhere-course is for admins): a Keuruu learner loses access.
    const aanekoski: { id: string }[] = await t.db.query(`SELECT id FROM municipality WHERE name = 'Äänekoski'`);
    expect((await admin.patch(`/api/courses/${c.id}`, { municipalityIds: [aanekoski[0].id] })).status).toBe(200);
    expect((await elsewhere.get(file.url)).status).toBe(404);
    expect((await learner.get(file.url)).status).toBe(200);

    // An image as the cover of the published course is served too; a PDF is no cover.
    const cover = (await upload(coordinator, PNG, 'kansi.png', 'image/png')).body;
    expect((await learner.get(cover.url)).status).toBe(404);
    const notImage = await coordinator.patch<ApiErrorBody>(`/api/courses/${c.id}`, { coverFileId: file.id });
    expect([notImage.status, fieldsOf(notImage.body)]).toEqual([400, ['coverFileId']]);
    const covered = await coordinator.patch<CourseAuthoring>(`/api/courses/${c.id}`, { coverFileId: cover.id });
    expect(covered.body.coverImageUrl).toBe(cover.url);
    const image = await learner.get(cover.url);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);

    const unused = (await upload(coordinator, PDF, 'muu.pdf')).body;
    expect((await learner.get(unused.url)).status).toBe(404);
    expect((await learner.get('/api/files/not-a-uuid')).status).toBe(400);
  });
});

describe('the upload limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ redis: false, env: { UPLOAD_MAX_MB: '1' } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('follows UPLOAD_MAX_MB: with 1, a 1.5 MB PDF is 413 naming file and the limit, nothing stored; 900 kB passes', async () => {
    const { agent: coordinator } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] });
    const refused = await upload(coordinator, pdfOfSize(1.5 * 1024 * 1024), 'iso.pdf');
    expect([refused.status, refused.body.code, fieldsOf(refused.body), refused.body.message]).toEqual([
      413,
      'payload_too_large',
      ['file'],
      'file: larger than 1 MB',
    ]);
    expect(await count(t.db, 'stored_file')).toBe(0);
    expect(await count(t.db, `audit_entry WHERE action = 'file.upload'`)).toBe(0);

    const accepted = await upload(coordinator, pdfOfSize(900 * 1024), 'pieni.pdf');
    expect([accepted.status, accepted.body.sizeBytes]).toEqual([201, 900 * 1024]);
    expect(await count(t.db, 'stored_file')).toBe(1);
  });
});
