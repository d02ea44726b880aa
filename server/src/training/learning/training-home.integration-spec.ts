import type { TrainingHome } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { createUser } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createCourse, createEnrollment } from '../certificates/training-fixtures.test-support';
import { quarterOf } from './training-home.service';

describe('training home panel', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ redis: false });
  });

  afterAll(async () => {
    await t.close();
  });

  it('gives a learner the course to continue with its next lesson and due dates soonest first, and no glance', async () => {
    const { agent, id } = await signedIn(t, { municipality: 'Kyyjärvi' });
    const [a, b, done] = [
      await createCourse(t.db),
      await createCourse(t.db, { title: { fi: 'Toinen', en: 'Second' } }),
      await createCourse(t.db),
    ];
    await createEnrollment(t.db, a.courseId, id, {
      lastActivityAt: new Date(Date.now() - 3_600_000),
      dueDate: '2027-03-01',
    });
    await createEnrollment(t.db, b.courseId, id, { lastActivityAt: new Date(), dueDate: '2027-02-01' });
    await createEnrollment(t.db, done.courseId, id, { completedAt: new Date(), dueDate: '2027-01-01' });

    const res = await agent.get<TrainingHome>('/api/training/home?locale=en');
    expect(res.status).toBe(200);
    expect(res.body.continueWith).toMatchObject({
      course: { id: b.courseId, name: 'Second' },
      progressPercent: 0,
      dueDate: '2027-02-01',
    });
    expect(res.body.continueWith?.nextLesson).toEqual({ id: expect.any(String), name: expect.any(String) });
    expect(res.body.due.map((c) => c.course.id)).toEqual([b.courseId, a.courseId]);
    expect(res.body.glance).toBeNull();
    expect((await agent.get('/api/training/home?locale=sv')).status).toBe(400);
    expect((await t.agent().get('/api/training/home')).status).toBe(401);
  });

  it('gives decision-makers their municipality’s completions this quarter by audience, small groups withheld; coordinators the figures', async () => {
    const course = await createCourse(t.db);
    for (const [audience, count] of [
      ['employer', 6],
      ['guidance_professional', 2],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const learner = await createUser(t.db, { municipality: 'Pihtipudas', audience });
        await createEnrollment(t.db, course.courseId, learner.id, { completedAt: new Date() });
      }
    }
    const elsewhere = await createUser(t.db, { municipality: 'Keuruu', audience: 'employer' });
    await createEnrollment(t.db, course.courseId, elsewhere.id, { completedAt: new Date() });

    const { agent: decisionMaker } = await signedIn(t, { municipality: 'Pihtipudas', audience: 'decision_maker' });
    const glance = (await decisionMaker.get<TrainingHome>('/api/training/home')).body.glance;
    expect(glance).toMatchObject({
      municipalities: [{ name: 'Pihtipudas' }],
      ...quarterOf(new Date().toISOString().slice(0, 10)),
    });
    expect(glance?.byAudience).toEqual([
      { audience: 'employer', completed: 6, suppressed: false },
      { audience: 'guidance_professional', completed: null, suppressed: true },
    ]);
    const { agent: coordinator } = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Pihtipudas',
      managedMunicipalities: ['Pihtipudas'],
    });
    expect((await coordinator.get<TrainingHome>('/api/training/home')).body.glance?.byAudience).toEqual([
      { audience: 'employer', completed: 6, suppressed: false },
      { audience: 'guidance_professional', completed: 2, suppressed: false },
    ]);
  });

  it('takes the quarter from the calendar date', () => {
    expect([quarterOf('2026-01-01'), quarterOf('2026-05-31'), quarterOf('2026-12-03')]).toEqual([
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2026-10-01', to: '2026-12-31' },
    ]);
  });
});
