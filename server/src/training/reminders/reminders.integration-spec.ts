import { QueueFactory } from '../../platform/queue/queue.factory';
import { waitFor } from '../../testing/eventually';
import { createUser } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createCourse, createEnrollment } from '../certificates/training-fixtures.test-support';
import { Clock } from './clock';
import { REMINDER_SCHEDULER_ID } from './reminders.processor';
import { RemindersService } from './reminders.service';

const DAY = 24 * 60 * 60 * 1000;
// 08:00 UTC is 10:00 in Helsinki, the same calendar day.
const T0 = new Date('2026-11-27T08:00:00Z');
const daysFrom = (base: Date, days: number) => new Date(base.getTime() + days * DAY);

describe('reminders', () => {
  let t: TestApp;
  let clock: Clock;
  let reminders: RemindersService;

  beforeAll(async () => {
    t = await startTestApp({ env: { REMINDER_AFTER_DAYS: '7' } });
    clock = t.app.get(Clock);
    reminders = t.app.get(RemindersService);
  });

  afterAll(async () => {
    await t.close();
  });

  const setNow = (instant: Date) => {
    clock.now = () => instant;
  };

  async function mails(userId: string): Promise<string[]> {
    const rows: { job_name: string }[] = await t.db.query(
      `SELECT job_name FROM outbox_message WHERE queue = 'mail' AND payload ->> 'userId' = $1 ORDER BY created_at, job_name`,
      [userId],
    );
    return rows.map((r) => r.job_name);
  }

  it('schedules the sweep as one repeatable job on the reminders queue', async () => {
    const scheduler = await t.app.get(QueueFactory).queue('reminders').getJobScheduler(REMINDER_SCHEDULER_ID);
    expect(scheduler?.pattern).toBeTruthy();
  });

  it('schedules it on the PostgreSQL queue backend of single-node mode too', async () => {
    const single = await startTestApp({ redis: false });
    try {
      expect(
        (await single.app.get(QueueFactory).queue('reminders').getJobScheduler(REMINDER_SCHEDULER_ID))?.pattern,
      ).toBeTruthy();
    } finally {
      await single.close();
    }
  });

  it('mails a stalled learner once, not again within a week, and skips the fresh, the completed and the opted out', async () => {
    setNow(T0);
    const { courseId } = await createCourse(t.db);
    const stalled = await createUser(t.db);
    const fresh = await createUser(t.db);
    const completed = await createUser(t.db);
    const optedOut = await createUser(t.db);
    await t.db.query(
      `UPDATE app_user SET email_preferences = '{"reminders": false, "notifications": true}' WHERE id = $1`,
      [optedOut.id],
    );
    await createEnrollment(t.db, courseId, stalled.id, {
      enrolledAt: daysFrom(T0, -20),
      lastActivityAt: daysFrom(T0, -8),
    });
    await createEnrollment(t.db, courseId, fresh.id, {
      enrolledAt: daysFrom(T0, -3),
      lastActivityAt: daysFrom(T0, -2),
    });
    await createEnrollment(t.db, courseId, completed.id, {
      enrolledAt: daysFrom(T0, -40),
      lastActivityAt: daysFrom(T0, -30),
      completedAt: daysFrom(T0, -30),
    });
    await createEnrollment(t.db, courseId, optedOut.id, {
      enrolledAt: daysFrom(T0, -20),
      lastActivityAt: daysFrom(T0, -10),
    });

    // Two sweeps at once, as on two workers: one mail.
    await Promise.all([reminders.sweep(), reminders.sweep()]);
    expect(await mails(stalled.id)).toEqual(['course_stalled']);
    for (const id of [fresh.id, completed.id, optedOut.id]) expect(await mails(id)).toEqual([]);

    setNow(daysFrom(T0, 3));
    await reminders.sweep();
    expect(await mails(stalled.id)).toEqual(['course_stalled']);
    expect(await mails(fresh.id)).toEqual([]);

    setNow(daysFrom(T0, 7));
    await reminders.sweep();
    expect(await mails(stalled.id)).toEqual(['course_stalled', 'course_stalled']);
    expect(await mails(fresh.id)).toEqual(['course_stalled']);
    for (const id of [completed.id, optedOut.id]) expect(await mails(id)).toEqual([]);

    // The queued reminder is delivered as a reminders-category mail.
    const delivered = await waitFor(
      async () => {
        const rows: { category: string }[] = await t.db.query(`SELECT category FROM mail_message WHERE user_id = $1`, [
          fresh.id,
        ]);
        return rows.length > 0 && rows;
      },
      { what: 'reminder mail recorded' },
    );
    expect(delivered).toEqual([{ category: 'reminders' }]);
  });

  it('sends a learner with two stalled courses one stall reminder a week, not one per course', async () => {
    setNow(T0);
    const first = await createCourse(t.db);
    const second = await createCourse(t.db);
    const learner = await createUser(t.db);
    await createEnrollment(t.db, first.courseId, learner.id, {
      enrolledAt: daysFrom(T0, -30),
      lastActivityAt: daysFrom(T0, -20),
    });
    await createEnrollment(t.db, second.courseId, learner.id, {
      enrolledAt: daysFrom(T0, -30),
      lastActivityAt: daysFrom(T0, -10),
    });
    await Promise.all([reminders.sweep(), reminders.sweep()]);
    expect(await mails(learner.id)).toEqual(['course_stalled']);
    setNow(daysFrom(T0, 7));
    await reminders.sweep();
    expect(await mails(learner.id)).toEqual(['course_stalled', 'course_stalled']);
    const links: { link: string }[] = await t.db.query(
      `SELECT payload -> 'params' ->> 'link' AS link FROM outbox_message WHERE queue = 'mail' AND payload ->> 'userId' = $1 ORDER BY created_at`,
      [learner.id],
    );
    // The course reminded longest ago (never) goes next: the second mail is about the other course.
    expect(new Set(links.map((l) => l.link)).size).toBe(2);
  });

  it('reminds once from three Helsinki days before a due date, never after completion', async () => {
    setNow(T0);
    const { courseId } = await createCourse(t.db);
    const dueIn3 = await createUser(t.db);
    const dueIn5 = await createUser(t.db);
    const done = await createUser(t.db);
    await createEnrollment(t.db, courseId, dueIn3.id, { lastActivityAt: daysFrom(T0, -1), dueDate: '2026-11-30' });
    await createEnrollment(t.db, courseId, dueIn5.id, { lastActivityAt: daysFrom(T0, -1), dueDate: '2026-12-02' });
    await createEnrollment(t.db, courseId, done.id, {
      lastActivityAt: daysFrom(T0, -1),
      completedAt: daysFrom(T0, -1),
      dueDate: '2026-11-29',
    });

    await reminders.sweep();
    await reminders.sweep();
    expect(await mails(dueIn3.id)).toEqual(['course_due_soon']);
    expect(await mails(dueIn5.id)).toEqual([]);
    expect(await mails(done.id)).toEqual([]);

    setNow(daysFrom(T0, 2));
    await reminders.sweep();
    expect(await mails(dueIn3.id)).toEqual(['course_due_soon']);
    expect(await mails(dueIn5.id)).toEqual(['course_due_soon']);
    const [payload]: { payload: { params: Record<string, string> } }[] = await t.db.query(
      `SELECT payload FROM outbox_message WHERE queue = 'mail' AND payload ->> 'userId' = $1`,
      [dueIn5.id],
    );
    expect(payload.payload.params).toMatchObject({
      dueDate: '2026-12-02',
      link: `${t.config.publicUrl}/learning/courses/${courseId}`,
    });
  });
});
