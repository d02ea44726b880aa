import type { ApiErrorBody, LiveSessionDetail, LiveSessionSummary, Page } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { createOrganisation, createUser, municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createTestCourse } from '../../training/learning/learning.test-support';
import { helsinkiIso, sessionBody } from './live-sessions.test-support';

const fields = (res: { body: unknown }): string[] =>
  ((res.body as ApiErrorBody).details as { field: string }[]).map((d) => d.field);

describe('scheduling live sessions', () => {
  let t: TestApp;
  let laukaa: string;
  let keuruu: string;
  let coordinator: { agent: TestAgent; id: string };
  let keuruuCoordinator: { agent: TestAgent; id: string };
  let host: { agent: TestAgent; id: string };
  let invited: { agent: TestAgent; id: string };
  let stranger: { agent: TestAgent; id: string };

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    keuruu = await municipalityId(t.db, 'Keuruu');
    coordinator = await signedIn(t, { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] });
    keuruuCoordinator = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Keuruu',
      managedMunicipalities: ['Keuruu'],
    });
    host = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    invited = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    stranger = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
  });

  afterAll(async () => {
    await t.close();
  });

  async function create(overrides: Parameters<typeof sessionBody>[2] = {}): Promise<LiveSessionDetail> {
    const res = await coordinator.agent.post<LiveSessionDetail>(
      '/api/live-sessions',
      sessionBody(laukaa, [host.id], { invitees: [{ kind: 'user', userId: invited.id }], ...overrides }),
    );
    if (res.status !== 201) throw new Error(`create answered ${res.status}: ${res.text}`);
    return res.body;
  }

  it('schedules a session in UTC with its hosts, invitees and an audit entry, and shows invitees only to managers', async () => {
    const startsAt = helsinkiIso(48);
    const created = await create({ startsAt, endsAt: helsinkiIso(50), capacity: 30 });
    expect(created).toMatchObject({
      kind: 'training_webinar',
      status: 'scheduled',
      startsAt: new Date(startsAt).toISOString(),
      municipality: { id: laukaa, name: 'Laukaa' },
      capacity: 30,
      seatsTaken: 0,
      hosts: [{ id: host.id }],
      invitees: [{ kind: 'user', userId: invited.id }],
      publicSlug: null,
      sequence: 0,
      mayManage: true,
      hosting: false,
    });
    expect(created.startsAt.endsWith('Z')).toBe(true);

    const seenByInvitee = await invited.agent.get<LiveSessionDetail>(`/api/live-sessions/${created.id}`);
    expect(seenByInvitee.status).toBe(200);
    expect(seenByInvitee.body).toMatchObject({ invitees: null, mayManage: false, mayJoin: true, myRsvp: null });
    const seenByHost = await host.agent.get<LiveSessionDetail>(`/api/live-sessions/${created.id}`);
    expect(seenByHost.body).toMatchObject({ hosting: true, mayManage: true, invitees: [{ userId: invited.id }] });
    expect((await stranger.agent.get(`/api/live-sessions/${created.id}`)).status).toBe(404);
    expect((await keuruuCoordinator.agent.get(`/api/live-sessions/${created.id}`)).status).toBe(404);

    const audit: { action: string; actor_id: string }[] = await t.db.query(
      `SELECT action, actor_id FROM audit_entry WHERE entity_id = $1`,
      [created.id],
    );
    expect(audit).toEqual([{ action: 'live_session.create', actor_id: coordinator.id }]);
  });

  it('opens a readable public registration slug for info sessions only', async () => {
    const info = await create({
      kind: 'info_session',
      title: { fi: 'Aamupala: työnhaku Äänekoskella', en: '' },
      publicRegistration: true,
    });
    expect(info.publicSlug).toMatch(/^aamupala-tyonhaku-aanekoskella-[0-9a-f]{8}$/);
    const closed = await coordinator.agent.patch<LiveSessionDetail>(`/api/live-sessions/${info.id}`, {
      publicRegistration: false,
    });
    expect(closed.body.publicSlug).toBeNull();
    const webinar = await coordinator.agent.post(
      '/api/live-sessions',
      sessionBody(laukaa, [host.id], { publicRegistration: true }),
    );
    expect([webinar.status, fields(webinar)]).toEqual([400, ['publicRegistration']]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const [{ n: before }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM live_session`);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ title: { fi: '  ', en: 'Only English' } }, ['title.fi']],
      [{ startsAt: '2027-02-30T10:00:00+02:00' }, ['startsAt']],
      [{ startsAt: '2027-03-01T10:00:00' }, ['startsAt']],
      [{ startsAt: helsinkiIso(30), endsAt: helsinkiIso(29) }, ['endsAt']],
      [{ startsAt: helsinkiIso(30), endsAt: helsinkiIso(30 + 15 * 24) }, ['endsAt']],
      [{ startsAt: helsinkiIso(-5), endsAt: helsinkiIso(-3) }, ['endsAt']],
      [{ videoUrl: 'http://meet.example.com/room' }, ['videoUrl']],
      [{ videoUrl: 'javascript:alert(1)' }, ['videoUrl']],
      [{ hostIds: [] }, ['hostIds']],
      [{ hostIds: ['00000000-0000-4000-8000-000000000000'] }, ['hostIds.0']],
      [{ invitees: [{ kind: 'user' }] }, ['invitees.0.userId']],
      [{ invitees: [{ kind: 'audience', audience: 'employer', userId: invited.id }] }, ['invitees.0.userId']],
      [{ invitees: [{ kind: 'audience', audience: 'astronaut' }] }, ['invitees.0.audience']],
      [
        { invitees: [{ kind: 'organisation', organisationId: '00000000-0000-4000-8000-000000000000' }] },
        ['invitees.0.organisationId'],
      ],
      [{ courseId: '00000000-0000-4000-8000-000000000000' }, ['courseId']],
      [{ completionMinutes: 30 }, ['completionMinutes']],
      [{ capacity: 0 }, ['capacity']],
      [{ kind: 'party' }, ['kind']],
      [{ title: { fi: 'Nolla\u0000tavu', en: '' } }, ['title.fi']],
      [{ municipalityId: '00000000-0000-4000-8000-000000000000' }, ['municipalityId']],
    ];
    const wrong: string[] = [];
    for (const [override, expected] of cases) {
      const res = await coordinator.agent.post('/api/live-sessions', {
        ...sessionBody(laukaa, [host.id]),
        ...override,
      });
      const got = res.status === 400 ? fields(res) : [];
      if (res.status !== 400 || !expected.every((f) => got.includes(f)))
        wrong.push(`${JSON.stringify(override)} answered ${res.status} ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
    const [{ n: after }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM live_session`);
    expect(after).toBe(before);
  });

  it('links a course whose attendance minutes count, and refuses minutes beyond the session', async () => {
    const course = await createTestCourse(t.db);
    const linked = await create({ courseId: course.id, completionMinutes: 90 });
    expect(linked).toMatchObject({ course: { id: course.id }, completionMinutes: 90 });
    const tooLong = await coordinator.agent.post(
      '/api/live-sessions',
      sessionBody(laukaa, [host.id], { courseId: course.id, completionMinutes: 121 }),
    );
    expect([tooLong.status, fields(tooLong)]).toEqual([400, ['completionMinutes']]);
  });

  it('lets coordinators schedule only in municipalities they manage, and invite only people they may reach', async () => {
    const elsewhere = await keuruuCoordinator.agent.post('/api/live-sessions', sessionBody(laukaa, [host.id]));
    expect(elsewhere.status).toBe(403);
    expect((await host.agent.post('/api/live-sessions', sessionBody(laukaa, [host.id]))).status).toBe(403);
    const keuruuPerson = await createUser(t.db, { municipality: 'Keuruu' });
    const far = await coordinator.agent.post(
      '/api/live-sessions',
      sessionBody(laukaa, [host.id], { invitees: [{ kind: 'user', userId: keuruuPerson.id }] }),
    );
    expect([far.status, fields(far)]).toEqual([400, ['invitees.0.userId']]);
    // Hosts may be anyone active on the platform.
    const ok = await keuruuCoordinator.agent.post('/api/live-sessions', sessionBody(keuruu, [host.id]));
    expect(ok.status).toBe(201);
  });

  it('resolves organisations and audiences when someone looks, so people added later are invited too', async () => {
    const organisationId = await createOrganisation(t.db, 'Laukaan Kone Oy', 'Laukaa');
    const session = await create({
      invitees: [
        { kind: 'organisation', organisationId },
        { kind: 'audience', audience: 'decision_maker' },
      ],
    });
    // Someone who joins the organisation after the session was scheduled is invited through it.
    const employee = await signedIn(t, { municipality: 'Laukaa', organisationId });
    expect((await employee.agent.get(`/api/live-sessions/${session.id}`)).status).toBe(200);
    const outsider = await signedIn(t, { municipality: 'Laukaa' });
    expect((await outsider.agent.get(`/api/live-sessions/${session.id}`)).status).toBe(404);

    const laukaaDecider = await signedIn(t, { municipality: 'Laukaa', audience: 'decision_maker' });
    const keuruuDecider = await signedIn(t, { municipality: 'Keuruu', audience: 'decision_maker' });
    expect((await laukaaDecider.agent.get(`/api/live-sessions/${session.id}`)).status).toBe(200);
    expect((await keuruuDecider.agent.get(`/api/live-sessions/${session.id}`)).status).toBe(404);
  });

  it('lists what one may see in a bounded window, by start, with filters and pages', async () => {
    const from = helsinkiIso(24 * 30);
    const late = await create({
      kind: 'strategy_workshop',
      startsAt: helsinkiIso(24 * 30 + 5),
      endsAt: helsinkiIso(24 * 30 + 6),
    });
    const early = await create({ startsAt: helsinkiIso(24 * 30 + 1), endsAt: helsinkiIso(24 * 30 + 2) });
    const hidden = await keuruuCoordinator.agent.post<LiveSessionDetail>(
      '/api/live-sessions',
      sessionBody(keuruu, [keuruuCoordinator.id], {
        startsAt: helsinkiIso(24 * 30 + 3),
        endsAt: helsinkiIso(24 * 30 + 4),
      }),
    );
    const window = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(helsinkiIso(24 * 31))}`;
    const ids = async (agent: TestAgent, query: string): Promise<string[]> => {
      const res = await agent.get<Page<LiveSessionSummary>>(`/api/live-sessions?${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((s) => s.id);
    };
    expect(await ids(invited.agent, window)).toEqual([early.id, late.id]);
    expect(await ids(stranger.agent, window)).toEqual([]);
    expect(await ids(keuruuCoordinator.agent, window)).toEqual([hidden.body.id]);
    expect(await ids(invited.agent, `${window}&kind=strategy_workshop`)).toEqual([late.id]);
    expect(await ids(invited.agent, `${window}&municipalityId=${keuruu}`)).toEqual([]);

    const first = await invited.agent.get<Page<LiveSessionSummary>>(`/api/live-sessions?${window}&limit=1`);
    expect(first.body.items.map((s) => s.id)).toEqual([early.id]);
    expect(first.body.items[0]).toMatchObject({ hosting: false, myRsvp: null, seatsTaken: 0 });
    const second = await invited.agent.get<Page<LiveSessionSummary>>(
      `/api/live-sessions?${window}&limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((s) => s.id)).toEqual([late.id]);

    const tooWide = await invited.agent.get(`/api/live-sessions?from=2027-01-01T00:00:00Z&to=2027-06-01T00:00:00Z`);
    expect([tooWide.status, fields(tooWide)]).toEqual([400, ['to']]);
    const backwards = await invited.agent.get(`/api/live-sessions?from=2027-01-02T00:00:00Z&to=2027-01-01T00:00:00Z`);
    expect([backwards.status, fields(backwards)]).toEqual([400, ['to']]);
    const impossible = await invited.agent.get(`/api/live-sessions?from=2027-02-30T00:00:00Z`);
    expect([impossible.status, fields(impossible)]).toEqual([400, ['from']]);
  });

  it('lets hosts edit, raises SEQUENCE on every change a calendar shows, and keeps moves in scope', async () => {
    const session = await create();
    const edit = (agent: TestAgent, body: unknown) =>
      agent.patch<LiveSessionDetail>(`/api/live-sessions/${session.id}`, body);
    expect((await edit(invited.agent, { capacity: 5 })).status).toBe(403);
    const retitled = await edit(host.agent, { title: { fi: 'Uusi nimi', en: 'New name' } });
    expect([retitled.status, retitled.body.sequence]).toEqual([200, 1]);
    const moved = await edit(host.agent, { startsAt: helsinkiIso(72), endsAt: helsinkiIso(73) });
    expect(moved.body.sequence).toBe(2);
    expect((await edit(host.agent, { capacity: 10 })).body.sequence).toBe(2);
    expect((await edit(host.agent, { invitees: [] })).body).toMatchObject({ sequence: 2, invitees: [] });
    expect((await edit(host.agent, {})).body.sequence).toBe(2);
    expect((await edit(coordinator.agent, { hostIds: [host.id, coordinator.id] })).body.sequence).toBe(3);
    expect((await edit(coordinator.agent, { videoUrl: null })).body).toMatchObject({ sequence: 4, videoUrl: null });

    const badTimes = await edit(host.agent, { endsAt: helsinkiIso(71) });
    expect([badTimes.status, fields(badTimes)]).toEqual([400, ['endsAt']]);
    expect((await edit(host.agent, { municipalityId: keuruu })).status).toBe(403);
    expect((await edit(coordinator.agent, { municipalityId: keuruu })).status).toBe(403);
    expect((await edit(stranger.agent, { capacity: 5 })).status).toBe(404);
    expect((await edit(host.agent, { hostIds: [] })).status).toBe(400);

    const audit: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY created_at`,
      [session.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'live_session.create',
      ...Array<string>(6).fill('live_session.update'),
    ]);
  });

  it('cancels a scheduled session once, and then refuses edits', async () => {
    const session = await create();
    expect((await invited.agent.post(`/api/live-sessions/${session.id}/cancel`)).status).toBe(403);
    const cancelled = await host.agent.post<LiveSessionDetail>(`/api/live-sessions/${session.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1, mayJoin: false });
    expect((await host.agent.post(`/api/live-sessions/${session.id}/cancel`)).status).toBe(409);
    expect((await host.agent.patch(`/api/live-sessions/${session.id}`, { capacity: 3 })).status).toBe(409);

    const ended = await create();
    await t.db.query(`UPDATE live_session SET status = 'ended' WHERE id = $1`, [ended.id]);
    expect((await coordinator.agent.patch(`/api/live-sessions/${ended.id}`, { capacity: 3 })).status).toBe(409);
    expect((await coordinator.agent.post(`/api/live-sessions/${ended.id}/cancel`)).status).toBe(409);
    const audit: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY created_at`,
      [session.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['live_session.create', 'live_session.cancel']);
  });
});
