import type {
  ApiErrorBody,
  LiveSessionDetail,
  LiveSessionSummary,
  MentoringMeeting,
  Page,
  PairingDetail,
} from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { RoomPeople } from '../../live/live-room.test-support';
import { helsinkiIso } from '../../live/sessions/live-sessions.test-support';
import { municipalityId } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { newPair } from './pairing-work.test-support';

describe('mentoring meetings', () => {
  let t: TestApp;
  let people: RoomPeople;
  let laukaa: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    people = new RoomPeople(t);
    laukaa = await municipalityId(t.db, 'Laukaa');
  });

  afterEach(() => people.closeAll());

  afterAll(async () => {
    await t.close();
  });

  const path = (pairingId: string, rest = ''): string => `/api/mentoring/pairings/${pairingId}${rest}`;

  it('schedules a meeting as a live session the mentor hosts and the mentee, from another municipality, sees and joins', async () => {
    const pair = await newPair(t, laukaa, { menteeMunicipality: 'Keuruu' });
    const startsAt = helsinkiIso(0.25);
    const res = await pair.mentee.agent.post<MentoringMeeting>(path(pair.pairingId, '/meetings/scheduled'), {
      startsAt,
      endsAt: helsinkiIso(1.25),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      heldAt: new Date(startsAt).toISOString(),
      durationMinutes: 60,
      mode: 'online',
      upcoming: true,
    });
    const sessionId = res.body.liveSessionId as string;
    const [row]: { kind: string; municipality_id: string; hosts: string[]; invitees: string[] }[] = await t.db.query(
      `SELECT s.kind, s.municipality_id,
              ARRAY(SELECT user_id::text FROM live_session_host WHERE session_id = s.id) AS hosts,
              ARRAY(SELECT user_id::text FROM live_session_invitee WHERE session_id = s.id) AS invitees
         FROM live_session s WHERE s.id = $1`,
      [sessionId],
    );
    expect(row).toEqual({
      kind: 'mentoring_meeting',
      municipality_id: laukaa,
      hosts: [pair.mentor.id],
      invitees: [pair.mentee.id],
    });

    const seen = await pair.mentee.agent.get<LiveSessionDetail>(`/api/live-sessions/${sessionId}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      kind: 'mentoring_meeting',
      title: { fi: 'Mentorointitapaaminen', en: 'Mentoring meeting' },
    });
    const listed = await pair.mentee.agent.get<Page<LiveSessionSummary>>('/api/live-sessions');
    expect(listed.body.items.map((s) => s.id)).toContain(sessionId);
    const hosted = await pair.mentor.agent.get<LiveSessionDetail>(`/api/live-sessions/${sessionId}`);
    expect(hosted.body).toMatchObject({ hosting: true });
    // Its calendar file comes with it, as with any session.
    const ics = await pair.mentee.agent.get(`/api/live-sessions/${sessionId}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.text).toContain('BEGIN:VEVENT');

    const host = await people.join(pair.mentor.agent, sessionId);
    expect(host.me.role).toBe('host');
    const mentee = await people.join(pair.mentee.agent, sessionId);
    expect(mentee.me).toMatchObject({ name: 'Teemu Mentee', role: 'participant' });
    const stranger = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const outsider = await people.open(stranger.agent);
    await expect(outsider.join(sessionId)).rejects.toThrow(/not_found/);

    const detail = await pair.mentor.agent.get<PairingDetail>(path(pair.pairingId));
    expect(detail.body.meetings).toEqual([res.body]);
    expect(detail.body.fitCheckOpen).toBe(false);
    // The mentor hosts it, so may call it off; a cancelled meeting is no longer upcoming.
    host.socket.disconnect();
    mentee.socket.disconnect();
    expect((await pair.mentor.agent.post(`/api/live-sessions/${sessionId}/cancel`)).status).toBe(200);
    const called = await pair.mentee.agent.get<PairingDetail>(path(pair.pairingId));
    expect(called.body.meetings.map((x) => x.upcoming)).toEqual([false]);
  });

  it('takes a title, and refuses bad times with 400 naming the field', async () => {
    const pair = await newPair(t, laukaa);
    const titled = await pair.mentor.agent.post<MentoringMeeting>(path(pair.pairingId, '/meetings/scheduled'), {
      startsAt: helsinkiIso(24),
      endsAt: helsinkiIso(25.5),
      title: 'Toinen tapaaminen',
    });
    expect(titled.status).toBe(201);
    expect(titled.body.durationMinutes).toBe(90);
    const [s]: { title: { fi: string } }[] = await t.db.query(`SELECT title FROM live_session WHERE id = $1`, [
      titled.body.liveSessionId,
    ]);
    expect(s.title.fi).toBe('Toinen tapaaminen');
    // Its reminders are planned as any session's.
    const planned: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE queue = 'live' AND payload ->> 'sessionId' = $1`,
      [titled.body.liveSessionId],
    );
    expect(planned[0].n).toBeGreaterThan(0);
    const cases: [Record<string, unknown>, string][] = [
      [{ startsAt: helsinkiIso(25), endsAt: helsinkiIso(24) }, 'endsAt'],
      [{ startsAt: helsinkiIso(24), endsAt: helsinkiIso(33) }, 'endsAt'],
      [{ startsAt: helsinkiIso(-3), endsAt: helsinkiIso(-2) }, 'endsAt'],
      [{ startsAt: '2027-02-30T10:00:00+02:00', endsAt: '2027-03-01T11:00:00+02:00' }, 'startsAt'],
      [{ startsAt: '2027-03-01T10:00:00', endsAt: '2027-03-01T11:00:00+02:00' }, 'startsAt'],
      [{ startsAt: helsinkiIso(24), endsAt: helsinkiIso(25), title: 'a\u0000b' }, 'title'],
    ];
    for (const [body, field] of cases) {
      const res = await pair.mentor.agent.post<ApiErrorBody>(path(pair.pairingId, '/meetings/scheduled'), body);
      expect({
        body,
        status: res.status,
        fields: (res.body.details as { field: string }[]).map((d) => d.field),
      }).toEqual({ body, status: 400, fields: [field] });
    }
    const sessions: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM mentoring_meeting WHERE pairing_id = $1`,
      [pair.pairingId],
    );
    expect(sessions[0].n).toBe(1);
  });

  it('logs a meeting held (not in the future) and opens the fit check with it; only on active pairings', async () => {
    const pair = await newPair(t, laukaa);
    const heldAt = helsinkiIso(-2);
    const logged = await pair.mentee.agent.post<MentoringMeeting>(path(pair.pairingId, '/meetings'), {
      heldAt,
      durationMinutes: 45,
      mode: 'in_person',
      place: 'Kahvila Laukaa',
    });
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({
      liveSessionId: null,
      durationMinutes: 45,
      place: 'Kahvila Laukaa',
      upcoming: false,
    });
    expect((await pair.mentor.agent.get<PairingDetail>(path(pair.pairingId))).body.fitCheckOpen).toBe(true);
    const good = { heldAt, durationMinutes: 45, mode: 'online', place: '' };
    const cases: [Record<string, unknown>, string][] = [
      [{ heldAt: helsinkiIso(1) }, 'heldAt'],
      [{ heldAt: '2027-02-30T10:00:00Z' }, 'heldAt'],
      [{ durationMinutes: 4 }, 'durationMinutes'],
      [{ durationMinutes: 481 }, 'durationMinutes'],
      [{ mode: 'either' }, 'mode'],
      [{ place: 'x'.repeat(201) }, 'place'],
      [{ place: '\ud83d' }, 'place'],
    ];
    for (const [override, field] of cases) {
      const res = await pair.mentee.agent.post<ApiErrorBody>(path(pair.pairingId, '/meetings'), {
        ...good,
        ...override,
      });
      expect({
        override,
        status: res.status,
        fields: (res.body.details as { field: string }[]).map((d) => d.field),
      }).toEqual({ override, status: 400, fields: [field] });
    }
    const coordinator = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Laukaa',
      managedMunicipalities: ['Laukaa'],
    });
    expect((await coordinator.agent.post(path(pair.pairingId, '/meetings'), good)).status).toBe(403);
    const done = await newPair(t, laukaa, { status: 'completed' });
    expect((await done.mentor.agent.post(path(done.pairingId, '/meetings'), good)).status).toBe(409);
    expect(
      (
        await done.mentor.agent.post(path(done.pairingId, '/meetings/scheduled'), {
          startsAt: helsinkiIso(24),
          endsAt: helsinkiIso(25),
        })
      ).status,
    ).toBe(409);
  });
});
