import type { Breakout, LiveBoard, LiveBoardCardShown, LiveBoardList, LiveRoomEvent } from '@kotopaikka/contracts';

import { waitFor } from '../../testing/eventually';
import { type LiveRoom, liveRoomTest, type RoomMember } from '../live-room.test-support';

type BoardsAck = { boards: LiveBoard[] };
type CardAck = { card: LiveBoardCardShown };
type JoinAck = { events: LiveRoomEvent[] };

describe("breakout groups' own idea boards", () => {
  const live = liveRoomTest();

  /** A room of four split at random into two running groups, with a board for each group made in one action. */
  async function groupsWithBoards(): Promise<{
    r: LiveRoom;
    breakout: Breakout;
    inA: RoomMember[];
    inB: RoomMember[];
    boardA: LiveBoard;
    boardB: LiveBoard;
  }> {
    const r = await live.people.room(4);
    const { sessionId, host } = r;
    await host.send('breakout:prepare', { sessionId, mode: 'random', groupCount: 2, minutes: 10 });
    const { breakout } = await host.send<{ breakout: Breakout }>('breakout:start', { sessionId });
    const [a, b] = breakout.groups;
    const inA = r.others.filter((o) => a.participantIds.includes(o.me.id));
    const inB = r.others.filter((o) => b.participantIds.includes(o.me.id));
    const made = await host.send<BoardsAck>('board:create-for-groups', {
      sessionId,
      title: 'Mitä kokeillaan?',
      prompts: ['Ideat'],
      dotsPerParticipant: 2,
      hideVotes: false,
    });
    expect(made.ok).toBe(true);
    expect(made.boards.map((x) => [x.groupId, x.groupName])).toEqual([
      [a.id, a.name],
      [b.id, b.name],
    ]);
    return { r, breakout, inA, inB, boardA: made.boards[0], boardB: made.boards[1] };
  }

  const cards = async (boardId: string): Promise<number> => {
    const [row]: { n: string }[] = await live.t.db.query(
      `SELECT count(*) AS n FROM live_board_card WHERE board_id = $1`,
      [boardId],
    );
    return Number(row.n);
  };

  it("keeps each group's board to its members and the hosts: events, list, cards and votes", async () => {
    const { r, inA, inB, boardA, boardB } = await groupsWithBoards();
    const { sessionId, host } = r;
    const [a0] = inA;
    const [b0] = inB;

    // board.created reached each group's own members only (the host, not visiting, neither).
    await a0.next('board.created', (d: { id: string }) => d.id === boardA.id);
    await b0.next('board.created', (d: { id: string }) => d.id === boardB.id);
    expect(a0.events.some((e) => e.type === 'board.created' && e.groupId === boardB.id)).toBe(false);
    expect(a0.events.filter((e) => e.type === 'board.created').map((e) => e.groupId)).toEqual([boardA.groupId]);

    // The list: a member sees their group's board, not the other's; the host sees both.
    const listA = await a0.send<BoardsAck>('board:list', { sessionId });
    expect(listA.boards.map((x) => x.id)).toEqual([boardA.id]);
    const listHost = await host.send<BoardsAck>('board:list', { sessionId });
    expect(listHost.boards.map((x) => x.id)).toEqual([boardA.id, boardB.id]);

    // A member of A can neither write on B's board nor vote on its cards; nothing is written.
    const promptB = boardB.prompts[0].id;
    expect(
      await a0.send('board:add-card', { sessionId, boardId: boardB.id, promptId: promptB, text: 'Väärä ryhmä' }),
    ).toMatchObject({ ok: false, code: 'forbidden', message: 'This idea board is for another breakout group' });
    expect(await cards(boardB.id)).toBe(0);
    const inBCard = await b0.send<CardAck>('board:add-card', {
      sessionId,
      boardId: boardB.id,
      promptId: promptB,
      text: 'Kielikahvila',
    });
    expect(inBCard.ok).toBe(true);
    expect(await a0.send('board:vote', { sessionId, cardId: inBCard.card.id, delta: 1 })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const [dots]: { n: string }[] = await live.t.db.query(`SELECT count(*) AS n FROM live_board_vote`);
    expect(Number(dots.n)).toBe(0);

    // B's card event went to B only; A heard nothing of it.
    const cardEvent = await b0.next('board.card');
    expect(cardEvent.groupId).toBe(boardB.groupId);
    expect(a0.events.some((e) => e.type === 'board.card')).toBe(false);

    // The host writes on any group's board, and the dots are per board as in the main room.
    expect(
      await host.send('board:add-card', { sessionId, boardId: boardA.id, promptId: boardA.prompts[0].id, text: 'H' }),
    ).toMatchObject({ ok: true });
    for (const expected of [true, true, false])
      expect((await b0.send('board:vote', { sessionId, cardId: inBCard.card.id, delta: 1 })).ok).toBe(expected);

    // Over REST too: A's member reads their board, gets 403 naming why for B's; the host exports B's, labelled.
    const mine = await a0.agent.get<LiveBoard>(`/api/live-boards/${boardA.id}`);
    expect(mine.status).toBe(200);
    const other = await a0.agent.get<{ message: string }>(`/api/live-boards/${boardB.id}`);
    expect(other.status).toBe(403);
    expect(other.body.message).toBe('This idea board is for another breakout group');
    const listed = await a0.agent.get<LiveBoardList>(`/api/live-sessions/${sessionId}/boards`);
    expect(listed.body.items.map((x) => x.id)).toEqual([boardA.id]);
    // Hosts make a group's board over REST too; a participant may not.
    const body = { title: 'REST', prompts: ['P'], dotsPerParticipant: 1, hideVotes: false, groupId: boardB.groupId };
    const made = await host.agent.post<LiveBoard>(`/api/live-sessions/${sessionId}/boards`, body);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ groupId: boardB.groupId, groupName: boardB.groupName });
    expect((await a0.agent.post(`/api/live-sessions/${sessionId}/boards`, body)).status).toBe(403);
    const md = await host.agent.get(`/api/live-boards/${boardB.id}/export.md`);
    expect(md.text.split('\n').slice(0, 4)).toEqual([
      '# Mitä kokeillaan?',
      '',
      `Pienryhmä: ${boardB.groupName ?? ''}`,
      '',
    ]);
    const csv = await host.agent.get(`/api/live-boards/${boardB.id}/export.csv`);
    expect(csv.text.split('\r\n').slice(0, 2)).toEqual([
      'Pienryhmä;Kysymys;Sija;Idea;Äänet;Ryhmä',
      `${boardB.groupName ?? ''};Ideat;1;Kielikahvila;2;`,
    ]);
  });

  it("replays a group board's events after a reconnection to its members and the hosts only", async () => {
    const { r, inA, inB, boardA } = await groupsWithBoards();
    const { sessionId, host } = r;
    await inA[0].send('board:add-card', {
      sessionId,
      boardId: boardA.id,
      promptId: boardA.prompts[0].id,
      text: 'Ryhmän A idea',
    });
    const rejoin = async (who: RoomMember): Promise<LiveRoomEvent[]> => {
      who.socket.disconnect();
      const tab = await live.people.open(who.agent);
      const ack = await tab.send<JoinAck>('live:join', { sessionId, afterSeq: 0 });
      expect(ack.ok).toBe(true);
      return ack.events;
    };
    const ofA = (events: LiveRoomEvent[]) =>
      events.filter((e) => e.type.startsWith('board.') && e.groupId === boardA.groupId).map((e) => e.type);
    expect(ofA(await rejoin(inA[1] ?? inA[0]))).toEqual(['board.created', 'board.card']);
    expect(ofA(await rejoin(inB[0]))).toEqual([]);
    expect(ofA(await rejoin(host))).toEqual(['board.created', 'board.card']);
  });

  it('keeps a group board after the breakout: read-only for its members, in the report under its group name', async () => {
    const { r, inA, boardA } = await groupsWithBoards();
    const { sessionId, host } = r;
    const a0 = inA[0];
    // A group of this session's running breakout, or nothing: a made-up group is refused naming the field.
    expect(
      await host.send('board:create', {
        sessionId,
        title: 'T',
        prompts: ['P'],
        dotsPerParticipant: 1,
        hideVotes: false,
        groupId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject({ ok: false, code: 'validation_failed', details: [{ field: 'groupId' }] });
    // Boards for the groups are the hosts' to make, not a member's.
    const settings = { sessionId, title: 'T', prompts: ['P'], dotsPerParticipant: 1, hideVotes: false };
    expect(await a0.send('board:create-for-groups', settings)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await a0.send('board:create', { ...settings, groupId: boardA.groupId })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });

    expect(await host.send('breakout:end', { sessionId })).toEqual({ ok: true });
    await waitFor(() => a0.events.some((e) => e.type === 'breakout.ended'), { what: 'the end told' });
    expect(
      await a0.send('board:add-card', {
        sessionId,
        boardId: boardA.id,
        promptId: boardA.prompts[0].id,
        text: 'Myöhään',
      }),
    ).toMatchObject({ ok: false, code: 'live_closed' });
    expect(
      await host.send('board:create-for-groups', {
        sessionId,
        title: 'T',
        prompts: ['P'],
        dotsPerParticipant: 1,
        hideVotes: false,
      }),
    ).toMatchObject({ ok: false, code: 'conflict' });
    // Still theirs to read in the room, and the hosts may still close it.
    expect((await a0.send<BoardsAck>('board:list', { sessionId })).boards.map((b) => b.id)).toEqual([boardA.id]);
    expect(await host.send('board:close', { sessionId, boardId: boardA.id })).toEqual({ ok: true });

    const report = await host.agent.get<{ boards: LiveBoard[] }>(`/api/live-sessions/${sessionId}/report`);
    expect(report.status).toBe(200);
    expect(report.body.boards.map((b) => [b.title, b.groupName])).toEqual([
      ['Mitä kokeillaan?', boardA.groupName],
      ['Mitä kokeillaan?', expect.any(String)],
    ]);

    // The group is held by its board, yet the whole session can still go (both go together).
    await live.t.db.query(`DELETE FROM live_session WHERE id = $1`, [sessionId]);
    const [left]: { n: string }[] = await live.t.db.query(`SELECT count(*) AS n FROM live_board WHERE id = $1`, [
      boardA.id,
    ]);
    expect(Number(left.n)).toBe(0);
  });
});
