import type { AppNotification } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { QueueFactory } from '../../platform/queue/queue.factory';
import { QueueProducer } from '../../platform/queue/queue-producer.service';
import { waitFor } from '../../testing/eventually';
import { createOrganisation, createUser } from '../../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../../testing/live-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';
import { invitedPeople } from '../sessions/invited-people';
import { LiveReminders } from './live-reminders.service';
import { liveJobResult, plannedJobs, type PlannedRow } from './live-reminders.test-support';

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

describe('live session reminders and cancellation notices', () => {
  let t: TestApp;
  let reminders: LiveReminders;
  const sockets: LiveTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    reminders = t.app.get(LiveReminders);
  });

  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  afterAll(async () => {
    await t.close();
  });

  const planned = (sessionId: string): Promise<PlannedRow[]> => plannedJobs(t, sessionId);

  const plan = (sessionId: string): Promise<void> => t.db.transaction((m) => reminders.plan(m, sessionId));

  /** Mail jobs written for a person, by template. */
  const mailJobs = async (userId: string, template: string): Promise<{ params: Record<string, string> }[]> =>
    (
      await t.db.query(
        `SELECT payload FROM outbox_message WHERE queue = 'mail' AND job_name = $2 AND payload ->> 'userId' = $1 ORDER BY created_at`,
        [userId, template],
      )
    ).map((r: { payload: { params: Record<string, string> } }) => r.payload);

  /** What the mail log holds for a person. */
  const mailLog = (userId: string): Promise<{ subject: string; category: string; text_body: string }[]> =>
    t.db.query(`SELECT subject, category, text_body FROM mail_message WHERE user_id = $1 ORDER BY created_at`, [
      userId,
    ]);

  const notifications = (userId: string, kind: string): Promise<AppNotification[]> =>
    t.db.query(`SELECT kind, params, link FROM notification WHERE user_id = $1 AND kind = $2 ORDER BY created_at`, [
      userId,
      kind,
    ]);

  const jobResult = (jobId: string): Promise<unknown> => liveJobResult(t, jobId);

  /** A session in three days with a host, someone invited by name (English) and someone who declined. */
  async function session(startsInMinutes = 3 * 24 * 60) {
    const host = await createUser(t.db, { displayName: 'Hanna Host' });
    const invitee = await signedIn(t, { displayName: 'Ian Invitee' });
    await t.db.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [invitee.id]);
    const declined = await createUser(t.db);
    const sessionId = await createLiveSession(t.db, {
      hostIds: [host.id],
      invitedUserIds: [invitee.id, declined.id],
      startsInMinutes,
      title: { fi: 'Aamupala-info', en: 'Breakfast info' },
      videoUrl: 'https://meet.example/aamupala',
    });
    await t.db.query(`INSERT INTO live_rsvp (session_id, user_id, state) VALUES ($1, $2, 'declined')`, [
      sessionId,
      declined.id,
    ]);
    return { sessionId, host, invitee, declined };
  }

  it('resolves the people a session concerns now: hosts, named people, organisations and audiences in its municipality', async () => {
    const org = await createOrganisation(t.db, 'Äänekosken Metalli Oy', 'Äänekoski');
    const host = await createUser(t.db);
    const named = await createUser(t.db);
    const worker = await createUser(t.db, { organisationId: org });
    const decider = await createUser(t.db, { audience: 'decision_maker', municipality: 'Äänekoski' });
    const deciderElsewhere = await createUser(t.db, { audience: 'decision_maker', municipality: 'Laukaa' });
    const gone = await createUser(t.db, { status: 'deactivated' });
    const sessionId = await createLiveSession(t.db, {
      hostIds: [host.id],
      // The host is also named: still one person, a host.
      invitedUserIds: [named.id, gone.id, host.id],
      invitedOrganisationIds: [org],
      invitedAudiences: ['decision_maker'],
      municipality: 'Äänekoski',
    });
    const people = await invitedPeople(t.db.manager, sessionId);
    const byId = new Map(people.map((p) => [p.userId, p]));
    expect(people).toHaveLength(byId.size);
    expect(byId.get(host.id)?.host).toBe(true);
    for (const id of [named.id, worker.id, decider.id]) expect(byId.get(id)).toMatchObject({ host: false, rsvp: null });
    expect(byId.has(deciderElsewhere.id)).toBe(false);
    expect(byId.has(gone.id)).toBe(false);
    // Someone who joins the organisation later is invited too.
    const newcomer = await createUser(t.db, { organisationId: org });
    expect((await invitedPeople(t.db.manager, sessionId)).map((p) => p.userId)).toContain(newcomer.id);
  });

  it('plans a reminder a day and a quarter of an hour before the start, written with the change', async () => {
    const { sessionId } = await session();
    const [{ starts_at }]: { starts_at: Date }[] = await t.db.query(
      `SELECT starts_at FROM live_session WHERE id = $1`,
      [sessionId],
    );
    await plan(sessionId);
    const rows = await planned(sessionId);
    expect(rows.map((r) => [r.job_name, r.payload.kind, r.run_at.getTime(), r.dispatched_at])).toEqual([
      ['session_reminder', 'day_before', starts_at.getTime() - 24 * HOUR, null],
      ['session_reminder', 'soon', starts_at.getTime() - 15 * MINUTE, null],
    ]);
    expect(rows.every((r) => r.payload.startsAt === starts_at.toISOString())).toBe(true);

    // A change that rolls back plans nothing.
    const other = await createLiveSession(t.db, { hostIds: [(await createUser(t.db)).id], startsInMinutes: 3000 });
    await expect(
      t.db.transaction(async (m) => {
        await reminders.plan(m, other);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await planned(other)).toEqual([]);
  });

  it('skips reminder times already past: ten minutes before the start there is none, half an hour before only the late one', async () => {
    const host = await createUser(t.db);
    const inTen = await createLiveSession(t.db, { hostIds: [host.id], startsInMinutes: 10 });
    const inThirty = await createLiveSession(t.db, { hostIds: [host.id], startsInMinutes: 30 });
    const live = await createLiveSession(t.db, { hostIds: [host.id], startsInMinutes: 3000, status: 'live' });
    await plan(inTen);
    await plan(inThirty);
    await plan(live);
    expect(await planned(inTen)).toEqual([]);
    expect((await planned(inThirty)).map((r) => r.payload.kind)).toEqual(['soon']);
    expect(await planned(live)).toEqual([]);
  });

  it('moves the reminders on reschedule: the old job finds the session moved and does nothing, the new one reminds', async () => {
    const { sessionId, host, invitee, declined } = await session();
    await plan(sessionId);
    const [oldDayBefore] = await planned(sessionId);

    // The scheduling API's reschedule: the row changes and plan() runs in the same transaction.
    await t.db.transaction(async (m) => {
      await m.query(
        `UPDATE live_session SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day',
                sequence = sequence + 1, updated_at = now() WHERE id = $1`,
        [sessionId],
      );
      await reminders.plan(m, sessionId);
    });
    const moved = await planned(sessionId);
    expect(moved.map((r) => r.payload.kind)).toEqual(['day_before', 'soon']);
    expect(moved.map((r) => r.id)).not.toContain(oldDayBefore.id);
    expect(moved[0].run_at.getTime()).toBe(oldDayBefore.run_at.getTime() + 24 * HOUR);

    // An old job that had reached the queue before the change runs, and is a no-op.
    const oldJobId = await t.app
      .get(QueueProducer)
      .add('live', 'session_reminder', oldDayBefore.payload, { jobId: `old-${oldDayBefore.id}` });
    expect(await jobResult(oldJobId)).toEqual({ outcome: 'stale' });
    expect(await mailJobs(invitee.id, 'live_session_reminder')).toEqual([]);

    // The new one, once due, goes from the outbox through the queue: a mail in the mail log and a pushed notification.
    const socket = connectLive(t.baseUrl, invitee.agent);
    sockets.push(socket);
    await connected(socket);
    const pushed = new Promise<AppNotification>((resolve) => socket.on('notification:new', resolve));
    await t.db.query(`UPDATE outbox_message SET run_at = now() WHERE id = $1`, [moved[0].id]);
    expect(await jobResult(moved[0].id)).toEqual({ outcome: 'sent', notified: 2 });
    expect(await pushed).toMatchObject({
      kind: 'live_session_reminder',
      params: { 'title.fi': 'Aamupala-info', 'title.en': 'Breakfast info', startsAt: moved[0].payload.startsAt },
      link: `/live/${sessionId}`,
    });

    const [mail] = await waitFor(async () => {
      const log = await mailLog(invitee.id);
      return log.length > 0 && log;
    });
    // In the invitee's language, the start in Helsinki time, the video link and the session page.
    expect(mail.category).toBe('reminders');
    expect(mail.subject).toContain('Reminder: Breakfast info starts');
    expect(mail.text_body).toContain('https://meet.example/aamupala');
    expect(mail.text_body).toContain(`${t.config.publicUrl}/live/${sessionId}`);
    const helsinki = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      dateStyle: 'full',
      timeStyle: 'short',
    }).format(new Date(moved[0].payload.startsAt));
    expect(mail.text_body).toContain(helsinki);
    expect((await mailJobs(host.id, 'live_session_reminder')).map((p) => p.params['title'])).toEqual(['Aamupala-info']);
    // Who said no is not reminded.
    expect(await mailJobs(declined.id, 'live_session_reminder')).toEqual([]);
    expect(await notifications(declined.id, 'live_session_reminder')).toEqual([]);
  });

  it('sends a reminder once however often its job runs, at once or again later', async () => {
    const { sessionId, host, invitee } = await session();
    await plan(sessionId);
    const [dayBefore] = await planned(sessionId);

    const [a, b] = await Promise.all([reminders.remind(dayBefore.payload), reminders.remind(dayBefore.payload)]);
    const again = await reminders.remind(dayBefore.payload);
    expect([a, b].map((r) => (r.outcome === 'sent' ? r.notified : -1)).sort()).toEqual([0, 2]);
    expect(again).toEqual({ outcome: 'sent', notified: 0 });
    for (const person of [host, invitee]) {
      expect(await mailJobs(person.id, 'live_session_reminder')).toHaveLength(1);
      expect(await notifications(person.id, 'live_session_reminder')).toHaveLength(1);
    }
    const sent: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM live_reminder_sent WHERE session_id = $1 AND kind = 'day_before'`,
      [sessionId],
    );
    expect(sent[0].n).toBe(2);

    // The queue's own retry of the same job: still nothing more.
    const retried = await t.app
      .get(QueueProducer)
      .add('live', 'session_reminder', dayBefore.payload, { jobId: `retry-${dayBefore.id}` });
    expect(await jobResult(retried)).toEqual({ outcome: 'sent', notified: 0 });
    expect(await mailJobs(invitee.id, 'live_session_reminder')).toHaveLength(1);
    await waitFor(async () => (await mailLog(invitee.id)).length === 1);
  });

  it('respects the e-mail preferences: no reminder mail for who switched reminders off, the notification still', async () => {
    const { sessionId, invitee } = await session();
    await t.db.query(
      `UPDATE app_user SET email_preferences = '{"reminders": false, "notifications": true}' WHERE id = $1`,
      [invitee.id],
    );
    await plan(sessionId);
    const [dayBefore] = await planned(sessionId);
    await reminders.remind(dayBefore.payload);
    const [job]: { id: string }[] = await t.db.query(
      `SELECT id FROM outbox_message WHERE queue = 'mail' AND job_name = 'live_session_reminder' AND payload ->> 'userId' = $1`,
      [invitee.id],
    );
    const outcome = await waitFor(async () => {
      const done = await t.app.get(QueueFactory).queue('mail').getJob(job.id);
      return done?.finishedOn ? done.returnvalue : null;
    });
    expect(outcome).toBe('opted_out');
    expect(await mailLog(invitee.id)).toEqual([]);
    expect(await notifications(invitee.id, 'live_session_reminder')).toHaveLength(1);
  });

  it('does not remind of a session that has started or whose "tomorrow" reminder comes within the last quarter hour', async () => {
    const { sessionId, invitee } = await session(10);
    const [{ starts_at }]: { starts_at: Date }[] = await t.db.query(
      `SELECT starts_at FROM live_session WHERE id = $1`,
      [sessionId],
    );
    const startsAt = starts_at.toISOString();
    expect(await reminders.remind({ sessionId, kind: 'day_before', startsAt })).toEqual({ outcome: 'stale' });
    expect(await reminders.remind({ sessionId, kind: 'soon', startsAt })).toEqual({ outcome: 'sent', notified: 2 });
    await t.db.query(`UPDATE live_session SET status = 'live' WHERE id = $1`, [sessionId]);
    await t.db.query(`DELETE FROM live_reminder_sent WHERE session_id = $1`, [sessionId]);
    expect(await reminders.remind({ sessionId, kind: 'soon', startsAt })).toEqual({ outcome: 'stale' });
    expect(await mailJobs(invitee.id, 'live_session_reminder')).toHaveLength(1);
  });

  it('on cancel removes the pending reminders and tells everyone, once, by notification and e-mail', async () => {
    const { sessionId, host, invitee, declined } = await session();
    await plan(sessionId);
    const [dayBefore] = await planned(sessionId);

    // The scheduling API's cancel.
    await t.db.transaction(async (m) => {
      await m.query(
        `UPDATE live_session SET status = 'cancelled', sequence = sequence + 1, updated_at = now() WHERE id = $1`,
        [sessionId],
      );
      await reminders.cancelled(m, sessionId);
    });
    const rows = await planned(sessionId);
    expect(rows.map((r) => r.job_name)).toEqual(['session_cancelled']);
    expect(await jobResult(rows[0].id)).toEqual({ outcome: 'sent', notified: 3 });

    // Those who had said no hear of it too; the link opens the session's page.
    for (const person of [host, invitee, declined]) {
      expect(await notifications(person.id, 'live_session_cancelled')).toEqual([
        expect.objectContaining({
          params: expect.objectContaining({ 'title.en': 'Breakfast info' }),
          link: `/live/${sessionId}`,
        }),
      ]);
      const log = await waitFor(async () => {
        const l = await mailLog(person.id);
        return l.length > 0 && l;
      });
      expect(log.map((m) => m.category)).toEqual(['notifications']);
    }
    expect((await mailLog(invitee.id))[0].subject).toBe('Cancelled: Breakfast info');
    expect((await mailLog(host.id))[0].subject).toBe('Peruttu: Aamupala-info');

    // A reminder job already queued does nothing; the notice job run again sends nothing more.
    expect(await reminders.remind(dayBefore.payload)).toEqual({ outcome: 'stale' });
    expect(await reminders.cancellation({ sessionId })).toEqual({ outcome: 'sent', notified: 0 });
    expect(await mailJobs(invitee.id, 'live_session_cancelled')).toHaveLength(1);
    expect(await mailJobs(invitee.id, 'live_session_reminder')).toEqual([]);
  });
});

describe('live session reminders in single-node mode (BullMQ on PostgreSQL)', () => {
  it('runs a due reminder from the outbox through the queue and mails the invitee', async () => {
    const t = await startTestApp({ redis: false });
    try {
      const host = await createUser(t.db);
      const invitee = await createUser(t.db);
      const sessionId = await createLiveSession(t.db, {
        hostIds: [host.id],
        invitedUserIds: [invitee.id],
        startsInMinutes: 2 * 24 * 60,
      });
      await t.db.transaction((m) => t.app.get(LiveReminders).plan(m, sessionId));
      const [first]: { id: string }[] = await t.db.query(
        `SELECT id FROM outbox_message WHERE queue = 'live' AND payload ->> 'sessionId' = $1 ORDER BY run_at LIMIT 1`,
        [sessionId],
      );
      await t.db.query(`UPDATE outbox_message SET run_at = now() WHERE id = $1`, [first.id]);
      const log = await waitFor(
        async () => {
          const rows: { subject: string }[] = await t.db.query(`SELECT subject FROM mail_message WHERE user_id = $1`, [
            invitee.id,
          ]);
          return rows.length > 0 && rows;
        },
        { what: 'reminder mail in the mail log' },
      );
      expect(log.map((r) => r.subject)).toEqual([expect.stringMatching(/^Muistutus: Työpaja alkaa /)]);
    } finally {
      await t.close();
    }
  });
});
