import type { AppNotification, LiveSessionDetail, NotificationList, RsvpResult } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { sessionBody } from './live-sessions.test-support';

type Person = { agent: TestAgent; id: string };

describe('answering live-session invitations', () => {
  let t: TestApp;
  let laukaa: string;
  let coordinator: Person;
  let host: Person;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    coordinator = await signedIn(t, { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] });
    host = await signedIn(t, { role: 'mentor', municipality: 'Laukaa' });
  });

  afterAll(async () => {
    await t.close();
  });

  async function people(n: number): Promise<Person[]> {
    const out: Person[] = [];
    for (let i = 0; i < n; i++) out.push(await signedIn(t, { municipality: 'Laukaa' }));
    return out;
  }

  async function schedule(invitees: Person[], capacity: number | null): Promise<string> {
    const res = await coordinator.agent.post<LiveSessionDetail>(
      '/api/live-sessions',
      sessionBody(laukaa, [host.id], {
        capacity,
        invitees: invitees.map((p) => ({ kind: 'user' as const, userId: p.id })),
      }),
    );
    if (res.status !== 201) throw new Error(`create answered ${res.status}: ${res.text}`);
    return res.body.id;
  }

  const rsvp = (p: Person, id: string, answer: unknown) =>
    p.agent.put<RsvpResult & { code?: string; details?: { field: string }[] }>(`/api/live-sessions/${id}/rsvp`, {
      answer,
    });

  async function states(sessionId: string): Promise<Record<string, string>> {
    const rows: { user_id: string; state: string }[] = await t.db.query(
      `SELECT user_id, state FROM live_rsvp WHERE session_id = $1`,
      [sessionId],
    );
    return Object.fromEntries(rows.map((r) => [r.user_id, r.state]));
  }

  it('seats yes answers up to the capacity, queues the rest, and moves the first in line up when a seat frees', async () => {
    const [a, b, c, d] = await people(4);
    const id = await schedule([a, b, c, d], 2);
    expect((await rsvp(a, id, 'yes')).body).toEqual({ state: 'going', waitlistPosition: null });
    expect((await rsvp(b, id, 'yes')).body).toEqual({ state: 'going', waitlistPosition: null });
    expect((await rsvp(c, id, 'yes')).body).toEqual({ state: 'waitlisted', waitlistPosition: 1 });
    expect((await rsvp(d, id, 'yes')).body).toEqual({ state: 'waitlisted', waitlistPosition: 2 });
    // Saying yes again keeps one's place.
    expect((await rsvp(d, id, 'yes')).body).toEqual({ state: 'waitlisted', waitlistPosition: 2 });

    expect((await rsvp(a, id, 'maybe')).body).toEqual({ state: 'maybe', waitlistPosition: null });
    expect(await states(id)).toEqual({ [a.id]: 'maybe', [b.id]: 'going', [c.id]: 'going', [d.id]: 'waitlisted' });
    const seenByD = await d.agent.get<LiveSessionDetail>(`/api/live-sessions/${id}`);
    expect(seenByD.body).toMatchObject({ myRsvp: 'waitlisted', waitlistPosition: 1, seatsTaken: 2, capacity: 2 });

    const told = await c.agent.get<NotificationList>('/api/notifications');
    expect(told.body.items.map((n: AppNotification) => [n.kind, n.link, n.params['sessionTitle.fi']])).toEqual([
      ['live.waitlist_promoted', `/live/${id}`, 'Monikulttuurinen työyhteisö'],
    ]);
    const dNotes = await d.agent.get<NotificationList>('/api/notifications');
    expect(dNotes.body.items.filter((n) => n.kind === 'live.waitlist_promoted')).toEqual([]);

    // A maybe who says yes again queues behind those already waiting.
    expect((await rsvp(a, id, 'yes')).body).toEqual({ state: 'waitlisted', waitlistPosition: 2 });
    // A waitlisted no leaves the queue without freeing anything.
    expect((await rsvp(d, id, 'no')).body).toEqual({ state: 'declined', waitlistPosition: null });
    expect((await rsvp(a, id, 'yes')).body).toEqual({ state: 'waitlisted', waitlistPosition: 1 });
  });

  it('moves people up when the capacity grows, and seats everyone when it is lifted', async () => {
    const [a, b, c, d] = await people(4);
    const id = await schedule([a, b, c, d], 1);
    for (const p of [a, b, c, d]) await rsvp(p, id, 'yes');
    const grown = await coordinator.agent.patch<LiveSessionDetail>(`/api/live-sessions/${id}`, { capacity: 2 });
    expect(grown.body.seatsTaken).toBe(2);
    expect(await states(id)).toEqual({ [a.id]: 'going', [b.id]: 'going', [c.id]: 'waitlisted', [d.id]: 'waitlisted' });
    await coordinator.agent.patch(`/api/live-sessions/${id}`, { capacity: null });
    expect(Object.values(await states(id))).toEqual(['going', 'going', 'going', 'going']);
    const notes: { user_id: string }[] = await t.db.query(
      `SELECT user_id FROM notification WHERE kind = 'live.waitlist_promoted' AND link = $1`,
      [`/live/${id}`],
    );
    expect(notes.map((n) => n.user_id).sort()).toEqual([b.id, c.id, d.id].sort());
  });

  it('drops the answer of someone no longer invited, and gives their seat to the first in line', async () => {
    const [a, b, c] = await people(3);
    const id = await schedule([a, b, c], 1);
    for (const p of [a, b, c]) await rsvp(p, id, 'yes');
    await coordinator.agent.patch(`/api/live-sessions/${id}`, {
      invitees: [b, c].map((p) => ({ kind: 'user', userId: p.id })),
    });
    expect(await states(id)).toEqual({ [b.id]: 'going', [c.id]: 'waitlisted' });
    expect((await a.agent.get(`/api/live-sessions/${id}`)).status).toBe(404);
    const told: { user_id: string }[] = await t.db.query(
      `SELECT user_id FROM notification WHERE kind = 'live.waitlist_promoted' AND link = $1`,
      [`/live/${id}`],
    );
    expect(told.map((n) => n.user_id)).toEqual([b.id]);
  });

  it('never oversells the last seats when many answer yes at once', async () => {
    const crowd = await people(12);
    const id = await schedule(crowd, 3);
    const results = await Promise.all(crowd.map((p) => rsvp(p, id, 'yes')));
    expect(results.map((r) => r.status)).toEqual(Array<number>(12).fill(200));
    const going = results.filter((r) => r.body.state === 'going');
    const waiting = results.filter((r) => r.body.state === 'waitlisted');
    expect([going.length, waiting.length]).toEqual([3, 9]);
    expect(waiting.map((r) => r.body.waitlistPosition).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    const [{ n }]: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM live_rsvp WHERE session_id = $1 AND state = 'going'`,
      [id],
    );
    expect(n).toBe(3);

    // Three seats freed at once go to the first three in line, each once.
    const leaving = results.flatMap((r, i) => (r.body.state === 'going' ? [crowd[i]] : []));
    await Promise.all(leaving.map((p) => rsvp(p, id, 'no')));
    const first = results
      .flatMap((r, i) => (r.body.waitlistPosition !== null && r.body.waitlistPosition <= 3 ? [crowd[i].id] : []))
      .sort();
    const seated: { user_id: string }[] = await t.db.query(
      `SELECT user_id FROM live_rsvp WHERE session_id = $1 AND state = 'going' ORDER BY user_id`,
      [id],
    );
    expect(seated.map((r) => r.user_id)).toEqual(first);
  });

  it('lets hosts answer, refuses others, and refuses answers once the session is cancelled or over', async () => {
    const [invitee, stranger] = await people(2);
    const id = await schedule([invitee], null);
    expect((await rsvp(host, id, 'yes')).body.state).toBe('going');
    expect((await rsvp(coordinator, id, 'yes')).status).toBe(403);
    expect((await rsvp(stranger, id, 'yes')).status).toBe(404);
    const bad = await rsvp(invitee, id, 'perhaps');
    expect([bad.status, bad.body.details?.map((d) => d.field)]).toEqual([400, ['answer']]);
    expect((await rsvp(invitee, '00000000-0000-4000-8000-000000000000', 'yes')).status).toBe(404);

    const past = await schedule([invitee], null);
    await t.db.query(
      `UPDATE live_session SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [past],
    );
    expect((await rsvp(invitee, past, 'yes')).status).toBe(409);
    await coordinator.agent.post(`/api/live-sessions/${id}/cancel`);
    const refused = await rsvp(invitee, id, 'yes');
    expect([refused.status, refused.body.code]).toEqual([409, 'conflict']);
    expect(await states(id)).toEqual({ [host.id]: 'going' });
  });
});
