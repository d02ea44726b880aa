import type { LivePoll, LivePollResults } from '@kotopaikka/contracts';

import { liveRoomTest, type RoomClient } from '../live-room.test-support';

type PollAck = { poll: LivePoll };
type VoteAck = { results: LivePollResults; correct: boolean | null };
type ListAck = { polls: LivePoll[] };

describe('polls in the live room', () => {
  const live = liveRoomTest();

  async function votes(pollId: string): Promise<number> {
    const rows: { n: string }[] = await live.t.db.query(`SELECT count(*) AS n FROM live_poll_vote WHERE poll_id = $1`, [
      pollId,
    ]);
    return Number(rows[0].n);
  }

  it('lets hosts open a poll, counts one vote per participant live without names, and refuses bad votes writing nothing', async () => {
    const { sessionId, host, others } = await live.people.room(2);
    const [a, b] = others;
    const guest = await live.people.guest(sessionId, 'Vieras Amina');

    expect(
      await a.send('poll:create', { sessionId, question: 'Kumpi?', kind: 'single', options: ['A', 'B'] }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    const created = await host.send<PollAck>('poll:create', {
      sessionId,
      question: 'Milloin seuraava tapaaminen?',
      kind: 'single',
      options: ['Aamulla', 'Illalla', 'Viikonloppuna'],
    });
    expect(created).toMatchObject({ ok: true, poll: { anonymous: true, quiz: false, status: 'open', voters: 0 } });
    const poll = created.poll;
    const [morning, evening] = poll.options.map((o) => o.id);
    expect(new Set(poll.options.map((o) => o.id)).size).toBe(3);
    const opened = await b.next<{ id: string; question: string }>('poll.opened');
    expect(opened.data).toMatchObject({ id: poll.id, question: 'Milloin seuraava tapaaminen?' });
    expect(opened.data).not.toHaveProperty('correctOptionIds');

    const other = await host.send<PollAck>('poll:create', {
      sessionId,
      question: 'Toinen',
      kind: 'single',
      options: ['x', 'y'],
    });

    expect(await a.send<VoteAck>('poll:vote', { sessionId, pollId: poll.id, optionIds: [evening] })).toMatchObject({
      ok: true,
      correct: null,
      results: { pollId: poll.id, voters: 1 },
    });
    const seen = await b.next<LivePollResults>('poll.results', (d) => d.voters === 1);
    expect(seen.data.options).toEqual([
      { id: morning, votes: 0 },
      { id: evening, votes: 1 },
      { id: poll.options[2].id, votes: 0 },
    ]);
    expect(JSON.stringify(seen.data)).not.toMatch(/Osallistuja|participant/i);

    const refused = async (client: RoomClient, payload: object, code: string, field?: string): Promise<void> => {
      const before = await votes(poll.id);
      const ack = await client.send<{ details: { field: string }[] | null }>('poll:vote', { sessionId, ...payload });
      expect(ack).toMatchObject({ ok: false, code });
      if (field) expect(ack.details?.map((d) => d.field)).toEqual([field]);
      expect(await votes(poll.id)).toBe(before);
      expect(client.socket.connected).toBe(true);
    };
    await refused(a, { pollId: poll.id, optionIds: [morning] }, 'already_voted');
    await refused(b, { pollId: poll.id, optionIds: [other.poll.options[0].id] }, 'validation_failed', 'optionIds');
    await refused(b, { pollId: poll.id, optionIds: [morning, evening] }, 'validation_failed', 'optionIds');
    await refused(b, { pollId: other.poll.id, optionIds: [morning] }, 'validation_failed', 'optionIds');

    expect(await guest.send<VoteAck>('poll:vote', { sessionId, pollId: poll.id, optionIds: [morning] })).toMatchObject({
      ok: true,
      results: { voters: 2 },
    });

    expect(await a.send('poll:close', { sessionId, pollId: poll.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await host.send('poll:close', { sessionId, pollId: poll.id })).toMatchObject({
      ok: true,
      results: { voters: 2, options: [{ votes: 1 }, { votes: 1 }, { votes: 0 }] },
    });
    await a.next('poll.closed', (d: { pollId: string }) => d.pollId === poll.id);
    await refused(b, { pollId: poll.id, optionIds: [morning] }, 'live_closed');
    expect(await host.send('poll:close', { sessionId, pollId: poll.id })).toMatchObject({
      ok: false,
      code: 'live_closed',
    });

    // The record stays: the list after the close, and the votes after the session has ended.
    const listed = await a.send<ListAck>('poll:list', { sessionId });
    expect(listed.polls.map((p) => [p.id, p.status, p.voters])).toEqual([
      [poll.id, 'closed', 2],
      [other.poll.id, 'open', 0],
    ]);
    expect(listed.polls[0].myVote).toEqual({ optionIds: [evening], correct: null });
    expect(listed.polls[0].options.every((o) => o.voters === undefined)).toBe(true);
    expect(await host.send('live:end', { sessionId })).toEqual({ ok: true });
    expect(await votes(poll.id)).toBe(2);
    const types: { type: string }[] = await live.t.db.query(
      `SELECT type FROM live_event WHERE session_id = $1 AND type LIKE 'poll.%' ORDER BY seq`,
      [sessionId],
    );
    expect(types.map((r) => r.type)).toEqual([
      'poll.opened',
      'poll.opened',
      'poll.results',
      'poll.results',
      'poll.closed',
    ]);
  });

  it('holds one vote per participant in the database, also from two tabs at once', async () => {
    const { sessionId, host, others } = await live.people.room(1);
    const person = await live.people.invitee(sessionId);
    const tab1 = await live.people.join(person.agent, sessionId);
    const tab2 = await live.people.join(person.agent, sessionId);
    const { poll } = await host.send<PollAck>('poll:create', {
      sessionId,
      question: 'Kyllä vai ei?',
      kind: 'multiple',
      options: ['Kyllä', 'Ei'],
    });
    const acks = await Promise.all(
      [tab1, tab2, tab1, tab2].map((tab, i) =>
        tab.send('poll:vote', { sessionId, pollId: poll.id, optionIds: [poll.options[i % 2].id] }),
      ),
    );
    expect(acks.filter((a) => a.ok)).toHaveLength(1);
    expect(acks.filter((a) => !a.ok).map((a) => a.code)).toEqual(['already_voted', 'already_voted', 'already_voted']);
    expect(await votes(poll.id)).toBe(1);
    expect(
      await others[0].send('poll:vote', { sessionId, pollId: poll.id, optionIds: poll.options.map((o) => o.id) }),
    ).toMatchObject({
      ok: true,
      results: { voters: 2 },
    });
  });

  it('shows hosts who voted what on a named poll, and nobody else', async () => {
    const { sessionId, host, others } = await live.people.room(2);
    const { poll } = await host.send<PollAck>('poll:create', {
      sessionId,
      question: 'Kuka tuo kahvit?',
      kind: 'single',
      options: ['Minä', 'En minä'],
      anonymous: false,
    });
    await others[0].send('poll:vote', { sessionId, pollId: poll.id, optionIds: [poll.options[0].id] });
    await others[1].send('poll:vote', { sessionId, pollId: poll.id, optionIds: [poll.options[1].id] });
    const event = await host.next<LivePollResults>('poll.results', (d) => d.voters === 2);
    expect(JSON.stringify(event.data)).not.toMatch(/Osallistuja/);

    const hostView = (await host.send<ListAck>('poll:list', { sessionId })).polls[0];
    expect(hostView.options.map((o) => o.voters)).toEqual([['Osallistuja 0'], ['Osallistuja 1']]);
    const theirView = (await others[0].send<ListAck>('poll:list', { sessionId })).polls[0];
    expect(theirView.options.map((o) => [o.votes, o.voters])).toEqual([
      [1, undefined],
      [1, undefined],
    ]);
  });

  it('in quiz mode tells each voter only whether they were right, and the answer to others once closed', async () => {
    const { sessionId, host, others } = await live.people.room(2);
    const [right, wrong] = others;
    // Two right answers to a single-choice question, or an answer that is no option.
    for (const correctOptions of [[0, 1], [2]])
      expect(
        await host.send('poll:create', {
          sessionId,
          question: 'Q',
          kind: 'single',
          options: ['a', 'b'],
          correctOptions,
        }),
      ).toMatchObject({ ok: false, code: 'validation_failed', details: [{ field: 'correctOptions' }] });
    const { poll } = await host.send<PollAck>('poll:create', {
      sessionId,
      question: 'Mikä kortti tarvitaan tulitöihin?',
      kind: 'multiple',
      options: ['Tulityökortti', 'Hygieniapassi', 'Työturvallisuuskortti'],
      correctOptions: [0, 2],
    });
    expect(poll.quiz).toBe(true);
    const [fire, hygiene, safety] = poll.options.map((o) => o.id);
    expect(poll.correctOptionIds).toEqual([fire, safety]);
    const opened = await right.next<Record<string, unknown>>('poll.opened');
    expect(opened.data).toMatchObject({ quiz: true });
    expect(JSON.stringify(opened.data)).not.toContain('correct');

    expect(await right.send('poll:vote', { sessionId, pollId: poll.id, optionIds: [safety, fire] })).toMatchObject({
      ok: true,
      correct: true,
    });
    expect(await wrong.send('poll:vote', { sessionId, pollId: poll.id, optionIds: [fire, hygiene] })).toMatchObject({
      ok: true,
      correct: false,
    });
    const results = await host.next<LivePollResults>('poll.results', (d) => d.voters === 2);
    expect(JSON.stringify(results.data)).not.toContain('correct');

    const mine = (await wrong.send<ListAck>('poll:list', { sessionId })).polls[0];
    expect(mine.correctOptionIds).toBeNull();
    expect(mine.myVote).toEqual({ optionIds: [fire, hygiene], correct: false });

    await host.send('poll:close', { sessionId, pollId: poll.id });
    const closed = await wrong.next<{ correctOptionIds: string[] }>('poll.closed');
    expect(closed.data.correctOptionIds).toEqual([fire, safety]);
    const after = (await right.send<ListAck>('poll:list', { sessionId })).polls[0];
    expect(after.correctOptionIds).toEqual([fire, safety]);
    expect(after.myVote?.correct).toBe(true);
    expect(JSON.stringify(after)).not.toContain('Osallistuja');
  });
});
