import { waitFor } from '../../testing/eventually';
import { createUser } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createInfoSession, registrationMail } from '../registration/registration.test-support';
import { LiveReminders } from './live-reminders.service';
import { liveJobResult, plannedJobs } from './live-reminders.test-support';

describe('reminders and cancellation notices for guests (registrants without an account)', () => {
  let t: TestApp;
  let reminders: LiveReminders;

  beforeAll(async () => {
    t = await startTestApp();
    reminders = t.app.get(LiveReminders);
  });

  afterAll(async () => {
    await t.close();
  });

  const plan = (sessionId: string): Promise<void> => t.db.transaction((m) => reminders.plan(m, sessionId));

  it('mails the guests holding a seat both reminders with their own join link, once; then the cancellation to every guest still registered', async () => {
    const host = await createUser(t.db);
    const { id: sessionId, slug } = await createInfoSession(t.db, {
      hostIds: [host.id],
      startsInMinutes: 3 * 24 * 60,
      capacity: 2,
      videoUrl: 'https://meet.example/aamupala',
    });
    const visitor = t.agent();
    let address = 0;
    const register = async (name: string, locale: 'fi' | 'en'): Promise<string> => {
      const email = `${name.toLowerCase()}-${sessionId.slice(0, 8)}@example.test`;
      const res = await visitor.post(
        `/api/public/live-sessions/${slug}/registrations`,
        { name, email, locale, consent: true },
        { headers: { 'x-forwarded-for': `10.7.0.${++address}` } },
      );
      expect(res.status).toBe(200);
      return email;
    };
    const amina = await register('Amina', 'en');
    const bo = await register('Bo', 'fi');
    const cai = await register('Cai', 'fi');
    // Bo cancels: Cai moves up from the waitlist with new links; Dee then waits for a seat.
    const boMail = await registrationMail(t, bo);
    await visitor.post('/api/public/registrations/cancel', { token: boMail.cancelToken });
    const caiMail = await registrationMail(t, cai, 'live_registration_promoted');
    const dee = await register('Dee', 'fi');
    const aminaMail = await registrationMail(t, amina);

    const mailsTo = (email: string): Promise<{ template: string }[]> =>
      t.db.query(
        `SELECT o.job_name AS template FROM outbox_message o WHERE o.queue = 'mail' AND o.payload ->> 'to' = $1 ORDER BY o.created_at`,
        [email],
      );
    await plan(sessionId);
    const [dayBefore, soon] = await plannedJobs(t, sessionId);
    expect(await reminders.remind(dayBefore.payload)).toEqual({ outcome: 'sent', notified: 3 });
    expect(await reminders.remind(dayBefore.payload)).toEqual({ outcome: 'sent', notified: 0 });
    const reminded = await registrationMail(t, amina, 'live_registration_reminder');
    // In their language, with the same personal links as their registration mail, and the video link.
    expect(reminded.text).toContain('Hello Amina');
    expect(reminded.text).toContain('A reminder: you are registered for the session Breakfast info');
    expect(reminded.text).toContain('https://meet.example/aamupala');
    expect([reminded.joinToken, reminded.cancelToken]).toEqual([aminaMail.joinToken, aminaMail.cancelToken]);
    expect(reminded.loggedText).not.toContain(reminded.joinToken);
    const caiReminded = await registrationMail(t, cai, 'live_registration_reminder');
    expect(caiReminded.text).toContain('Hei Cai');
    expect(caiReminded.joinToken).toBe(caiMail.joinToken);

    // The quarter-hour one is a notice of its own; a job run twice at once still mails each guest once.
    await t.db.query(
      `UPDATE live_session SET starts_at = now() + interval '14 minutes', ends_at = now() + interval '2 hours' WHERE id = $1`,
      [sessionId],
    );
    const [{ starts_at }]: { starts_at: Date }[] = await t.db.query(
      `SELECT starts_at FROM live_session WHERE id = $1`,
      [sessionId],
    );
    const late = { ...soon.payload, startsAt: starts_at.toISOString() };
    const runs = await Promise.all([reminders.remind(late), reminders.remind(late)]);
    expect(runs.map((r) => (r.outcome === 'sent' ? r.notified : -1)).sort()).toEqual([0, 3]);
    for (const email of [amina, cai])
      expect((await mailsTo(email)).filter((m) => m.template === 'live_registration_reminder')).toHaveLength(2);
    // Who cancelled, and who only waits for a seat, are not reminded.
    for (const email of [bo, dee])
      expect((await mailsTo(email)).filter((m) => m.template === 'live_registration_reminder')).toEqual([]);

    // The session is cancelled: every guest still registered, waiting ones too, hears of it once; Bo does not.
    await t.db.transaction(async (m) => {
      await m.query(`UPDATE live_session SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1`, [sessionId]);
      await reminders.cancelled(m, sessionId);
    });
    const [notice] = (await plannedJobs(t, sessionId)).filter((r) => r.job_name === 'session_cancelled');
    expect(await liveJobResult(t, notice.id)).toEqual({ outcome: 'sent', notified: 4 });
    expect(await reminders.cancellation({ sessionId })).toEqual({ outcome: 'sent', notified: 0 });
    for (const email of [amina, cai, dee])
      expect((await mailsTo(email)).filter((m) => m.template === 'live_registration_cancelled')).toHaveLength(1);
    expect((await mailsTo(bo)).map((m) => m.template)).toEqual(['live_registration']);
    const [cancelMail] = await waitFor(async () => {
      const rows: { subject: string; text_body: string }[] = await t.db.query(
        `SELECT m.subject, m.text_body FROM mail_message m JOIN outbox_message o ON o.id = m.outbox_id
          WHERE m.to_address = $1 AND o.job_name = 'live_registration_cancelled'`,
        [amina],
      );
      return rows.length > 0 && rows;
    });
    expect(cancelMail.subject).toBe('Cancelled: Breakfast info');
    expect(cancelMail.text_body).toContain('has been cancelled');
  });
});
