import type { Certificate, CertificateVerification, Page } from '@kotopaikka/contracts';

import { QueueProducer } from '../../platform/queue/queue-producer.service';
import { waitFor } from '../../testing/eventually';
import { createUser, TEST_PASSWORD } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { CertificatesProcessor } from './certificates.processor';
import { pdfText } from './pdf-text.test-support';
import { createCourse, createEnrollment } from './training-fixtures.test-support';

async function signedIn(t: TestApp, email: string): Promise<TestAgent> {
  const agent = t.agent();
  expect((await agent.login(email, TEST_PASSWORD)).status).toBe(200);
  return agent;
}

async function fetchPdf(
  agent: TestAgent,
  code: string,
): Promise<{ status: number; type: string | null; body: Buffer }> {
  const res = await fetch(`${agent.baseUrl}/api/certificates/${code}/pdf`, {
    headers: { cookie: `kp_session=${agent.cookie('kp_session') ?? ''}` },
  });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

describe('certificates', () => {
  let t: TestApp;
  let processor: CertificatesProcessor;

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://kotopaikka.example' } });
    processor = t.app.get(CertificatesProcessor);
  });

  afterAll(async () => {
    await t.close();
  });

  async function completedEnrollment(
    displayName: string,
    municipality = 'Äänekoski',
  ): Promise<{ enrollmentId: string; user: { id: string; email: string } }> {
    const user = await createUser(t.db, { displayName, municipality });
    const { courseId } = await createCourse(t.db, { estimatedMinutes: 120 });
    const enrollmentId = await createEnrollment(t.db, courseId, user.id, {
      completedAt: new Date('2026-11-20T21:30:00Z'),
    });
    return { enrollmentId, user };
  }

  const runIssue = (enrollmentId: string) =>
    processor.process({ name: 'issue', data: { enrollmentId } } as Parameters<CertificatesProcessor['process']>[0]);

  it('issues exactly one certificate with one code when the job runs twice at once', async () => {
    const { enrollmentId, user } = await completedEnrollment('Олена Коваленко');
    const outcomes = await Promise.all([runIssue(enrollmentId), runIssue(enrollmentId)]);
    expect(outcomes.sort()).toEqual(['already_issued', 'issued']);
    const rows: { code: string; pdf: Buffer }[] = await t.db.query(
      `SELECT code, pdf FROM certificate WHERE enrollment_id = $1`,
      [enrollmentId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].code).toMatch(/^[A-Z2-7]{32}$/);
    const text = pdfText(rows[0].pdf);
    expect(text).toContain('Олена Коваленко');
    expect(text).toContain(rows[0].code);
    expect(text).toContain(`https://kotopaikka.example/verify/${rows[0].code}`);
    expect(text).toContain('Äänekoski');
    expect(rows[0].pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const notes: { kind: string; params: Record<string, string>; link: string }[] = await t.db.query(
      `SELECT kind, params, link FROM notification WHERE user_id = $1`,
      [user.id],
    );
    expect(notes.map((n) => n.kind)).toEqual(['certificate_issued']);
    // The title in every language, so the learner reads it in theirs; the link opens the client's verification page.
    expect(Object.keys(notes[0].params).sort()).toEqual(['code', 'courseTitle.en', 'courseTitle.fi']);
    expect(notes[0].link).toBe(`/verify/${rows[0].code}`);
    expect(await runIssue(enrollmentId)).toBe('already_issued');
  });

  it('issues through the queue as the outbox relay enqueues it, and not for an unfinished enrollment', async () => {
    const { enrollmentId } = await completedEnrollment('ليلى حداد');
    await t.app.get(QueueProducer).add('certificates', 'issue', { enrollmentId });
    const rows = await waitFor(
      async () => {
        const found: unknown[] = await t.db.query(`SELECT 1 FROM certificate WHERE enrollment_id = $1`, [enrollmentId]);
        return found.length > 0 && found;
      },
      { what: 'certificate issued' },
    );
    expect(rows).toHaveLength(1);

    const learner = await createUser(t.db);
    const { courseId } = await createCourse(t.db);
    const unfinished = await createEnrollment(t.db, courseId, learner.id);
    expect(await runIssue(unfinished)).toBe('not_completed');
    expect(await t.db.query(`SELECT 1 FROM certificate WHERE enrollment_id = $1`, [unfinished])).toHaveLength(0);
  });

  it("follows a learner's completion through the outbox to a certificate in their list", async () => {
    const user = await createUser(t.db, { displayName: 'Sanna Saarijärvi', municipality: 'Saarijärvi' });
    const { courseId, lessonId, quizId } = await createCourse(t.db);
    await t.db.query(`UPDATE quiz SET required = false WHERE id = $1`, [quizId]);
    const learner = await signedIn(t, user.email);
    expect((await learner.post(`/api/courses/${courseId}/enroll`)).status).toBe(201);
    expect((await learner.post(`/api/lessons/${lessonId}/progress`, { done: true })).status).toBe(200);

    const mine = await waitFor(
      async () => {
        const res = await learner.get<Page<Certificate>>('/api/me/certificates');
        return res.body.items.length > 0 && res;
      },
      { timeoutMs: 20_000, intervalMs: 200, what: 'certificate in my list' },
    );
    expect(mine.body.items).toEqual([
      expect.objectContaining({ course: { id: courseId, name: 'Työnantajan perehdytyspolku' } }),
    ]);
    const verification = await t.agent().get<CertificateVerification>(`/api/certificates/${mine.body.items[0].code}`);
    expect(verification.body).toMatchObject({
      valid: true,
      learnerName: 'Sanna Saarijärvi',
      issuer: 'Kotopaikka · Saarijärvi',
    });
  });

  it('verifies publicly, names no one once the learner is erased, and answers valid=false for an unknown code', async () => {
    const { enrollmentId } = await completedEnrollment('Aino Virtanen', 'Laukaa');
    await runIssue(enrollmentId);
    const [{ code }]: { code: string }[] = await t.db.query(`SELECT code FROM certificate WHERE enrollment_id = $1`, [
      enrollmentId,
    ]);

    const anonymous = t.agent();
    const ok = await anonymous.get<CertificateVerification>(`/api/certificates/${code}?locale=en`);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      valid: true,
      learnerName: 'Aino Virtanen',
      courseTitle: 'Employer onboarding path',
      completedAt: '2026-11-20T21:30:00.000Z',
      issuer: 'Kotopaikka · Laukaa',
      code,
    });
    expect(
      (await anonymous.get<CertificateVerification>(`/api/certificates/${code.toLowerCase()}`)).body.courseTitle,
    ).toBe('Työnantajan perehdytyspolku');

    await t.db.query(`UPDATE certificate SET learner_name = NULL WHERE code = $1`, [code]);
    const erased = await anonymous.get<CertificateVerification>(`/api/certificates/${code}`);
    expect(erased.body.valid).toBe(true);
    expect(erased.body.learnerName).toBeNull();

    const unknown = await anonymous.get<CertificateVerification>('/api/certificates/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({ valid: false, learnerName: null, courseTitle: null, completedAt: null });
    expect((await anonymous.get(`/api/certificates/${'A'.repeat(65)}`)).status).toBe(400);
    expect((await anonymous.get(`/api/certificates/${code}?locale=xx`)).status).toBe(400);
  });

  it("serves the PDF to the learner, admins and coordinators of the learner's municipality only", async () => {
    const { enrollmentId, user } = await completedEnrollment('Mikko Mallikas', 'Keuruu');
    await runIssue(enrollmentId);
    const [{ code }]: { code: string }[] = await t.db.query(`SELECT code FROM certificate WHERE enrollment_id = $1`, [
      enrollmentId,
    ]);

    const learner = await fetchPdf(await signedIn(t, user.email), code);
    expect(learner.status).toBe(200);
    expect(learner.type).toBe('application/pdf');
    expect(learner.body.subarray(0, 5).toString()).toBe('%PDF-');

    const admin = await createUser(t.db, { role: 'admin' });
    expect((await fetchPdf(await signedIn(t, admin.email), code)).status).toBe(200);
    const keuruu = await createUser(t.db, { role: 'coordinator', managedMunicipalities: ['Keuruu'] });
    expect((await fetchPdf(await signedIn(t, keuruu.email), code)).status).toBe(200);
    const laukaa = await createUser(t.db, { role: 'coordinator', managedMunicipalities: ['Laukaa'] });
    expect((await fetchPdf(await signedIn(t, laukaa.email), code)).status).toBe(403);
    const other = await createUser(t.db, { municipality: 'Keuruu' });
    const otherAgent = await signedIn(t, other.email);
    expect((await fetchPdf(otherAgent, code)).status).toBe(403);
    expect((await fetchPdf(otherAgent, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/api/certificates/${code}/pdf`)).status).toBe(401);

    const mine = await (await signedIn(t, user.email)).get<Page<Certificate>>('/api/me/certificates');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        code,
        downloadUrl: `/api/certificates/${code}/pdf`,
        verifyUrl: `https://kotopaikka.example/verify/${code}`,
      }),
    ]);
    expect((await otherAgent.get<Page<Certificate>>('/api/me/certificates')).body.items).toEqual([]);
  });
});
