import type { LiveBoard, LiveBoardCardShown, LiveBoardList, LiveBoardVoteResult } from '@kotopaikka/contracts';

import { type LiveRoom, liveRoomTest, type RoomClient } from '../live-room.test-support';

type BoardAck = { board: LiveBoard };
type CardAck = { card: LiveBoardCardShown };
type ListAck = { boards: LiveBoard[] };

describe('idea boards in the live room', () => {
  const live = liveRoomTest();

  async function board(
    r: LiveRoom,
    settings: { dots?: number; hide?: boolean; prompts?: string[] } = {},
  ): Promise<LiveBoard> {
    const ack = await r.host.send<BoardAck>('board:create', {
      sessionId: r.sessionId,
      title: 'Kotoutumisen kärkitoimet',
      prompts: settings.prompts ?? ['Mikä toimii?', 'Mitä puuttuu?'],
      dotsPerParticipant: settings.dots ?? 3,
      hideVotes: settings.hide ?? false,
    });
    if (!ack.ok) throw new Error(`board:create answered ${ack.code}`);
    return ack.board;
  }

  async function card(client: RoomClient, r: LiveRoom, b: LiveBoard, text: string, prompt = 0): Promise<string> {
    const ack = await client.send<CardAck>('board:add-card', {
      sessionId: r.sessionId,
      boardId: b.id,
      promptId: b.prompts[prompt].id,
      text,
    });
    if (!ack.ok) throw new Error(`board:add-card answered ${ack.code}`);
    return ack.card.id;
  }

  const vote = (client: RoomClient, r: LiveRoom, cardId: string, delta: 1 | -1 = 1) =>
    client.send<LiveBoardVoteResult>('board:vote', { sessionId: r.sessionId, cardId, delta });

  async function dotsOf(boardId: string): Promise<number> {
    const rows: { n: string }[] = await live.t.db.query(
      `SELECT coalesce(sum(dots), 0) AS n FROM live_board_vote WHERE board_id = $1`,
      [boardId],
    );
    return Number(rows[0].n);
  }

  it('lets hosts run a board, everyone (guests too) add cards and spend dots, and never more dots than the board gives', async () => {
    const r = await live.people.room(2);
    const [a, b] = r.others;
    const guest = await live.people.guest(r.sessionId, 'Vieras Amina');
    const settings = { sessionId: r.sessionId, title: 'T', prompts: ['P'], dotsPerParticipant: 2, hideVotes: false };
    expect(await a.send('board:create', settings)).toMatchObject({ ok: false, code: 'forbidden' });
    const created = await board(r, { dots: 3 });
    expect(created).toMatchObject({ status: 'open', dotsPerParticipant: 3, hideVotes: false, cards: [] });
    expect((await a.next<{ id: string }>('board.created')).data.id).toBe(created.id);

    const language = await card(a, r, created, 'Kielikahvila kirjastolle');
    const mentors = await card(guest, r, created, 'Vertaismentorit työpaikoille');
    const housing = await card(b, r, created, 'Asuntoneuvonta', 1);
    expect(
      (await r.host.next<{ card: { id: string } }>('board.card', (d) => d.card.id === housing)).data.card,
    ).toMatchObject({
      text: 'Asuntoneuvonta',
      promptId: created.prompts[1].id,
    });
    expect(
      await a.send('board:add-card', { sessionId: r.sessionId, boardId: created.id, promptId: r.sessionId, text: 'x' }),
    ).toMatchObject({ ok: false, code: 'validation_failed', details: [{ field: 'promptId' }] });

    expect(await vote(a, r, language)).toMatchObject({ ok: true, myVotes: 1, myDotsUsed: 1, votes: 1 });
    expect(await vote(a, r, language)).toMatchObject({ ok: true, myVotes: 2, myDotsUsed: 2, votes: 2 });
    expect(await vote(a, r, mentors)).toMatchObject({ ok: true, myVotes: 1, myDotsUsed: 3, votes: 1 });
    const before = await dotsOf(created.id);
    const over = await vote(a, r, housing);
    expect(over).toMatchObject({ ok: false, code: 'dots_exhausted' });
    expect(await dotsOf(created.id)).toBe(before);
    expect(await vote(b, r, mentors, -1)).toMatchObject({ ok: false, code: 'validation_failed' });
    expect(await vote(a, r, language, -1)).toMatchObject({ ok: true, myVotes: 1, myDotsUsed: 2, votes: 1 });
    expect(await vote(guest, r, mentors)).toMatchObject({ ok: true, votes: 2 });
    const seen = await b.next<{ cardId: string; votes: number }>(
      'board.voted',
      (d) => d.cardId === mentors && d.votes === 2,
    );
    expect(Object.keys(seen.data).sort()).toEqual(['boardId', 'cardId', 'votes']);

    // Grouping is for hosts; a label shows on every card given.
    expect(await a.send('board:group', { sessionId: r.sessionId, cardIds: [language], label: 'Kieli' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(
      await r.host.send('board:group', { sessionId: r.sessionId, cardIds: [language, mentors], label: 'Arki' }),
    ).toEqual({
      ok: true,
    });

    const listed = (await a.send<ListAck>('board:list', { sessionId: r.sessionId })).boards[0];
    expect(listed.myDotsUsed).toBe(2);
    expect(listed.cards.map((c) => [c.text, c.votes, c.rank, c.myVotes, c.groupLabel])).toEqual([
      ['Vertaismentorit työpaikoille', 2, 1, 1, 'Arki'],
      ['Kielikahvila kirjastolle', 1, 2, 1, 'Arki'],
      ['Asuntoneuvonta', 0, 1, 0, null],
    ]);

    expect(await a.send('board:close', { sessionId: r.sessionId, boardId: created.id })).toMatchObject({
      code: 'forbidden',
    });
    expect(await r.host.send('board:close', { sessionId: r.sessionId, boardId: created.id })).toEqual({ ok: true });
    expect(await vote(b, r, housing)).toMatchObject({ ok: false, code: 'live_closed' });
    expect(
      await b.send('board:add-card', {
        sessionId: r.sessionId,
        boardId: created.id,
        promptId: created.prompts[0].id,
        text: 'x',
      }),
    ).toMatchObject({ ok: false, code: 'live_closed' });
    expect(a.socket.connected && b.socket.connected && guest.socket.connected).toBe(true);

    const types: { type: string; seq: string }[] = await live.t.db.query(
      `SELECT type, seq FROM live_event WHERE session_id = $1 AND type LIKE 'board.%' ORDER BY seq`,
      [r.sessionId],
    );
    expect(types.map((e) => e.type)).toEqual([
      'board.created',
      'board.card',
      'board.card',
      'board.card',
      ...Array(5).fill('board.voted'),
      'board.grouped',
      'board.closed',
    ]);
  });

  it('keeps a participant within their dots under parallel votes from several tabs', async () => {
    const r = await live.people.room(1);
    const agent = r.others[0].agent;
    const tabs = [r.others[0], await live.people.join(agent, r.sessionId), await live.people.join(agent, r.sessionId)];
    const b = await board(r, { dots: 3 });
    const cards = [await card(r.host, r, b, 'Yksi'), await card(r.host, r, b, 'Kaksi')];
    const acks = await Promise.all(
      Array.from({ length: 12 }, (_, i) => vote(tabs[i % tabs.length], r, cards[i % cards.length])),
    );
    expect(acks.filter((x) => x.ok)).toHaveLength(3);
    expect(new Set(acks.filter((x) => !x.ok).map((x) => x.code))).toEqual(new Set(['dots_exhausted']));
    expect(await dotsOf(b.id)).toBe(3);
    // Parallel votes taken back never go below nothing either.
    const back = await Promise.all(Array.from({ length: 8 }, (_, i) => vote(tabs[i % 3], r, cards[0], -1)));
    const onFirst = acks.filter((x, i) => x.ok && i % 2 === 0).length;
    expect(back.filter((x) => x.ok)).toHaveLength(onFirst);
    expect(await dotsOf(b.id)).toBe(3 - onFirst);
  });

  it('hides votes from all but hosts until a host reveals them', async () => {
    const r = await live.people.room(2);
    const [a, b] = r.others;
    const hidden = await board(r, { dots: 2, hide: true });
    const first = await card(a, r, hidden, 'Selkokieliset tiedotteet');
    const second = await card(b, r, hidden, 'Perhepäivät');
    expect(await vote(a, r, first)).toMatchObject({ ok: true, myVotes: 1, myDotsUsed: 1, votes: null });
    expect(await vote(b, r, first)).toMatchObject({ ok: true, votes: null });
    expect(await vote(r.host, r, second)).toMatchObject({ ok: true, votes: 1 });
    await waitForVotes(b, 3);
    for (const e of b.events.filter((x) => x.type === 'board.voted')) expect(e.data).toEqual({ boardId: hidden.id });

    const theirs = (await a.send<ListAck>('board:list', { sessionId: r.sessionId })).boards[0];
    expect(theirs.votesVisible).toBe(false);
    expect(theirs.cards.map((c) => [c.text, c.votes, c.rank, c.myVotes])).toEqual([
      ['Selkokieliset tiedotteet', null, null, 1],
      ['Perhepäivät', null, null, 0],
    ]);
    const hosts = (await r.host.send<ListAck>('board:list', { sessionId: r.sessionId })).boards[0];
    expect(hosts.cards.map((c) => [c.text, c.votes])).toEqual([
      ['Selkokieliset tiedotteet', 2],
      ['Perhepäivät', 1],
    ]);
    expect((await r.others[0].agent.get(`/api/live-boards/${hidden.id}`)).status).toBe(403);
    expect((await r.others[0].agent.get(`/api/live-sessions/${r.sessionId}/boards`)).body).toEqual({
      items: [],
      nextCursor: null,
    });
    expect((await r.host.agent.get<LiveBoard>(`/api/live-boards/${hidden.id}`)).body.cards[0].votes).toBe(2);

    expect(await a.send('board:reveal', { sessionId: r.sessionId, boardId: hidden.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await r.host.send('board:reveal', { sessionId: r.sessionId, boardId: hidden.id })).toEqual({ ok: true });
    const revealed = await b.next<{ cards: { id: string; votes: number; rank: number }[] }>('board.revealed');
    expect(revealed.data.cards).toEqual([
      { id: first, votes: 2, rank: 1 },
      { id: second, votes: 1, rank: 2 },
    ]);
    const after = await r.others[0].agent.get<LiveBoard>(`/api/live-boards/${hidden.id}`);
    expect(after.status).toBe(200);
    expect(after.body.cards.map((c) => [c.votes, c.myVotes])).toEqual([
      [2, 1],
      [1, 0],
    ]);
    expect((await vote(a, r, second)).votes).toBe(2);
    const open = await b.next<{ cardId?: string; votes?: number }>('board.voted', (d) => d.cardId === second);
    expect(open.data.votes).toBe(2);
  });

  async function waitForVotes(client: RoomClient, n: number): Promise<void> {
    await client.next('board.voted', () => client.events.filter((e) => e.type === 'board.voted').length >= n);
  }

  it('merges a card into another: its votes and text move there, it stays marked merged_into', async () => {
    const r = await live.people.room(2);
    const [a, b] = r.others;
    const bd = await board(r, { dots: 3 });
    const target = await card(a, r, bd, 'Työkokeilut');
    const source = await card(b, r, bd, 'Työharjoittelu yrityksissä');
    await vote(a, r, source);
    await vote(a, r, source);
    await vote(a, r, target);
    await vote(b, r, source);
    expect(await a.send('board:merge', { sessionId: r.sessionId, cardId: source, intoCardId: target })).toMatchObject({
      code: 'forbidden',
    });
    expect(
      await r.host.send('board:merge', { sessionId: r.sessionId, cardId: source, intoCardId: source }),
    ).toMatchObject({
      code: 'validation_failed',
    });
    expect(await r.host.send('board:merge', { sessionId: r.sessionId, cardId: source, intoCardId: target })).toEqual({
      ok: true,
    });
    const merged = await b.next<{ cardId: string; into: { id: string; text: string }; votes: number }>('board.merged');
    expect(merged.data).toMatchObject({ cardId: source, into: { id: target }, votes: 4 });

    const view = (await a.send<ListAck>('board:list', { sessionId: r.sessionId })).boards[0];
    expect(view.myDotsUsed).toBe(3);
    expect(view.cards.map((c) => [c.id, c.text, c.votes, c.myVotes, c.mergedInto, c.rank])).toEqual([
      [target, 'Työkokeilut\nTyöharjoittelu yrityksissä', 4, 3, null, 1],
      [source, 'Työharjoittelu yrityksissä', 0, 0, target, null],
    ]);
    expect(await vote(a, r, source)).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'cardId' }],
    });
    expect(await vote(a, r, target)).toMatchObject({ ok: false, code: 'dots_exhausted' });
    expect(await vote(b, r, target)).toMatchObject({ ok: true, myVotes: 2, myDotsUsed: 2, votes: 5 });
    expect(
      await r.host.send('board:merge', { sessionId: r.sessionId, cardId: source, intoCardId: target }),
    ).toMatchObject({
      code: 'validation_failed',
    });
  });

  it('keeps the ranked result: REST for hosts and coordinators, exports in CSV for Finnish Excel and in Markdown', async () => {
    const r = await live.people.room(2);
    const [a, b] = r.others;
    const bd = await board(r, { dots: 3, prompts: ['Vahvuudet', 'Kehitettävää'] });
    const top = await card(a, r, bd, '=HYPERLINK("x") kaava');
    const second = await card(b, r, bd, 'Kieli; kulttuuri "ja" arki');
    const third = await card(a, r, bd, 'Hiljainen idea');
    const other = await card(b, r, bd, 'Kuljetukset', 1);
    for (const [who, c] of [
      [a, top],
      [b, top],
      [a, top],
      [b, second],
      [a, other],
    ] as const)
      expect(await vote(who, r, c)).toMatchObject({ ok: true });
    void third;

    const coordinator = await live.people.person({ role: 'coordinator', managedMunicipalities: ['Äänekoski'] });
    const listed = await coordinator.agent.get<LiveBoardList>(`/api/live-sessions/${r.sessionId}/boards`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((x) => x.id)).toEqual([bd.id]);

    const csv = await fetch(`${live.t.baseUrl}/api/live-boards/${bd.id}/export.csv`, {
      headers: { cookie: `kp_session=${r.host.agent.cookie('kp_session') ?? ''}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment;/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Kysymys;Sija;Idea;Äänet;Ryhmä',
      `Vahvuudet;1;"'=HYPERLINK(""x"") kaava";3;`,
      'Vahvuudet;2;"Kieli; kulttuuri ""ja"" arki";1;',
      'Vahvuudet;3;Hiljainen idea;0;',
      'Kehitettävää;1;Kuljetukset;1;',
      '',
    ]);

    const md = await r.host.agent.get(`/api/live-boards/${bd.id}/export.md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(md.text.split('\n')).toEqual([
      '# Kotoutumisen kärkitoimet',
      '',
      '## Vahvuudet',
      '',
      '- **1.** =HYPERLINK\\("x"\\) kaava — äänet: 3',
      '- **2.** Kieli; kulttuuri "ja" arki — äänet: 1',
      '- **3.** Hiljainen idea — äänet: 0',
      '',
      '## Kehitettävää',
      '',
      '- **1.** Kuljetukset — äänet: 1',
      '',
    ]);

    // REST creates a board in the room too: it reaches the room's log and its sockets.
    const made = await coordinator.agent.post<LiveBoard>(`/api/live-sessions/${r.sessionId}/boards`, {
      title: 'Toinen taulu',
      prompts: ['Mitä seuraavaksi?'],
      dotsPerParticipant: 5,
      hideVotes: true,
    });
    expect(made.status).toBe(201);
    expect((await a.next<{ id: string }>('board.created', (d) => d.id === made.body.id)).data).toMatchObject({
      title: 'Toinen taulu',
      hideVotes: true,
    });
    expect(
      (
        await r.others[0].agent.post(`/api/live-sessions/${r.sessionId}/boards`, {
          title: 'x',
          prompts: ['y'],
          dotsPerParticipant: 1,
          hideVotes: false,
        })
      ).status,
    ).toBe(403);
    const bad = await coordinator.agent.post<{ details: { field: string }[] }>(
      `/api/live-sessions/${r.sessionId}/boards`,
      {
        title: '',
        prompts: [],
        dotsPerParticipant: 51,
        hideVotes: 'no',
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d) => d.field).sort()).toEqual([
      'dotsPerParticipant',
      'hideVotes',
      'prompts',
      'title',
    ]);
  });
});
