import type { CalendarFeed } from '@kotopaikka/contracts';

import { createHash } from 'node:crypto';
import ical, { type VEvent } from 'node-ical';

import { signedIn } from '../../accounts/users/people.test-support';
import { createOrganisation, createUser } from '../../testing/fixtures';
import type { TestAgent, TestResponse } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';

/** An instant as iCalendar holds it: whole seconds. */
const toSecond = (d: Date): string => new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString();

/** A property's text; node-ical answers one with parameters (URL;VALUE=URI) as `{ params, val }`. */
const textOf = (value: unknown): string =>
  typeof value === 'object' && value !== null && 'val' in value ? String(value.val) : String(value);

/** The VEVENTs of an iCalendar document, by UID. */
function events(text: string): Map<string, VEvent> {
  const parsed = ical.sync.parseICS(text);
  const found = new Map<string, VEvent>();
  for (const component of Object.values(parsed)) if (component?.type === 'VEVENT') found.set(component.uid, component);
  return found;
}

describe('calendar files of live sessions', () => {
  let t: TestApp;
  let host: string;

  beforeAll(async () => {
    t = await startTestApp();
    host = new URL(t.config.publicUrl).host;
  });

  afterAll(async () => {
    await t.close();
  });

  const uid = (sessionId: string): string => `${sessionId}@${host}`;

  async function startOf(sessionId: string): Promise<Date> {
    const [row]: { starts_at: Date }[] = await t.db.query(`SELECT starts_at FROM live_session WHERE id = $1`, [
      sessionId,
    ]);
    return row.starts_at;
  }

  function expectCalendar(res: TestResponse): void {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  }

  it('gives one session as a valid .ics in the reader’s language, with a stable UID and its SEQUENCE', async () => {
    const organiser = await signedIn(t);
    const invitee = await signedIn(t);
    await t.db.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [invitee.id]);
    const sessionId = await createLiveSession(t.db, {
      hostIds: [organiser.id],
      invitedUserIds: [invitee.id],
      startsInMinutes: 2 * 24 * 60,
      title: { fi: 'Strategiatyöpaja', en: 'Strategy workshop' },
      description: { fi: 'Kootaan ideat; tervetuloa!', en: 'We gather ideas; welcome!' },
      videoUrl: 'https://meet.example/strategia',
    });
    const startsAt = await startOf(sessionId);

    const mine = await organiser.agent.get(`/api/live-sessions/${sessionId}/calendar.ics`);
    expectCalendar(mine);
    expect(mine.headers.get('content-disposition')).toContain(`live-session-${sessionId}.ics`);
    const [event] = [...events(mine.text).values()];
    expect(event).toMatchObject({
      uid: uid(sessionId),
      sequence: 0,
      status: 'CONFIRMED',
      summary: 'Strategiatyöpaja',
      location: 'https://meet.example/strategia',
    });
    expect(event.start.toISOString()).toBe(toSecond(startsAt));
    expect((event.end?.getTime() ?? 0) - event.start.getTime()).toBe(60 * 60 * 1000);
    // UTC times, no floating ones.
    expect(mine.text).toContain(
      `DTSTART:${startsAt
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}`,
    );
    expect(textOf(event.url)).toBe(`${t.config.publicUrl}/live/${sessionId}`);
    expect(textOf(event.description)).toContain('Kootaan ideat; tervetuloa!');

    const theirs = [...events((await invitee.agent.get(`/api/live-sessions/${sessionId}/calendar.ics`)).text).values()];
    expect(theirs.map((e) => [e.uid, e.summary])).toEqual([[uid(sessionId), 'Strategy workshop']]);

    // Moved, then cancelled: the same UID, a higher SEQUENCE, STATUS:CANCELLED.
    await t.db.query(
      `UPDATE live_session SET starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour', sequence = sequence + 1 WHERE id = $1`,
      [sessionId],
    );
    const moved = [
      ...events((await organiser.agent.get(`/api/live-sessions/${sessionId}/calendar.ics`)).text).values(),
    ];
    expect(moved.map((e) => [e.uid, e.sequence, e.status, e.start.toISOString()])).toEqual([
      [uid(sessionId), 1, 'CONFIRMED', toSecond(new Date(startsAt.getTime() + 60 * 60 * 1000))],
    ]);
    await t.db.query(`UPDATE live_session SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1`, [
      sessionId,
    ]);
    const cancelled = [
      ...events((await invitee.agent.get(`/api/live-sessions/${sessionId}/calendar.ics`)).text).values(),
    ];
    expect(cancelled.map((e) => [e.uid, e.sequence, e.status])).toEqual([[uid(sessionId), 2, 'CANCELLED']]);
  });

  it('answers 404 to whoever may not see the session, 400 to an id that is not one, 401 without a session', async () => {
    const organiser = await createUser(t.db);
    const stranger = await signedIn(t);
    const elsewhere = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Laukaa'] });
    const here = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] });
    const sessionId = await createLiveSession(t.db, { hostIds: [organiser.id], municipality: 'Äänekoski' });
    const path = `/api/live-sessions/${sessionId}/calendar.ics`;
    expect((await stranger.agent.get(path)).status).toBe(404);
    expect((await elsewhere.agent.get(path)).status).toBe(404);
    expectCalendar(await here.agent.get(path));
    expect((await stranger.agent.get(`/api/live-sessions/not-a-uuid/calendar.ics`)).body).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'id' }],
    });
    expect((await t.agent().get(path)).status).toBe(401);
  });

  describe('the personal feed', () => {
    async function feed(agent: TestAgent): Promise<string> {
      const res = await agent.post<CalendarFeed>('/api/me/calendar-feed');
      expect(res.status).toBe(201);
      const prefix = `${t.config.publicUrl}/api/calendar/`;
      expect(res.body.url.startsWith(prefix)).toBe(true);
      expect(res.body.url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      return res.body.url.slice(t.config.publicUrl.length);
    }

    it('lists every session one hosts or is invited to from 30 days ago on, cancelled ones as CANCELLED, and nothing else', async () => {
      const org = await createOrganisation(t.db, 'Keuruun Kone Oy', 'Keuruu');
      const me = await signedIn(t, {
        role: 'coordinator',
        managedMunicipalities: ['Äänekoski'],
        municipality: 'Keuruu',
        audience: 'employer',
        organisationId: org,
      });
      const other = await createUser(t.db);
      const hosting = await createLiveSession(t.db, { hostIds: [me.id], startsInMinutes: 60 });
      const named = await createLiveSession(t.db, { hostIds: [other.id], invitedUserIds: [me.id] });
      const byOrganisation = await createLiveSession(t.db, { hostIds: [other.id], invitedOrganisationIds: [org] });
      const byAudience = await createLiveSession(t.db, {
        hostIds: [other.id],
        invitedAudiences: ['employer'],
        municipality: 'Keuruu',
      });
      const cancelled = await createLiveSession(t.db, {
        hostIds: [other.id],
        invitedUserIds: [me.id],
        status: 'cancelled',
      });
      const lastWeek = await createLiveSession(t.db, {
        hostIds: [me.id],
        startsInMinutes: -7 * 24 * 60,
        status: 'ended',
      });
      // Not in the feed: long past; the audience in another municipality; one the coordinator only oversees.
      const longAgo = await createLiveSession(t.db, { hostIds: [me.id], startsInMinutes: -40 * 24 * 60 });
      const audienceElsewhere = await createLiveSession(t.db, {
        hostIds: [other.id],
        invitedAudiences: ['employer'],
        municipality: 'Laukaa',
      });
      const overseen = await createLiveSession(t.db, { hostIds: [other.id], municipality: 'Äänekoski' });

      const path = await feed(me.agent);
      // A calendar app, without the session cookie.
      const res = await t.agent().get(path);
      expectCalendar(res);
      expect(res.headers.get('cache-control')).toContain('no-store');
      const found = events(res.text);
      expect([...found.keys()].sort()).toEqual(
        [hosting, named, byOrganisation, byAudience, cancelled, lastWeek].map(uid).sort(),
      );
      for (const absent of [longAgo, audienceElsewhere, overseen]) expect(found.has(uid(absent))).toBe(false);
      expect(found.get(uid(cancelled))?.status).toBe('CANCELLED');
      expect(found.get(uid(hosting))?.status).toBe('CONFIRMED');
      expect(found.get(uid(hosting))?.start.toISOString()).toBe(toSecond(await startOf(hosting)));
      expect(found.get(uid(hosting))?.summary).toBe('Työpaja');
    });

    it('keeps only the token’s hash; regenerating revokes the old URL, deleting revokes the feed', async () => {
      const me = await signedIn(t);
      const sessionId = await createLiveSession(t.db, { hostIds: [me.id] });
      const first = await feed(me.agent);
      const token = first.slice('/api/calendar/'.length, -'.ics'.length);
      const [row]: { token_hash: string }[] = await t.db.query(
        `SELECT token_hash FROM calendar_feed WHERE user_id = $1`,
        [me.id],
      );
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(await t.db.query(`SELECT * FROM calendar_feed`))).not.toContain(token);
      expect(events((await t.agent().get(first)).text).has(uid(sessionId))).toBe(true);

      const second = await feed(me.agent);
      expect(second).not.toBe(first);
      expect((await t.agent().get(first)).status).toBe(404);
      expectCalendar(await t.agent().get(second));

      expect((await me.agent.delete('/api/me/calendar-feed')).status).toBe(204);
      expect((await t.agent().get(second)).status).toBe(404);
      // Revoking again is the same success.
      expect((await me.agent.delete('/api/me/calendar-feed')).status).toBe(204);
    });

    it('answers a wrong, malformed or deactivated owner’s token with 404', async () => {
      const me = await signedIn(t);
      const path = await feed(me.agent);
      const token = path.slice('/api/calendar/'.length, -'.ics'.length);
      const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      for (const bad of [`/api/calendar/${wrong}.ics`, '/api/calendar/short.ics', `/api/calendar/${token}x.ics`]) {
        const res = await t.agent().get(bad);
        expect(res.status).toBe(404);
        expect(res.body).toMatchObject({ code: 'not_found' });
      }
      await t.db.query(`UPDATE app_user SET status = 'deactivated' WHERE id = $1`, [me.id]);
      expect((await t.agent().get(path)).status).toBe(404);
    });
  });
});
