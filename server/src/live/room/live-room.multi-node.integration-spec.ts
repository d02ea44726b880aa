import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { appEntities } from '../../app.entities';
import { dataSourceOptions } from '../../database/data-source';
import { waitFor } from '../../testing/eventually';
import { createUser } from '../../testing/fixtures';
import { LiveRoomClient } from '../../testing/live-room-client';
import { type ServerProcess, startServerProcess } from '../../testing/server-processes';
import { startTcpProxy, type TcpProxy } from '../../testing/tcp-proxy';
import { TestAgent } from '../../testing/test-agent';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { dropRedisPrefix, ENV_REDIS_URL } from '../../testing/test-environment';
import { createLiveSession } from '../live.test-support';
import { NotesTestClient } from '../notes/notes-client.test-support';

const seqs = (c: LiveRoomClient): number[] => c.applied.map((e) => e.seq);
const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/**
 * Two real server processes on one PostgreSQL and one Redis (scaled mode), each behind a TCP proxy that
 * fails over to the other, as a load balancer would. One is SIGKILLed mid-session.
 */
describe('a live room across two server processes', () => {
  const redisUrl = process.env[ENV_REDIS_URL] || 'redis://127.0.0.1:6379';
  const prefix = `kp-test-${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let db: DataSource;
  let nodes: ServerProcess[] = [];
  let proxies: TcpProxy[] = [];
  const clients: LiveRoomClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource(dataSourceOptions(database.url, appEntities, { extra: { max: 2 } })).initialize();
    const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl, REDIS_PREFIX: prefix };
    nodes = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    proxies = await Promise.all([
      startTcpProxy([nodes[0].port, nodes[1].port]),
      startTcpProxy([nodes[1].port, nodes[0].port]),
    ]);
  }, 120_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const p of proxies) await p.close();
    await Promise.all(nodes.map((n) => n.stop()));
    await db?.destroy();
    await database?.drop();
    await dropRedisPrefix(redisUrl, prefix);
  });

  async function person(via: TcpProxy): Promise<{ id: string; agent: TestAgent }> {
    const user = await createUser(db);
    const agent = new TestAgent(via.url);
    expect((await agent.login(user.email, user.password)).status).toBe(200);
    return { id: user.id, agent };
  }

  function client(via: TcpProxy, agent: TestAgent, sessionId: string): LiveRoomClient {
    const c = new LiveRoomClient(via.url, agent, sessionId);
    clients.push(c);
    return c;
  }

  it('shares one room between the nodes, and a killed node’s clients come back on the other with every event once', async () => {
    const [viaA, viaB] = proxies;
    const host = await person(viaB);
    const onA = await person(viaA);
    const sessionId = await createLiveSession(db, { hostIds: [host.id], invitedUserIds: [onA.id] });

    const h = client(viaB, host.agent, sessionId);
    await h.joined();
    const a = client(viaA, onA.agent, sessionId);
    await a.joined();
    expect(await h.socket.emitWithAck('live:start', { sessionId })).toEqual({ ok: true });
    // Events made on node B reach the client on node A, and the other way round.
    await waitFor(() => a.lastSeq === 3 && h.lastSeq === 3, { what: 'both see join, join, start' });
    expect(a.applied.map((e) => e.type)).toEqual(['presence.joined', 'presence.joined', 'session.status']);

    // Node A dies. While its client is away, the host keeps the room busy on node B.
    await nodes[0].kill();
    const busy = (async () => {
      const participant = (a.me as { id: string }).id;
      for (let i = 0; i < 10; i++)
        expect(
          await h.socket.emitWithAck('live:cohost', { sessionId, participantId: participant, cohost: i % 2 === 0 }),
        ).toEqual({ ok: true });
    })();
    await busy;
    await a.joined(2);
    await waitFor(() => a.lastSeq === h.lastSeq && a.lastSeq >= 13, { what: 'the reconnected client caught up' });

    // Every event once, in order, with nothing missed: the same log the server keeps.
    const log: { seq: string }[] = await db.query(`SELECT seq FROM live_event WHERE session_id = $1 ORDER BY seq`, [
      sessionId,
    ]);
    expect(seqs(a)).toEqual(upTo(log.length));
    expect(seqs(h)).toEqual(upTo(log.length));

    // One continuous stay for the participant whose node died: the reconnection was not a leave.
    const stays: { left_at: Date | null }[] = await db.query(
      `SELECT a.left_at FROM live_attendance a JOIN live_participant p ON p.id = a.participant_id
        WHERE p.session_id = $1 AND p.user_id = $2`,
      [sessionId, onA.id],
    );
    expect(stays).toEqual([{ left_at: null }]);
  }, 90_000);

  it('carries chat, hands, polls, board votes and note edits between the nodes, and keeps every edit through a kill and restarts', async () => {
    const [viaA, viaB] = proxies;
    const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl, REDIS_PREFIX: prefix };
    // The first test killed node A: it comes back on its port, behind the same proxy.
    if (nodes[0].child.exitCode !== null || nodes[0].child.signalCode !== null)
      nodes[0] = await startServerProcess(env, nodes[0].port);
    const host = await person(viaB);
    const onA = await person(viaA);
    const alsoOnB = await person(viaB);
    const sessionId = await createLiveSession(db, {
      hostIds: [host.id],
      invitedUserIds: [onA.id, alsoOnB.id],
    });
    const h = client(viaB, host.agent, sessionId);
    const a = client(viaA, onA.agent, sessionId);
    const b = client(viaB, alsoOnB.agent, sessionId);
    const notesA = new NotesTestClient(a.socket, sessionId);
    const notesB = new NotesTestClient(b.socket, sessionId);
    a.onJoined = () => notesA.connect();
    b.onJoined = () => notesB.connect();
    await Promise.all([h.joined(), a.joined(), b.joined()]);

    // Chat and a hand from node A reach node B; a poll and a board from node B reach node A.
    expect(await a.socket.emitWithAck('chat:send', { sessionId, text: 'Hei kaikki' })).toMatchObject({ ok: true });
    expect(await a.socket.emitWithAck('hand:raise', { sessionId })).toMatchObject({ ok: true });
    const poll = await h.socket.emitWithAck('poll:create', {
      sessionId,
      question: 'Mikä toimii?',
      kind: 'single',
      options: ['Kurssit', 'Mentorointi'],
    });
    if (!poll.ok) throw new Error(poll.message);
    expect(
      await a.socket.emitWithAck('poll:vote', {
        sessionId,
        pollId: poll.poll.id,
        optionIds: [poll.poll.options[1].id],
      }),
    ).toMatchObject({ ok: true });
    const board = await h.socket.emitWithAck('board:create', {
      sessionId,
      title: 'Ideat',
      prompts: ['Mitä kokeillaan?'],
      dotsPerParticipant: 3,
      hideVotes: false,
    });
    if (!board.ok) throw new Error(board.message);
    const card = await b.socket.emitWithAck('board:add-card', {
      sessionId,
      boardId: board.board.id,
      promptId: board.board.prompts[0].id,
      text: 'Työpaikkavierailut',
    });
    if (!card.ok) throw new Error(card.message);
    expect(await a.socket.emitWithAck('board:vote', { sessionId, cardId: card.card.id, delta: 1 })).toMatchObject({
      ok: true,
    });
    notesA.insert(0, 'A1 ');
    notesB.insert(0, 'B1 ');
    await waitFor(() => b.of('chat.message').length === 1 && b.of('hand.raised').length === 1, { what: 'A → B' });
    await waitFor(() => a.of('poll.opened').length === 1 && a.of('board.card').length === 1, { what: 'B → A' });
    await waitFor(() => b.of('poll.results').length >= 1 && h.of('board.voted').length >= 1, { what: 'votes' });
    await waitFor(() => notesA.text === notesB.text && notesA.text.includes('A1') && notesA.text.includes('B1'), {
      what: 'notes converge across nodes',
    });

    // Node A dies while both editors keep typing; A's editor types on through the outage.
    const typing = (notes: NotesTestClient, tag: string, n: number) =>
      (async () => {
        for (let i = 0; i < n; i++) {
          notes.insert(notes.text.length, `${tag}${i} `);
          await new Promise((r) => setTimeout(r, 15));
        }
      })();
    const typedA = typing(notesA, 'a', 40);
    const typedB = typing(notesB, 'b', 40);
    await new Promise((r) => setTimeout(r, 150));
    await nodes[0].kill();
    await Promise.all([typedA, typedB]);
    await a.joined(2);
    await waitFor(() => a.lastSeq === h.lastSeq && b.lastSeq === h.lastSeq, { what: 'everyone at the same seq' });
    const log: { seq: string }[] = await db.query(`SELECT seq FROM live_event WHERE session_id = $1 ORDER BY seq`, [
      sessionId,
    ]);
    for (const c of [h, a, b]) expect(seqs(c)).toEqual(upTo(log.length));

    // Both nodes restart, one after the other; a newcomer reads the notes from PostgreSQL alone.
    nodes[0] = await startServerProcess(env, nodes[0].port);
    await nodes[1].kill();
    nodes[1] = await startServerProcess(env, nodes[1].port);
    const late = client(viaB, host.agent, sessionId);
    await late.joined();
    const notesLate = new NotesTestClient(late.socket, sessionId);
    await notesLate.connect();
    for (const tag of ['A1', 'B1', ...upTo(40).map((i) => `a${i - 1}`), ...upTo(40).map((i) => `b${i - 1}`)])
      expect(notesLate.text).toContain(`${tag} `);
  }, 120_000);
});
