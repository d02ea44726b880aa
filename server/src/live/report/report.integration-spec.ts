import { LIVE_NOTES_TEXT, type LiveSessionReport } from '@kotopaikka/contracts';

import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';

import { decodeCsvText, parseCsv } from '../../platform/csv/csv-parser';
import { waitFor } from '../../testing/eventually';
import { createUser, type TestUserInput } from '../../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../../testing/live-client';
import { openApiDocument, responseSchema, schemaMismatches } from '../../testing/openapi-shape';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { certificateJobs, createTestCourse } from '../../training/learning/learning.test-support';
import { createLiveSession } from '../live.test-support';
import { NotesStore } from '../notes/notes-store.service';
import { LiveProcessor } from '../room/live-sweep.processor';

type Ack = { ok: boolean; code?: string } & Record<string, unknown>;

function send(socket: LiveTestClient, event: string, payload: unknown): Promise<Ack> {
  return (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload) as Promise<Ack>;
}

interface Person {
  agent: TestAgent;
  id: string;
}

/** Someone in the room: their socket and participant. */
interface InRoom {
  socket: LiveTestClient;
  participantId: string;
}

describe('the session report and attendance credited towards the linked course', () => {
  let t: TestApp;
  const sockets: LiveTestClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  afterAll(async () => {
    await t.close();
  });

  async function person(displayName: string, input: TestUserInput = {}): Promise<Person> {
    const user = await createUser(t.db, { displayName, municipality: 'Laukaa', ...input });
    const agent = t.agent();
    expect((await agent.login(user.email, user.password)).status).toBe(200);
    return { agent, id: user.id };
  }

  async function join(p: Person, sessionId: string): Promise<InRoom> {
    const socket = connectLive(t.baseUrl, p.agent);
    sockets.push(socket);
    await connected(socket);
    const ack = await send(socket, 'live:join', { sessionId });
    expect(ack.ok).toBe(true);
    return { socket, participantId: (ack['me'] as { id: string }).id };
  }

  async function csv(p: Person, sessionId: string, query: string): Promise<{ res: Response; bytes: Buffer }> {
    const res = await fetch(`${t.baseUrl}/api/live-sessions/${sessionId}/report.csv${query}`, {
      headers: { cookie: `kp_session=${p.agent.cookie('kp_session') ?? ''}` },
    });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  /** Moves a participant's stay back, as if they came `minutes` before they left (or before now, while there). */
  async function attended(participantId: string, minutes: number): Promise<void> {
    await t.db.query(
      `UPDATE live_attendance SET joined_at = coalesce(left_at, now()) - make_interval(mins => $2) WHERE participant_id = $1`,
      [participantId, minutes],
    );
  }

  /** A guest who registered and was in the room for `minutes`, written straight into the tables. */
  async function guest(sessionId: string, name: string, email: string, minutes: number): Promise<void> {
    const [reg]: { id: string }[] = await t.db.query(
      `INSERT INTO live_registration (session_id, name, email, state, join_token_hash, cancel_token_hash, consented_at)
       VALUES ($1, $2, $3, 'registered', gen_random_uuid()::text, gen_random_uuid()::text, now()) RETURNING id`,
      [sessionId, name, email],
    );
    const [p]: { id: string }[] = await t.db.query(
      `INSERT INTO live_participant (session_id, registration_id, name, role) VALUES ($1, $2, $3, 'guest') RETURNING id`,
      [sessionId, reg.id, name],
    );
    await t.db.query(
      `INSERT INTO live_attendance (session_id, participant_id, joined_at, left_at, last_seen_at)
       VALUES ($1, $2, now() - make_interval(mins => $3), now() - interval '1 minute', now() - interval '1 minute')`,
      [sessionId, p.id, minutes],
    );
  }

  it('gives hosts the facts, attendance, chat count, polls, board and notes, and the CSV in both languages', async () => {
    const host = await person('Hilkka Host', { role: 'mentor' });
    const aino = await person('Aino Osallistuja');
    const coordinator = await person('Kaisa Koordinaattori', {
      role: 'coordinator',
      managedMunicipalities: ['Laukaa'],
    });
    const sessionId = await createLiveSession(t.db, {
      hostIds: [host.id],
      invitedUserIds: [aino.id],
      municipality: 'Laukaa',
      startsInMinutes: -30,
    });
    const hostIn = await join(host, sessionId);
    const ainoIn = await join(aino, sessionId);
    expect((await send(hostIn.socket, 'chat:send', { sessionId, text: '=HYPERLINK("x") tervetuloa' })).ok).toBe(true);
    expect((await send(ainoIn.socket, 'chat:send', { sessionId, text: 'Kiitos!' })).ok).toBe(true);
    const poll = await send(hostIn.socket, 'poll:create', {
      sessionId,
      question: 'Mikä toimii?',
      kind: 'single',
      options: ['Aamupala', 'Ilta'],
    });
    expect(poll.ok).toBe(true);
    const pollView = poll['poll'] as { id: string; options: { id: string }[] };
    expect(
      (await send(ainoIn.socket, 'poll:vote', { sessionId, pollId: pollView.id, optionIds: [pollView.options[0].id] }))
        .ok,
    ).toBe(true);
    const board = await send(hostIn.socket, 'board:create', {
      sessionId,
      title: 'Strategia',
      prompts: ['Mikä toimii', 'Mitä puuttuu'],
      dotsPerParticipant: 3,
      hideVotes: false,
    });
    expect(board.ok).toBe(true);
    const boardView = board['board'] as { id: string; prompts: { id: string }[] };
    const card = await send(ainoIn.socket, 'board:add-card', {
      sessionId,
      boardId: boardView.id,
      promptId: boardView.prompts[0].id,
      text: 'Kielikahvila',
    });
    expect(card.ok).toBe(true);
    const cardId = (card['card'] as { id: string }).id;
    expect((await send(ainoIn.socket, 'board:vote', { sessionId, cardId, delta: 1 })).ok).toBe(true);
    expect((await send(ainoIn.socket, 'board:vote', { sessionId, cardId, delta: 1 })).ok).toBe(true);
    await guest(sessionId, 'Amina', 'amina.private@example.test', 20);
    const doc = new Y.Doc();
    doc.getText(LIVE_NOTES_TEXT).insert(0, '## Päätökset\n\n- Kielikahvila keväällä');
    await t.app.get(NotesStore).append({ sessionId, groupId: null }, Y.encodeStateAsUpdate(doc));
    expect((await send(hostIn.socket, 'live:end', { sessionId })).ok).toBe(true);
    await attended(hostIn.participantId, 40);
    await attended(ainoIn.participantId, 25);
    // Retention purges the text; the messages still count.
    await t.db.query(`UPDATE live_chat_message SET text = NULL WHERE session_id = $1`, [sessionId]);

    const res = await coordinator.agent.get<LiveSessionReport>(`/api/live-sessions/${sessionId}/report`);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.session).toMatchObject({ id: sessionId, status: 'ended', municipality: { name: 'Laukaa' } });
    expect(r.session.hosts.map((h) => h.name)).toEqual(['Hilkka Host']);
    expect(r.session.endedAt).not.toBeNull();
    expect(r.attendance.map((a) => [a.name, a.role, a.minutes, a.stays.length])).toEqual([
      ['Hilkka Host', 'host', 40, 1],
      ['Aino Osallistuja', 'participant', 25, 1],
      ['Amina', 'guest', 19, 1],
    ]);
    expect(JSON.stringify(r)).not.toContain('amina.private@example.test');
    expect(r.totals).toEqual({ participants: 3, guests: 1, medianMinutes: 25, averageMinutes: 28, peakConcurrent: 3 });
    expect(r.chatMessages).toBe(2);
    expect(r.polls).toHaveLength(1);
    expect(r.polls[0]).toMatchObject({ question: 'Mikä toimii?', anonymous: true, voters: 1 });
    expect(r.polls[0].options.map((o) => [o.text, o.votes, 'voters' in o])).toEqual([
      ['Aamupala', 1, false],
      ['Ilta', 0, false],
    ]);
    expect(r.boards).toHaveLength(1);
    expect(r.boards[0].cards.map((c) => [c.text, c.votes, c.rank])).toEqual([['Kielikahvila', 2, 1]]);
    expect(r.notes.text).toBe('## Päätökset\n\n- Kielikahvila keväällä');
    expect(r.notes.updatedAt).not.toBeNull();
    // The OpenAPI document describes this answer field by field, not as a bare object.
    const openApi = await openApiDocument(t);
    expect(schemaMismatches(openApi, responseSchema(openApi, 'get', '/api/live-sessions/{id}/report'), r)).toEqual([]);

    const fi = await csv(coordinator, sessionId, '?locale=fi');
    expect(fi.res.status).toBe(200);
    expect(fi.res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect([...fi.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const fiRows = parseCsv(decodeCsvText(fi.bytes), ';').map((x) => x.cells);
    expect(fiRows[0]).toEqual([
      'Nimi',
      'Rooli',
      'Ensimmäinen liittyminen',
      'Viimeinen poistuminen',
      'Minuutit',
      'Käyntejä',
    ]);
    expect(fiRows.slice(1).map((c) => [c[0], c[1], c[4], c[5]])).toEqual([
      ['Hilkka Host', 'Järjestäjä', '40', '1'],
      ['Aino Osallistuja', 'Osallistuja', '25', '1'],
      ['Amina', 'Vieras', '19', '1'],
    ]);
    // Helsinki wall-clock time of the first join, as Finnish Excel reads a date.
    const helsinki = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Helsinki',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(new Date(r.attendance[0].firstJoinedAt));
    expect(fiRows[1][2]).toBe(helsinki);

    const en = await csv(host, sessionId, '?locale=en');
    expect(en.res.status).toBe(200);
    const enRows = parseCsv(decodeCsvText(en.bytes), ';').map((x) => x.cells);
    expect(enRows[0]).toEqual(['Name', 'Role', 'First joined', 'Last left', 'Minutes', 'Stays']);
    expect(enRows[1][1]).toBe('Host');

    expect((await aino.agent.get(`/api/live-sessions/${sessionId}/report`)).status).toBe(403);
    expect((await aino.agent.get(`/api/live-sessions/${sessionId}/report.csv`)).status).toBe(403);
    expect((await host.agent.get(`/api/live-sessions/${sessionId}/report.csv?locale=sv-XX`)).status).toBe(400);
  });

  it('completes the linked course once for those who stayed long enough, never for guests or the brief', async () => {
    const course = await createTestCourse(t.db);
    const host = await person('Hanna Host', { role: 'mentor' });
    const long = await person('Pitkä Paikalla');
    const brief = await person('Lyhyt Käynti');
    const sessionId = await createLiveSession(t.db, {
      hostIds: [host.id],
      invitedUserIds: [long.id, brief.id],
      municipality: 'Laukaa',
      startsInMinutes: -60,
    });
    await t.db.query(`UPDATE live_session SET course_id = $2, completion_minutes = 45 WHERE id = $1`, [
      sessionId,
      course.id,
    ]);
    // Already enrolled and part-way: attendance completes the enrollment they have.
    await t.db.query(`INSERT INTO enrollment (course_id, user_id) VALUES ($1, $2)`, [course.id, long.id]);
    const hostIn = await join(host, sessionId);
    const longIn = await join(long, sessionId);
    const briefIn = await join(brief, sessionId);
    await attended(hostIn.participantId, 60);
    await attended(longIn.participantId, 50);
    await attended(briefIn.participantId, 30);
    await guest(sessionId, 'Vieras Vesa', 'vesa@example.test', 90);
    expect((await send(hostIn.socket, 'live:end', { sessionId })).ok).toBe(true);

    const [queued]: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE queue = 'live' AND job_name = 'attendance_credit'
          AND payload ->> 'sessionId' = $1`,
      [sessionId],
    );
    expect(queued.n).toBe(1);

    // The relay may already have run it; two more runs must change nothing.
    const processor = t.app.get(LiveProcessor);
    const job = { name: 'attendance_credit', data: { sessionId } } as Parameters<LiveProcessor['process']>[0];
    await processor.process(job);
    await processor.process(job);

    const enrollments: { user_id: string; id: string; completed: boolean }[] = await t.db.query(
      `SELECT user_id, id, completed_at IS NOT NULL AS completed FROM enrollment WHERE course_id = $1`,
      [course.id],
    );
    const byUser = new Map(enrollments.map((e) => [e.user_id, e]));
    const enrollmentOf = (userId: string): string => {
      const e = byUser.get(userId);
      if (!e) throw new Error(`no enrollment of ${userId}`);
      return e.id;
    };
    expect(byUser.get(long.id)?.completed).toBe(true);
    expect(byUser.get(host.id)?.completed).toBe(true);
    expect(byUser.has(brief.id)).toBe(false);
    expect(enrollments).toHaveLength(2);
    expect(await certificateJobs(t.db, enrollmentOf(long.id))).toBe(1);
    expect(await certificateJobs(t.db, enrollmentOf(host.id))).toBe(1);
    // The certificate is issued through training's own job.
    await waitFor(
      async () => {
        const rows: unknown[] = await t.db.query(`SELECT 1 FROM certificate WHERE enrollment_id = $1`, [
          enrollmentOf(long.id),
        ]);
        return rows.length > 0 ? rows : undefined;
      },
      { what: 'the certificate of attendance-completed course' },
    );
  });

  it('credits nothing for a session without a linked course and writes no job for it', async () => {
    const host = await person('Heikki Host', { role: 'mentor' });
    const sessionId = await createLiveSession(t.db, {
      hostIds: [host.id],
      municipality: 'Laukaa',
      startsInMinutes: -60,
    });
    const hostIn = await join(host, sessionId);
    await attended(hostIn.participantId, 60);
    expect((await send(hostIn.socket, 'live:end', { sessionId })).ok).toBe(true);
    const [queued]: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE job_name = 'attendance_credit' AND payload ->> 'sessionId' = $1`,
      [sessionId],
    );
    expect(queued.n).toBe(0);
    const processor = t.app.get(LiveProcessor);
    const job = { name: 'attendance_credit', data: { sessionId } } as Parameters<LiveProcessor['process']>[0];
    expect(await processor.process(job)).toEqual({ credited: 0 });
  });
});
