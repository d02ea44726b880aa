import type { ApiErrorBody, AuthoringBlock, CourseAuthoring, StoredFileInfo } from '@kotopaikka/contracts';

import { fieldsOf, signedIn } from '../../accounts/users/people.test-support';
import { municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PDF, PNG, uploadFile } from './files.test-support';

const L = (fi: string): { fi: string; en: string } => ({ fi, en: '' });

/** GET /api/files/{id}: admins, the uploader, authors in scope and learners of a visible course; 404 for everyone else. */
describe('who may read an uploaded file', () => {
  let t: TestApp;
  let admin: TestAgent;
  let author: TestAgent;
  let colleague: TestAgent;
  let outsider: TestAgent;
  let learner: TestAgent;
  let keuruuLearner: TestAgent;
  let course: CourseAuthoring;
  let blockFile: StoredFileInfo;
  let cover: StoredFileInfo;

  const status = async (agent: TestAgent, file: StoredFileInfo): Promise<number> => (await agent.get(file.url)).status;

  beforeAll(async () => {
    t = await startTestApp({ redis: false });
    ({ agent: admin } = await signedIn(t, { role: 'admin' }));
    ({ agent: author } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] }));
    ({ agent: colleague } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski', 'Laukaa'] }));
    ({ agent: outsider } = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Keuruu',
      managedMunicipalities: ['Keuruu'],
    }));
    ({ agent: learner } = await signedIn(t, { municipality: 'Äänekoski' }));
    ({ agent: keuruuLearner } = await signedIn(t, { municipality: 'Keuruu' }));

    // A draft offered only in Äänekoski, with a file block and a cover, both uploaded by its author.
    const aanekoski = await municipalityId(t.db, 'Äänekoski');
    course = (
      await author.post<CourseAuthoring>('/api/courses', {
        title: L('Rajattu'),
        summary: L(''),
        estimatedMinutes: 10,
        audiences: ['employer'],
        municipalityIds: [aanekoski],
      })
    ).body;
    blockFile = (await uploadFile(author, PDF, 'opas.pdf')).body;
    cover = (await uploadFile(author, PNG, 'kansi.png', 'image/png')).body;
    const mod = (await author.post<{ id: string }>(`/api/courses/${course.id}/modules`, { title: L('M') })).body;
    const lesson = (await author.post<{ id: string }>(`/api/modules/${mod.id}/lessons`, { title: L('L') })).body;
    expect(
      (
        await author.post<AuthoringBlock>(`/api/lessons/${lesson.id}/blocks`, {
          kind: 'file',
          fileId: blockFile.id,
          title: L('Opas'),
        })
      ).status,
    ).toBe(201);
    expect((await author.patch(`/api/courses/${course.id}`, { coverFileId: cover.id })).status).toBe(200);
  });

  afterAll(async () => {
    await t.close();
  });

  it('serves a draft course’s files to admins and coordinators of its municipality, and to nobody else', async () => {
    for (const file of [blockFile, cover]) {
      expect(await status(admin, file)).toBe(200);
      expect(await status(author, file)).toBe(200);
      // Not the uploader: in scope through the course alone.
      expect(await status(colleague, file)).toBe(200);
      expect(await status(outsider, file)).toBe(404);
      expect(await status(learner, file)).toBe(404);
      expect(await status(keuruuLearner, file)).toBe(404);
    }
  });

  it('serves a published course’s files to its learners, not to people where it is not offered, and not once archived', async () => {
    expect((await author.post(`/api/courses/${course.id}/publish`)).status).toBe(200);
    for (const file of [blockFile, cover]) {
      expect(await status(learner, file)).toBe(200);
      expect(await status(keuruuLearner, file)).toBe(404);
      expect(await status(outsider, file)).toBe(404);
    }
    const served = await learner.get(cover.url);
    expect(served.headers.get('content-type')).toBe('image/png');

    expect((await author.post(`/api/courses/${course.id}/archive`)).status).toBe(200);
    expect(await status(learner, blockFile)).toBe(404);
    expect(await status(colleague, blockFile)).toBe(200);
  });

  it('serves an upload not yet used anywhere to its uploader and admins only', async () => {
    const mine = (await uploadFile(author, PDF, 'luonnos.pdf')).body;
    expect(await status(author, mine)).toBe(200);
    expect(await status(admin, mine)).toBe(200);
    for (const other of [colleague, outsider, learner]) expect(await status(other, mine)).toBe(404);
  });

  it('lets no author attach a file they may not read, which would reveal it through their own course', async () => {
    const mine = (await uploadFile(author, PNG, 'oma.png', 'image/png')).body;
    const theirs = (
      await outsider.post<CourseAuthoring>('/api/courses', {
        title: L('Keuruun'),
        summary: L(''),
        estimatedMinutes: 5,
        audiences: ['employer'],
      })
    ).body;
    const asCover = await outsider.patch<ApiErrorBody>(`/api/courses/${theirs.id}`, { coverFileId: mine.id });
    expect([asCover.status, fieldsOf(asCover.body)]).toEqual([400, ['coverFileId']]);
    const mod = (await outsider.post<{ id: string }>(`/api/courses/${theirs.id}/modules`, { title: L('M') })).body;
    const lesson = (await outsider.post<{ id: string }>(`/api/modules/${mod.id}/lessons`, { title: L('L') })).body;
    const asBlock = await outsider.post<ApiErrorBody>(`/api/lessons/${lesson.id}/blocks`, {
      kind: 'file',
      fileId: mine.id,
      title: L('Oma'),
    });
    expect([asBlock.status, fieldsOf(asBlock.body)]).toEqual([400, ['fileId']]);
    expect(await status(outsider, mine)).toBe(404);

    // An admin may reuse anyone's upload; then the course's authors read it.
    const adminCourse = (
      await admin.post<CourseAuthoring>('/api/courses', {
        title: L('Kaikille'),
        summary: L(''),
        estimatedMinutes: 5,
        audiences: ['employer'],
      })
    ).body;
    expect((await admin.patch(`/api/courses/${adminCourse.id}`, { coverFileId: mine.id })).status).toBe(200);
    expect(await status(outsider, mine)).toBe(200);
  });
});
