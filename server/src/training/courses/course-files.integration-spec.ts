import type { ApiErrorBody, AuthoringBlock, CourseAuthoring, StoredFileInfo } from '@kotopaikka/contracts';

import { startTestApp, type TestApp } from '../../testing/test-app';
import type { TestAgent } from '../../testing/test-agent';
import { count, fieldsOf, signedIn } from '../../platform/users/people.test-support';

const L = (fi: string): { fi: string; en: string } => ({ fi, en: '' });

/** A small but real PDF (one empty page) that PDF readers open. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

function form(content: Buffer, name: string, type = 'application/pdf'): FormData {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(content)], { type }), name);
  return body;
}

describe('course files', () => {
  let t: TestApp;
  let coordinator: TestAgent;
  let learner: TestAgent;
  let elsewhere: TestAgent;

  beforeAll(async () => {
    t = await startTestApp({ redis: false });
    ({ agent: coordinator } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] }));
    ({ agent: learner } = await signedIn(t, { municipality: 'Äänekoski' }));
    ({ agent: elsewhere } = await signedIn(t, { municipality: 'Keuruu' }));
  });

  afterAll(async () => {
    await t.close();
  });

  async function upload(agent: TestAgent, content: Buffer, name: string, type?: string): Promise<{ status: number; body: StoredFileInfo & ApiErrorBody }> {
    return agent.post<StoredFileInfo & ApiErrorBody>('/api/files', form(content, name, type));
  }

  it('accepts a real PDF, stores its hash and serves it to its authors with safe headers', async () => {
    const res = await upload(coordinator, PDF, 'Perehdytysopas.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ fileName: 'Perehdytysopas.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length, url: `/api/files/${res.body.id}` });
    const [row]: { sha256: string; data: Buffer }[] = await t.db.query(`SELECT sha256, data FROM stored_file WHERE id = $1`, [res.body.id]);
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
  });

  it('judges the type by content: text named .pdf is 415, an unnamed Office zip is 415, over 10 MB is 413; members may not upload', async () => {
    const before = await count(t.db, 'stored_file');
    const fake = await upload(coordinator, Buffer.from('just some text, honest'), 'report.pdf');
    expect([fake.status, fake.body.code, fieldsOf(fake.body)]).toEqual([415, 'unsupported_media_type', ['file']]);
    const zip = await upload(coordinator, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'archive.zip', 'application/zip');
    expect(zip.status).toBe(415);
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(coordinator, big, 'big.pdf');
    expect([tooBig.status, fieldsOf(tooBig.body)]).toEqual([413, ['file']]);
    const missing = await coordinator.post<ApiErrorBody>('/api/files', {});
    expect([missing.status, fieldsOf(missing.body)]).toEqual([400, ['file']]);
    expect((await upload(learner, PDF, 'a.pdf')).status).toBe(403);
    expect(await count(t.db, 'stored_file')).toBe(before);

    const docx = await upload(coordinator, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'ohje.docx', 'application/octet-stream');
    expect(docx.body.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await coordinator.get(docx.body.url)).headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('serves a file to learners only once a published course offered to them uses it', async () => {
    const file = (await upload(coordinator, PDF, 'opas.pdf')).body;
    const c = (await coordinator.post<CourseAuthoring>('/api/courses', { title: L('Tiedostot'), summary: L(''), estimatedMinutes: 10, audiences: ['employer'] })).body;
    const mod = (await coordinator.post<{ id: string }>(`/api/courses/${c.id}/modules`, { title: L('M') })).body;
    const lesson = (await coordinator.post<{ id: string }>(`/api/modules/${mod.id}/lessons`, { title: L('L') })).body;
    const block = await coordinator.post<AuthoringBlock>(`/api/lessons/${lesson.id}/blocks`, { kind: 'file', fileId: file.id, title: L('Opas') });
    expect(block.status).toBe(201);
    expect(block.body).toMatchObject({ kind: 'file', fileId: file.id, fileName: 'opas.pdf', mimeType: 'application/pdf' });

    // Draft: the learner gets nothing, not even whether it exists.
    expect((await learner.get(file.url)).status).toBe(404);
    expect((await coordinator.post(`/api/courses/${c.id}/publish`)).status).toBe(200);
    expect((await learner.get(file.url)).status).toBe(200);
    expect((await elsewhere.get(file.url)).status).toBe(200);

    // Offered only in Äänekoski: a Keuruu learner loses access.
    const aanekoski: { id: string }[] = await t.db.query(`SELECT id FROM municipality WHERE name = 'Äänekoski'`);
    expect((await coordinator.patch(`/api/courses/${c.id}`, { municipalityIds: [aanekoski[0].id] })).status).toBe(200);
    expect((await elsewhere.get(file.url)).status).toBe(404);
    expect((await learner.get(file.url)).status).toBe(200);

    // An image as the cover of the published course is served too; a PDF is no cover.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const cover = (await upload(coordinator, png, 'kansi.png', 'image/png')).body;
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
