import type { ApiErrorBody, MentoringGoal, MentoringTask, PairingDetail, PairNote } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { municipalityId } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import {
  agreementBody,
  finnishDay,
  heldMeeting,
  newPair,
  notificationsOf,
  type Person,
} from './pairing-work.test-support';

describe('what a pair does together', () => {
  let t: TestApp;
  let laukaa: string;
  let coordinator: Person;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    coordinator = await signedIn(t, { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] });
  });

  afterAll(async () => {
    await t.close();
  });

  const path = (pairingId: string, rest = ''): string => `/api/mentoring/pairings/${pairingId}${rest}`;

  it('writes the agreement in versions: a change after both confirmed needs both again; a stale confirm is 409', async () => {
    const pair = await newPair(t, laukaa);
    const first = await pair.mentor.agent.put<PairingDetail>(path(pair.pairingId, '/agreement'), agreementBody());
    expect(first.status).toBe(200);
    expect(first.body.agreement).toMatchObject({
      version: 1,
      mentorConfirmed: false,
      menteeConfirmed: false,
      confirmed: false,
      preferredDays: ['tue', 'thu'],
      endsOn: finnishDay(70),
      updatedBy: { id: pair.mentor.id, name: 'Maija Mentor' },
    });
    expect(first.body.endsOn).toBe(finnishDay(70));
    expect(await notificationsOf(t, pair.mentee.id, 'mentoring.agreement_changed')).toEqual([
      {
        params: { programName: 'Kevään vertaismentorointi', otherName: 'Maija Mentor' },
        link: `/mentoring/pairings/${pair.pairingId}`,
      },
    ]);
    expect(await notificationsOf(t, pair.mentor.id, 'mentoring.agreement_changed')).toEqual([]);

    await pair.mentor.agent.post(path(pair.pairingId, '/agreement/confirm'), { version: 1 });
    const both = await pair.mentee.agent.post<PairingDetail>(path(pair.pairingId, '/agreement/confirm'), {
      version: 1,
    });
    expect(both.status).toBe(200);
    expect(both.body.agreement).toMatchObject({ mentorConfirmed: true, menteeConfirmed: true, confirmed: true });

    const changed = await pair.mentee.agent.put<PairingDetail>(
      path(pair.pairingId, '/agreement'),
      agreementBody({ meetingFrequency: 'weekly', endsOn: finnishDay(28) }),
    );
    expect(changed.body.agreement).toMatchObject({ version: 2, mentorConfirmed: false, menteeConfirmed: false });
    expect(changed.body.endsOn).toBe(finnishDay(28));
    const stale = await pair.mentor.agent.post<ApiErrorBody>(path(pair.pairingId, '/agreement/confirm'), {
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('conflict');
    const [row]: { ends_on: string }[] = await t.db.query(
      `SELECT to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM mentoring_pairing WHERE id = $1`,
      [pair.pairingId],
    );
    expect(row.ends_on).toBe(finnishDay(28));
    // Overseers read it but do not write it.
    expect((await coordinator.agent.put(path(pair.pairingId, '/agreement'), agreementBody())).status).toBe(403);
    const seen = await coordinator.agent.get<PairingDetail>(path(pair.pairingId));
    expect(seen.body.agreement?.version).toBe(2);
  });

  it('refuses an agreement outside 4–24 weeks, impossible dates, unknown days and bad text with 400 naming the field', async () => {
    const pair = await newPair(t, laukaa);
    const cases: [Record<string, unknown>, string][] = [
      [{ endsOn: finnishDay(27) }, 'endsOn'],
      [{ endsOn: finnishDay(24 * 7 + 1) }, 'endsOn'],
      [{ endsOn: '2027-02-30' }, 'endsOn'],
      [{ preferredDays: ['mon', 'someday'] }, 'preferredDays'],
      [{ preferredDays: ['mon', 'mon'] }, 'preferredDays'],
      [{ goals: '   ' }, 'goals'],
      [{ goals: 'x'.repeat(4001) }, 'goals'],
      [{ goals: 'nul \u0000 here' }, 'goals'],
      [{ confidentiality: 'lone \ud800 surrogate' }, 'confidentiality'],
      [{ meetingFrequency: 'daily' }, 'meetingFrequency'],
      [{ mode: 'carrier_pigeon' }, 'mode'],
    ];
    for (const [override, field] of cases) {
      const res = await pair.mentor.agent.put<ApiErrorBody>(path(pair.pairingId, '/agreement'), {
        ...agreementBody(),
        ...override,
      });
      expect({
        override,
        status: res.status,
        fields: (res.body.details as { field: string }[]).map((d) => d.field),
      }).toEqual({ override, status: 400, fields: [field] });
    }
    expect(
      (await pair.mentor.agent.put(path(pair.pairingId, '/agreement'), agreementBody({ endsOn: finnishDay(28) })))
        .status,
    ).toBe(200);
    expect(
      (await pair.mentor.agent.put(path(pair.pairingId, '/agreement'), agreementBody({ endsOn: finnishDay(168) })))
        .status,
    ).toBe(200);
  });

  it('keeps the agreement to active pairings (409 for a proposal or a completed one)', async () => {
    for (const status of ['proposed', 'completed'] as const) {
      const pair = await newPair(t, laukaa, { status });
      expect((await pair.mentor.agent.put(path(pair.pairingId, '/agreement'), agreementBody())).status).toBe(409);
    }
  });

  it('opens the fit check after the first meeting; each side sees only their own answer; not a fit alerts the coordinators', async () => {
    const pair = await newPair(t, laukaa);
    const early = await pair.mentee.agent.put<ApiErrorBody>(path(pair.pairingId, '/fit-check'), { answer: 'good_fit' });
    expect(early.status).toBe(409);
    expect((await pair.mentee.agent.get<PairingDetail>(path(pair.pairingId))).body.fitCheckOpen).toBe(false);
    // A meeting scheduled for later does not open it.
    await t.db.query(
      `INSERT INTO mentoring_meeting (pairing_id, held_at, duration_minutes, mode) VALUES ($1, now() + interval '1 day', 60, 'online')`,
      [pair.pairingId],
    );
    expect((await pair.mentee.agent.put(path(pair.pairingId, '/fit-check'), { answer: 'good_fit' })).status).toBe(409);
    await heldMeeting(t, pair.pairingId);

    const mine = await pair.mentee.agent.put<PairingDetail>(path(pair.pairingId, '/fit-check'), {
      answer: 'not_a_fit',
    });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ fitCheckOpen: true, myFitAnswer: 'not_a_fit' });
    const theirs = await pair.mentor.agent.get<PairingDetail>(path(pair.pairingId));
    expect(theirs.body).toMatchObject({ fitCheckOpen: true, myFitAnswer: null });
    expect(JSON.stringify(theirs.body)).not.toContain('not_a_fit');
    const overseen = await coordinator.agent.get<PairingDetail>(path(pair.pairingId));
    expect(overseen.body.myFitAnswer).toBeNull();
    expect(JSON.stringify(overseen.body)).not.toContain('not_a_fit');

    const alerts = await notificationsOf(t, coordinator.id, 'mentoring.fit_alert');
    expect(alerts.filter((a) => a.link === `/mentoring/pairings/${pair.pairingId}`)).toHaveLength(1);
    // Saying it again alerts no one again; an overseer has no answer to give.
    await pair.mentee.agent.put(path(pair.pairingId, '/fit-check'), { answer: 'not_a_fit' });
    const again = await notificationsOf(t, coordinator.id, 'mentoring.fit_alert');
    expect(again.filter((a) => a.link === `/mentoring/pairings/${pair.pairingId}`)).toHaveLength(1);
    expect((await coordinator.agent.put(path(pair.pairingId, '/fit-check'), { answer: 'good_fit' })).status).toBe(403);
    expect(
      (await pair.mentor.agent.put<ApiErrorBody>(path(pair.pairingId, '/fit-check'), { answer: 'maybe' })).status,
    ).toBe(400);
  });

  it('keeps goals with progress and tasks with due dates, a task’s goal of the same pairing only', async () => {
    const pair = await newPair(t, laukaa);
    const other = await newPair(t, laukaa);
    const goal = await pair.mentee.agent.post<MentoringGoal>(path(pair.pairingId, '/goals'), {
      title: 'Perehdytysmalli',
    });
    expect(goal.status).toBe(201);
    expect(goal.body).toMatchObject({ title: 'Perehdytysmalli', progress: 0, comment: '' });
    const progressed = await pair.mentor.agent.patch<MentoringGoal>(path(pair.pairingId, `/goals/${goal.body.id}`), {
      progress: 60,
      comment: 'Ensimmäinen versio valmis',
    });
    expect(progressed.body).toMatchObject({
      title: 'Perehdytysmalli',
      progress: 60,
      comment: 'Ensimmäinen versio valmis',
    });
    for (const body of [
      { progress: 101 },
      { progress: -1 },
      { progress: 50.5 },
      { title: '' },
      { comment: 'x'.repeat(2001) },
      { progress: null },
    ]) {
      const res = await pair.mentor.agent.patch<ApiErrorBody>(path(pair.pairingId, `/goals/${goal.body.id}`), body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    const otherGoal = await other.mentee.agent.post<MentoringGoal>(path(other.pairingId, '/goals'), { title: 'Muu' });
    expect(
      (await pair.mentor.agent.patch(path(pair.pairingId, `/goals/${otherGoal.body.id}`), { progress: 1 })).status,
    ).toBe(404);

    const task = await pair.mentee.agent.post<MentoringTask>(path(pair.pairingId, '/tasks'), {
      title: 'Kirjoita tervetulokirje',
      dueOn: '2027-03-15',
      goalId: goal.body.id,
    });
    expect(task.status).toBe(201);
    expect(task.body).toMatchObject({ dueOn: '2027-03-15', goalId: goal.body.id, doneAt: null });
    const foreign = await pair.mentee.agent.post<ApiErrorBody>(path(pair.pairingId, '/tasks'), {
      title: 'Väärä tavoite',
      dueOn: null,
      goalId: otherGoal.body.id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details).toEqual([{ field: 'goalId', problems: [expect.any(String)] }]);
    const impossible = await pair.mentee.agent.post<ApiErrorBody>(path(pair.pairingId, '/tasks'), {
      title: 'Karkauspäivä',
      dueOn: '2027-02-30',
    });
    expect(impossible.status).toBe(400);
    expect((impossible.body.details as { field: string }[]).map((d) => d.field)).toEqual(['dueOn']);

    const done = await pair.mentor.agent.patch<MentoringTask>(path(pair.pairingId, `/tasks/${task.body.id}`), {
      done: true,
      dueOn: null,
    });
    expect(done.body.doneAt).not.toBeNull();
    expect(done.body.dueOn).toBeNull();
    const undone = await pair.mentor.agent.patch<MentoringTask>(path(pair.pairingId, `/tasks/${task.body.id}`), {
      done: false,
    });
    expect(undone.body.doneAt).toBeNull();

    const detail = await coordinator.agent.get<PairingDetail>(path(pair.pairingId));
    expect(detail.body.goals.map((g) => g.progress)).toEqual([60]);
    expect(detail.body.tasks.map((x) => x.title)).toEqual(['Kirjoita tervetulokirje']);
    expect((await coordinator.agent.post(path(pair.pairingId, '/goals'), { title: 'Ei' })).status).toBe(403);

    expect((await pair.mentor.agent.delete(path(pair.pairingId, `/goals/${goal.body.id}`))).status).toBe(204);
    const after = await pair.mentee.agent.get<PairingDetail>(path(pair.pairingId));
    expect(after.body.goals).toEqual([]);
    expect(after.body.tasks[0].goalId).toBeNull();
    expect((await pair.mentor.agent.delete(path(pair.pairingId, `/tasks/${task.body.id}`))).status).toBe(204);
    expect((await pair.mentor.agent.delete(path(pair.pairingId, `/tasks/${task.body.id}`))).status).toBe(404);
  });

  it('keeps notes to the pair: a coordinator’s detail has none, only the author deletes one', async () => {
    const pair = await newPair(t, laukaa);
    const note = await pair.mentor.agent.post<PairNote>(path(pair.pairingId, '/notes'), { body: 'Luottamuksellinen' });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      author: { id: pair.mentor.id, name: 'Maija Mentor' },
      body: 'Luottamuksellinen',
    });
    const read = await pair.mentee.agent.get<PairingDetail>(path(pair.pairingId));
    expect(read.body.notes?.map((n) => n.body)).toEqual(['Luottamuksellinen']);
    const overseen = await coordinator.agent.get<PairingDetail>(path(pair.pairingId));
    expect(overseen.body.notes).toBeNull();
    expect(JSON.stringify(overseen.body)).not.toContain('Luottamuksellinen');
    const admin = await signedIn(t, { role: 'admin', municipality: 'Laukaa' });
    expect((await admin.agent.get<PairingDetail>(path(pair.pairingId))).body.notes).toBeNull();
    expect((await coordinator.agent.post(path(pair.pairingId, '/notes'), { body: 'x' })).status).toBe(403);

    expect((await pair.mentee.agent.delete(path(pair.pairingId, `/notes/${note.body.id}`))).status).toBe(403);
    expect((await coordinator.agent.delete(path(pair.pairingId, `/notes/${note.body.id}`))).status).toBe(403);
    expect((await pair.mentor.agent.delete(path(pair.pairingId, `/notes/${note.body.id}`))).status).toBe(204);
    expect((await pair.mentor.agent.delete(path(pair.pairingId, `/notes/${note.body.id}`))).status).toBe(404);
    for (const body of [{ body: '' }, { body: 'a\u0000b' }, { body: '\udc00' }, { body: 'x'.repeat(4001) }, {}]) {
      const res = await pair.mentor.agent.post<ApiErrorBody>(path(pair.pairingId, '/notes'), body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: 'validation_failed',
      });
    }
  });

  it('answers 404 to people outside the pairing and 400 to an id that is not one', async () => {
    const pair = await newPair(t, laukaa);
    const stranger = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const keuruuCoordinator = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Keuruu',
      managedMunicipalities: ['Keuruu'],
    });
    expect((await stranger.agent.get(path(pair.pairingId))).status).toBe(404);
    expect((await keuruuCoordinator.agent.get(path(pair.pairingId))).status).toBe(404);
    expect((await stranger.agent.post(path(pair.pairingId, '/notes'), { body: 'x' })).status).toBe(404);
    const bad = await pair.mentor.agent.get<ApiErrorBody>('/api/mentoring/pairings/not-a-uuid');
    expect(bad.status).toBe(400);
    const badGoal = await pair.mentor.agent.patch<ApiErrorBody>(path(pair.pairingId, '/goals/nope'), { progress: 1 });
    expect(badGoal.status).toBe(400);
    expect(badGoal.body.details).toEqual([{ field: 'goalId', problems: ['must be a UUID'] }]);
  });
});
