import type { ApiErrorBody, PairingDetail } from '@kotopaikka/contracts';

import { mailsFor, signedIn } from '../../accounts/users/people.test-support';
import { QueueFactory } from '../../platform/queue/queue.factory';
import { waitFor } from '../../testing/eventually';
import { municipalityId } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { followUpJobId, PairingDeadlines } from './pairing-deadlines';
import { finnishDay, newPair, notificationsOf, type Person } from './pairing-work.test-support';
import { createPairing } from './pairings.test-support';

describe('the end of a pairing', () => {
  let t: TestApp;
  let laukaa: string;
  let keuruu: string;
  let coordinator: Person;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    keuruu = await municipalityId(t.db, 'Keuruu');
    coordinator = await signedIn(t, { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] });
  });

  afterAll(async () => {
    await t.close();
  });

  const path = (pairingId: string, rest = ''): string => `/api/mentoring/pairings/${pairingId}${rest}`;
  const statusOf = async (pairingId: string): Promise<{ status: string; finished_by: string | null }> =>
    (await t.db.query(`SELECT status, finished_by FROM mentoring_pairing WHERE id = $1`, [pairingId]))[0];

  it('is completed by either side, telling the other; feedback comes after, and overseers see ratings, not words', async () => {
    const pair = await newPair(t, laukaa);
    const early = await pair.mentee.agent.put<ApiErrorBody>(path(pair.pairingId, '/feedback'), {
      usefulness: 5,
      match: 4,
      comment: 'Hyvä',
    });
    expect(early.status).toBe(409);
    const done = await pair.mentee.agent.post<PairingDetail>(path(pair.pairingId, '/complete'));
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('completed');
    expect(done.body.finishedAt).not.toBeNull();
    expect(await statusOf(pair.pairingId)).toEqual({ status: 'completed', finished_by: pair.mentee.id });
    expect(await notificationsOf(t, pair.mentor.id, 'mentoring.completed')).toEqual([
      {
        params: { programName: 'Kevään vertaismentorointi', otherName: 'Teemu Mentee' },
        link: `/mentoring/pairings/${pair.pairingId}`,
      },
    ]);
    expect(await notificationsOf(t, pair.mentee.id, 'mentoring.completed')).toEqual([]);
    expect((await pair.mentor.agent.post(path(pair.pairingId, '/complete'))).status).toBe(409);
    expect((await pair.mentor.agent.post(path(pair.pairingId, '/end'), { reason: 'x' })).status).toBe(409);

    const given = await pair.mentee.agent.put<PairingDetail>(path(pair.pairingId, '/feedback'), {
      usefulness: 5,
      match: 4,
      comment: 'Sain paljon vinkkejä',
    });
    expect(given.status).toBe(200);
    expect(given.body.myFeedback).toMatchObject({ usefulness: 5, match: 4, comment: 'Sain paljon vinkkejä' });
    expect(given.body.ratings).toBeNull();
    const again = await pair.mentee.agent.put<PairingDetail>(path(pair.pairingId, '/feedback'), {
      usefulness: 4,
      match: 4,
      comment: 'Sain vinkkejä',
    });
    expect(again.body.myFeedback).toMatchObject({ usefulness: 4, comment: 'Sain vinkkejä' });
    const mentorView = await pair.mentor.agent.get<PairingDetail>(path(pair.pairingId));
    expect(mentorView.body.myFeedback).toBeNull();
    expect(JSON.stringify(mentorView.body)).not.toContain('Sain vinkkejä');
    const overseen = await coordinator.agent.get<PairingDetail>(path(pair.pairingId));
    expect(overseen.body.ratings).toEqual({ mentor: null, mentee: { usefulness: 4, match: 4 } });
    expect(overseen.body.myFeedback).toBeNull();
    expect(JSON.stringify(overseen.body)).not.toContain('Sain vinkkejä');
    expect(
      (await coordinator.agent.put(path(pair.pairingId, '/feedback'), { usefulness: 1, match: 1, comment: '' })).status,
    ).toBe(403);
    for (const body of [
      { usefulness: 0, match: 3, comment: '' },
      { usefulness: 3, match: 6, comment: '' },
      { usefulness: 3, match: 3 },
      { usefulness: '3', match: 3, comment: '' },
      { usefulness: 3, match: 3, comment: 'a\u0000' },
    ]) {
      const res = await pair.mentor.agent.put<ApiErrorBody>(path(pair.pairingId, '/feedback'), body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
  });

  it('is ended early with a reason by those who manage the program, telling both; a coordinator who only oversees it may not', async () => {
    const pair = await newPair(t, laukaa);
    expect((await coordinator.agent.post<ApiErrorBody>(path(pair.pairingId, '/end'), {})).status).toBe(400);
    expect((await coordinator.agent.post<ApiErrorBody>(path(pair.pairingId, '/end'), { reason: '  ' })).status).toBe(
      400,
    );
    const ended = await coordinator.agent.post<PairingDetail>(path(pair.pairingId, '/end'), {
      reason: 'Aikataulut eivät sovi yhteen',
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      status: 'ended_early',
      endReason: 'Aikataulut eivät sovi yhteen',
      mayManage: true,
    });
    expect(await notificationsOf(t, pair.mentor.id, 'mentoring.completed')).toHaveLength(1);
    expect(await notificationsOf(t, pair.mentee.id, 'mentoring.completed')).toHaveLength(1);
    expect(
      (await pair.mentee.agent.put(path(pair.pairingId, '/feedback'), { usefulness: 2, match: 1, comment: '' })).status,
    ).toBe(200);

    const regional = await createProgram(t.db, [laukaa, keuruu], 'running');
    const mentor = await signedIn(t, { role: 'mentor', municipality: 'Laukaa' });
    const mentee = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const { pairingId, mentorProfileId } = await createPairing(t.db, {
      programId: regional,
      mentorUserId: mentor.id,
      menteeUserId: mentee.id,
      municipalityId: laukaa,
    });
    // The mentor has withdrawn their offer meanwhile: the active pairing alone holds the mentor role.
    await t.db.query(`UPDATE mentor_profile SET status = 'withdrawn' WHERE id = $1`, [mentorProfileId]);
    const roleOf = async (userId: string): Promise<string> =>
      (await t.db.query(`SELECT role FROM app_user WHERE id = $1`, [userId]))[0].role;
    const seen = await coordinator.agent.get<PairingDetail>(path(pairingId));
    expect(seen.body.mayManage).toBe(false);
    expect((await coordinator.agent.post(path(pairingId, '/complete'))).status).toBe(403);
    expect((await coordinator.agent.post(path(pairingId, '/end'), { reason: 'x' })).status).toBe(403);
    const stranger = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    expect((await stranger.agent.post(path(pairingId, '/complete'))).status).toBe(404);
    expect((await statusOf(pairingId)).status).toBe('active');
    expect(await roleOf(mentor.id)).toBe('mentor');
    expect(
      (await mentor.agent.post<PairingDetail>(path(pairingId, '/end'), { reason: 'Muutin pois' })).body.status,
    ).toBe('ended_early');
    // With the pairing over and no approved offer left, the role goes, and the mentor's session knows it at once.
    expect(await roleOf(mentor.id)).toBe('member');
    expect((await mentor.agent.get<{ role: string }>('/api/auth/me')).body.role).toBe('member');
  });

  it('reminds both a week before the end date once, and completes on it, even with two sweeps at once', async () => {
    const deadlines = t.app.get(PairingDeadlines);
    const soon = await newPair(t, laukaa);
    await t.db.query(`UPDATE mentoring_pairing SET ends_on = $2 WHERE id = $1`, [soon.pairingId, finnishDay(5)]);
    const later = await newPair(t, laukaa);
    await t.db.query(`UPDATE mentoring_pairing SET ends_on = $2 WHERE id = $1`, [later.pairingId, finnishDay(8)]);
    const due = await newPair(t, laukaa);
    await t.db.query(`UPDATE mentoring_pairing SET ends_on = $2 WHERE id = $1`, [due.pairingId, finnishDay(0)]);

    await Promise.all([deadlines.sweep(), deadlines.sweep()]);
    await deadlines.sweep();

    for (const person of [soon.mentor, soon.mentee]) {
      const mails = (await mailsFor(t.db, person.id)).filter((m) => m.template === 'mentoring_completion_reminder');
      expect(mails).toHaveLength(1);
      expect(mails[0].params).toMatchObject({ endsOn: finnishDay(5), programName: 'Kevään vertaismentorointi' });
      expect(mails[0].params['link']).toMatch(new RegExp(`/mentoring/pairings/${soon.pairingId}$`));
      expect(await notificationsOf(t, person.id, 'mentoring.completion_reminder')).toHaveLength(1);
    }
    expect((await statusOf(soon.pairingId)).status).toBe('active');
    expect(
      (await mailsFor(t.db, later.mentor.id)).filter((m) => m.template === 'mentoring_completion_reminder'),
    ).toEqual([]);

    expect(await statusOf(due.pairingId)).toEqual({ status: 'completed', finished_by: null });
    expect(await notificationsOf(t, due.mentor.id, 'mentoring.completed')).toHaveLength(1);
    expect(await notificationsOf(t, due.mentee.id, 'mentoring.completed')).toHaveLength(1);
  });

  it('e-mails each side one follow-up survey 30 days after the end, however often the sweep runs', async () => {
    const deadlines = t.app.get(PairingDeadlines);
    const old = await newPair(t, laukaa, { status: 'completed' });
    await t.db.query(`UPDATE mentoring_pairing SET finished_at = now() - interval '31 days' WHERE id = $1`, [
      old.pairingId,
    ]);
    const recent = await newPair(t, laukaa, { status: 'ended_early' });
    await t.db.query(`UPDATE mentoring_pairing SET finished_at = now() - interval '29 days' WHERE id = $1`, [
      recent.pairingId,
    ]);

    await Promise.all([deadlines.sweep(), deadlines.sweep()]);
    const queue = t.app.get(QueueFactory).queue('mentoring');
    for (const person of [old.mentor, old.mentee]) {
      const jobId = followUpJobId({ pairingId: old.pairingId, userId: person.id });
      await waitFor(
        async () => {
          const job = await queue.getJob(jobId);
          return job?.finishedOn ? job : null;
        },
        { what: `follow-up job ${jobId} finished` },
      );
    }
    await deadlines.sweep();
    // A retry of the job after its send finds it sent.
    expect(await deadlines.sendFollowUp({ pairingId: old.pairingId, userId: old.mentee.id })).toEqual({ sent: false });

    for (const person of [old.mentor, old.mentee]) {
      const mails = (await mailsFor(t.db, person.id)).filter((m) => m.template === 'mentoring_follow_up');
      expect(mails).toHaveLength(1);
      expect(mails[0].params).toMatchObject({ programName: 'Kevään vertaismentorointi' });
    }
    const sent: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM mentoring_follow_up_sent WHERE pairing_id = $1`,
      [old.pairingId],
    );
    expect(sent[0].n).toBe(2);
    expect((await mailsFor(t.db, recent.mentor.id)).filter((m) => m.template === 'mentoring_follow_up')).toEqual([]);
    expect(
      await queue.getJob(followUpJobId({ pairingId: recent.pairingId, userId: recent.mentor.id })),
    ).toBeUndefined();
    // Someone not of the pairing gets nothing.
    expect(await deadlines.sendFollowUp({ pairingId: old.pairingId, userId: coordinator.id })).toEqual({ sent: false });
  });
});
