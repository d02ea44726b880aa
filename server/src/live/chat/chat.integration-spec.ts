import type { LiveChatMessage, LiveRoomEvent } from '@kotopaikka/contracts';

import { waitFor } from '../../testing/eventually';
import { createLiveSession } from '../live.test-support';
import { liveRoomTest } from '../live-room.test-support';
import { LiveProcessor } from '../room/live-sweep.processor';

// The default of LIVE_CHAT_RATE_PER_10S, which this spec's app runs with.
const CHAT_RATE_LIMIT = 10;

type MessageAck = { message: LiveChatMessage };

const ofType = (events: LiveRoomEvent[], type: string): LiveRoomEvent[] => events.filter((e) => e.type === type);

describe('the live room chat', () => {
  const live = liveRoomTest();

  /** A session with a host (h) and an invitee (p), both joined. */
  async function room() {
    const r = await live.people.room([{ displayName: 'Mikko Member' }]);
    return { sessionId: r.sessionId, h: r.host, p: r.others[0] };
  }

  async function count(sql: string, params: unknown[]): Promise<number> {
    const rows: { n: string }[] = await live.t.db.query(sql, params);
    return Number(rows[0].n);
  }

  it('stores a message before broadcasting it with a seq, and gives the history oldest first, older on demand', async () => {
    const r = await room();
    // Room for 150 older messages below the ones sent now (their seqs are taken from the session's counter).
    await live.t.db.query(`UPDATE live_session SET last_seq = last_seq + 200 WHERE id = $1`, [r.sessionId]);
    const acks: LiveChatMessage[] = [];
    for (const text of ['eka', '  toka  ', 'kolmas']) {
      const ack = await r.p.send<MessageAck>('chat:send', { sessionId: r.sessionId, text });
      expect(ack.ok).toBe(true);
      acks.push(ack.message);
    }
    expect(acks.map((m) => m.text)).toEqual(['eka', 'toka', 'kolmas']);
    expect(acks[0]).toMatchObject({ participantId: r.p.me.id, name: 'Mikko Member', role: 'participant' });
    const received = await waitFor(() => {
      const got = ofType(r.h.events, 'chat.message');
      return got.length === 3 && got;
    });
    expect(received.map((e) => e.seq)).toEqual(acks.map((m) => m.seq));
    expect(received.map((e) => (e.data as { id: string }).id)).toEqual(acks.map((m) => m.id));
    // Nothing went out before it was stored: every broadcast id is a row.
    expect(
      await count(`SELECT count(*) AS n FROM live_chat_message WHERE id = ANY($1::uuid[])`, [acks.map((m) => m.id)]),
    ).toBe(3);

    const history = await r.h.send('chat:history', { sessionId: r.sessionId });
    expect(history).toEqual({ ok: true, messages: acks, more: false, locked: false });

    // 150 older messages: the latest page is 100, the rest comes on demand, with no overlap.
    await live.t.db.query(
      `INSERT INTO live_chat_message (id, session_id, participant_id, seq, text, created_at)
       SELECT gen_random_uuid(), $1, $2, 10 + i, 'vanha ' || i, now() - make_interval(mins => i) FROM generate_series(1, 150) i`,
      [r.sessionId, r.p.me.id],
    );
    type HistoryAck = { messages: LiveChatMessage[]; more: boolean };
    const latest = await r.p.send<HistoryAck>('chat:history', { sessionId: r.sessionId });
    const page1 = latest.messages;
    expect(page1).toHaveLength(100);
    expect(latest.more).toBe(true);
    expect(page1.slice(-3).map((m) => m.id)).toEqual(acks.map((m) => m.id));
    const older = await r.p.send<HistoryAck>('chat:history', { sessionId: r.sessionId, beforeSeq: page1[0].seq });
    const page2 = older.messages;
    expect(older.more).toBe(false);
    expect(page2).toHaveLength(53);
    const seqs = [...page2, ...page1].map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(153);
  });

  it('refuses 2001 characters, blank text and a room one has not joined, writing nothing and keeping the socket', async () => {
    const r = await room();
    const outsider = await live.people.person();
    const other = await createLiveSession(live.t.db, { hostIds: [outsider.id] });
    const o = await live.people.join(outsider.agent, other);

    expect(await r.p.send('chat:send', { sessionId: r.sessionId, text: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'text' }],
    });
    expect(await r.p.send('chat:send', { sessionId: r.sessionId, text: ' \n\t ' })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'text' }],
    });
    // Joined another room, not this one: refused for every chat and hand event.
    for (const [event, payload] of [
      ['chat:send', { sessionId: r.sessionId, text: 'hei' }],
      ['chat:history', { sessionId: r.sessionId }],
      ['hand:raise', { sessionId: r.sessionId }],
      ['hand:list', { sessionId: r.sessionId }],
    ] as const)
      expect(await o.send(event, payload)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await count(`SELECT count(*) AS n FROM live_chat_message WHERE session_id = $1`, [r.sessionId])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM live_hand WHERE session_id = $1`, [r.sessionId])).toBe(0);

    const longest = await r.p.send<MessageAck>('chat:send', { sessionId: r.sessionId, text: 'y'.repeat(2000) });
    expect(longest.message.text).toHaveLength(2000);
    expect(r.p.socket.connected && o.socket.connected).toBe(true);
  });

  it('lets only hosts lock the chat; while locked participants are refused with chat_locked and hosts still write', async () => {
    const r = await room();
    expect(await r.p.send('chat:lock', { sessionId: r.sessionId, locked: true })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await r.h.send('chat:lock', { sessionId: r.sessionId, locked: true })).toEqual({ ok: true });
    await waitFor(() => ofType(r.p.events, 'chat.locked').length === 1);
    expect(ofType(r.p.events, 'chat.locked')[0].data).toEqual({ locked: true });
    // Locking a locked chat appends nothing.
    expect(await r.h.send('chat:lock', { sessionId: r.sessionId, locked: true })).toEqual({ ok: true });

    expect(await r.p.send('chat:send', { sessionId: r.sessionId, text: 'saanko?' })).toMatchObject({
      ok: false,
      code: 'chat_locked',
    });
    expect(await r.h.send('chat:send', { sessionId: r.sessionId, text: 'Vain juontaja' })).toMatchObject({
      ok: true,
    });
    expect(await r.p.send('chat:history', { sessionId: r.sessionId })).toMatchObject({
      locked: true,
      messages: [{ text: 'Vain juontaja' }],
    });
    expect(await r.h.send('chat:lock', { sessionId: r.sessionId, locked: false })).toEqual({ ok: true });
    expect(await r.p.send('chat:send', { sessionId: r.sessionId, text: 'nyt saa' })).toMatchObject({ ok: true });
    const log: { type: string; data: { locked: boolean } }[] = await live.t.db.query(
      `SELECT type, data FROM live_event WHERE session_id = $1 AND type = 'chat.locked' ORDER BY seq`,
      [r.sessionId],
    );
    expect(log.map((e) => e.data.locked)).toEqual([true, false]);
  });

  it('writes sends that arrive together in shared transactions, each with its own seq, row and answer', async () => {
    const r = await live.people.room([{ displayName: 'Mikko Member' }, { displayName: 'Maija Member' }]);
    const [a, b] = r.others;
    expect(await r.host.send('chat:lock', { sessionId: r.sessionId, locked: true })).toEqual({ ok: true });
    // Ten at once from each: the participants' refused one by one (the chat is locked), the host's all stored.
    const sent = await Promise.all(
      [r.host, a, b].flatMap((who, k) =>
        Array.from({ length: CHAT_RATE_LIMIT }, (_, i) =>
          who.send<MessageAck & { code?: string }>('chat:send', { sessionId: r.sessionId, text: `v${k}-${i}` }),
        ),
      ),
    );
    const hostAcks = sent.slice(0, CHAT_RATE_LIMIT);
    expect(hostAcks.every((ack) => ack.ok)).toBe(true);
    expect(sent.slice(CHAT_RATE_LIMIT).map((ack) => ack.code)).toEqual(Array(2 * CHAT_RATE_LIMIT).fill('chat_locked'));

    const rows: { id: string; seq: string; text: string; created_at: Date }[] = await live.t.db.query(
      `SELECT id, seq, text, created_at FROM live_chat_message WHERE session_id = $1 ORDER BY seq`,
      [r.sessionId],
    );
    expect(rows.map((row) => row.text).sort()).toEqual(hostAcks.map((ack) => ack.message.text).sort());
    for (const ack of hostAcks)
      expect(rows.find((row) => row.id === ack.message.id)).toMatchObject({ seq: String(ack.message.seq) });
    // The log has no gap: the lock event, then the ten messages, and the participant receives them all once.
    const seqs = rows.map((row) => Number(row.seq));
    expect(seqs).toEqual(Array.from({ length: CHAT_RATE_LIMIT }, (_, i) => seqs[0] + i));
    const got = await waitFor(() => {
      const messages = ofType(a.events, 'chat.message');
      return messages.length === CHAT_RATE_LIMIT && messages;
    });
    expect(got.map((e) => e.seq).sort((x, y) => x - y)).toEqual(seqs);
    // Messages of one transaction share its start time: fewer transactions than messages.
    expect(new Set(rows.map((row) => row.created_at.getTime())).size).toBeLessThan(CHAT_RATE_LIMIT);
  });

  it('lets only hosts delete a message, whose text is then gone for everyone, from the log too', async () => {
    const r = await room();
    const { message } = await r.p.send<MessageAck>('chat:send', { sessionId: r.sessionId, text: 'poistettava' });
    expect(await r.p.send('chat:delete', { sessionId: r.sessionId, messageId: message.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await r.h.send('chat:delete', { sessionId: r.sessionId, messageId: message.id })).toEqual({ ok: true });
    await waitFor(() => ofType(r.p.events, 'chat.deleted').length === 1);
    expect(ofType(r.p.events, 'chat.deleted')[0].data).toEqual({ messageId: message.id });
    expect(await r.p.send('chat:history', { sessionId: r.sessionId })).toMatchObject({
      messages: [{ id: message.id, text: null, deleted: true }],
    });
    // A replay from the start carries the message event, without its text.
    const replay = await r.p.send<{ events: LiveRoomEvent[] }>('live:replay', { sessionId: r.sessionId, afterSeq: 0 });
    const original = replay.events.find((e) => e.seq === message.seq);
    expect(original).toMatchObject({ type: 'chat.message', data: { id: message.id, text: null } });
    expect(JSON.stringify(replay)).not.toContain('poistettava');
    // Deleting again, or a message of no such session, changes nothing more.
    expect(await r.h.send('chat:delete', { sessionId: r.sessionId, messageId: message.id })).toEqual({ ok: true });
    expect(
      await r.h.send('chat:delete', { sessionId: r.sessionId, messageId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, code: 'not_found' });
    expect(
      await count(`SELECT count(*) AS n FROM live_event WHERE session_id = $1 AND type = 'chat.deleted'`, [
        r.sessionId,
      ]),
    ).toBe(1);
  });

  it('tells only the hosts of a report, stores it once per reporter, and lists it for hosts only', async () => {
    const r = await room();
    const third = await live.people.invitee(r.sessionId, { displayName: 'Tiina Third' });
    const s3 = await live.people.join(third.agent, r.sessionId);
    const reported: unknown[] = [];
    r.h.socket.on('chat:reported', (x) => reported.push(x));
    const notForMember: unknown[] = [];
    r.p.socket.on('chat:reported', (x) => notForMember.push(x));

    const { message } = await s3.send<MessageAck>('chat:send', { sessionId: r.sessionId, text: 'asiaton viesti' });
    expect(await r.p.send('chat:report', { sessionId: r.sessionId, messageId: message.id })).toEqual({ ok: true });
    expect(await r.p.send('chat:report', { sessionId: r.sessionId, messageId: message.id })).toEqual({ ok: true });
    await waitFor(() => reported.length === 1);
    expect(reported[0]).toMatchObject({
      sessionId: r.sessionId,
      report: { message: { id: message.id }, reporters: [{ participantId: r.p.me.id, name: 'Mikko Member' }] },
    });
    expect(await count(`SELECT count(*) AS n FROM live_chat_report WHERE message_id = $1`, [message.id])).toBe(1);
    expect(await r.p.send('chat:reports', { sessionId: r.sessionId })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const list = await r.h.send('chat:reports', { sessionId: r.sessionId });
    expect(list).toMatchObject({
      ok: true,
      reports: [{ message: { id: message.id, text: 'asiaton viesti', participantId: s3.me.id } }],
    });
    expect(
      await r.p.send('chat:report', { sessionId: r.sessionId, messageId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ ok: false, code: 'not_found' });
    // A report is no room event: the reported participant hears nothing of it.
    expect(notForMember).toEqual([]);
    expect(JSON.stringify(list)).not.toContain('@');
  });

  it('keeps a breakout group’s chat to its members and the hosts, apart from the main room’s', async () => {
    const r = await room();
    const third = await live.people.invitee(r.sessionId, { displayName: 'Tiina Third' });
    const s3 = await live.people.join(third.agent, r.sessionId);
    expect(
      await r.h.send('breakout:prepare', {
        sessionId: r.sessionId,
        mode: 'manual',
        groupCount: 2,
        minutes: 5,
        assignments: [{ participantId: r.p.me.id, group: 1 }],
      }),
    ).toMatchObject({ ok: true });
    type BreakoutAck = { breakout: { groups: { id: string; participantIds: string[] }[] } };
    const { groups } = (await r.h.send<BreakoutAck>('breakout:start', { sessionId: r.sessionId })).breakout;
    const mine = groups.find((g) => g.participantIds.includes(r.p.me.id));
    if (!mine) throw new Error('the member was not placed');

    const sent = await r.p.send<MessageAck>('chat:send', {
      sessionId: r.sessionId,
      text: 'ryhmässä',
      groupId: mine.id,
    });
    expect(sent).toMatchObject({ ok: true, message: { groupId: mine.id, text: 'ryhmässä' } });
    const event = await waitFor(() => ofType(r.p.events, 'chat.message').find((e) => e.groupId === mine.id));
    expect(event.data).toMatchObject({ text: 'ryhmässä' });
    // Tiina, left in the main room, may not write or read there; the main room's history does not show it.
    expect(await s3.send('chat:send', { sessionId: r.sessionId, text: 'saanko?', groupId: mine.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await s3.send('chat:history', { sessionId: r.sessionId, groupId: mine.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await r.h.send('chat:history', { sessionId: r.sessionId, groupId: mine.id })).toMatchObject({
      ok: true,
      messages: [{ id: sent.message.id }],
    });
    expect(await r.p.send('chat:history', { sessionId: r.sessionId })).toMatchObject({ ok: true, messages: [] });
    expect(
      await r.p.send('chat:send', {
        sessionId: r.sessionId,
        text: 'x',
        groupId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject({ ok: false, code: 'validation_failed', details: [{ field: 'groupId' }] });
    // A main-room message reaches Tiina, the group's does not.
    expect((await r.h.send('chat:send', { sessionId: r.sessionId, text: 'kaikille' })).ok).toBe(true);
    await waitFor(() => ofType(s3.events, 'chat.message').length === 1);
    expect(ofType(s3.events, 'chat.message').map((e) => (e.data as { text: string }).text)).toEqual(['kaikille']);
  });

  it('limits each person to 10 messages in 10 seconds, refusing the next with too_many_requests', async () => {
    const r = await room();
    for (let i = 1; i <= CHAT_RATE_LIMIT; i++)
      expect(await r.p.send('chat:send', { sessionId: r.sessionId, text: `viesti ${i}` })).toMatchObject({
        ok: true,
      });
    expect(await r.p.send('chat:send', { sessionId: r.sessionId, text: 'yksi liikaa' })).toMatchObject({
      ok: false,
      code: 'too_many_requests',
    });
    expect(await count(`SELECT count(*) AS n FROM live_chat_message WHERE session_id = $1`, [r.sessionId])).toBe(
      CHAT_RATE_LIMIT,
    );
    // The budget is the person's: the host still writes.
    expect(await r.h.send('chat:send', { sessionId: r.sessionId, text: 'juontaja' })).toMatchObject({ ok: true });
  });

  it('lets a guest chat and raise a hand under the name they gave, and shows no e-mail address to anyone', async () => {
    const host = await live.people.person({ displayName: 'Hanna Host' });
    const sessionId = await createLiveSession(live.t.db, { hostIds: [host.id], kind: 'info_session' });
    const h = await live.people.join(host.agent, sessionId);
    const g = await live.people.guest(sessionId, 'Amina');
    expect(g.me).toMatchObject({ name: 'Amina', role: 'guest' });

    const sent = await g.send('chat:send', { sessionId, text: 'Hei, olen uusi täällä' });
    expect(sent).toMatchObject({ ok: true, message: { name: 'Amina', role: 'guest' } });
    expect(await g.send('hand:raise', { sessionId })).toMatchObject({
      ok: true,
      hands: [{ name: 'Amina', role: 'guest' }],
    });
    expect(await g.send('chat:lock', { sessionId, locked: true })).toMatchObject({ ok: false, code: 'forbidden' });
    await waitFor(() => ofType(h.events, 'hand.raised').length === 1);
    const everything = JSON.stringify([
      h.events,
      sent,
      await h.send('chat:history', { sessionId }),
      await g.send('chat:history', { sessionId }),
      await h.send('hand:list', { sessionId }),
    ]);
    expect(everything).toContain('Amina');
    expect(everything).not.toContain('@example.test');
  });

  it('deletes chat text past its retention period in the table and the log, keeping the counts; twice is harmless', async () => {
    const r = await room();
    const old = (await r.p.send<MessageAck>('chat:send', { sessionId: r.sessionId, text: 'vanha viesti' })).message;
    const fresh = (await r.p.send<MessageAck>('chat:send', { sessionId: r.sessionId, text: 'uusi viesti' })).message;
    const days = live.t.config.liveChatRetentionDays;
    expect(days).toBe(365);
    await live.t.db.query(`UPDATE live_chat_message SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [
      old.id,
      days + 1,
    ]);
    await live.t.db.query(
      `UPDATE live_event SET created_at = now() - make_interval(days => $3) WHERE session_id = $1 AND seq = $2`,
      [r.sessionId, old.seq, days + 1],
    );
    const processor = live.t.app.get(LiveProcessor);
    expect((await processor.chatRetention()).messages).toBeGreaterThanOrEqual(1);
    expect(await processor.chatRetention()).toEqual({ messages: 0 });

    const rows: { id: string; text: string | null; redacted_at: Date | null }[] = await live.t.db.query(
      `SELECT id, text, redacted_at FROM live_chat_message WHERE session_id = $1 ORDER BY seq`,
      [r.sessionId],
    );
    expect(rows.map((x) => [x.id, x.text, x.redacted_at !== null])).toEqual([
      [old.id, null, true],
      [fresh.id, 'uusi viesti', false],
    ]);
    const log: { seq: string; text: string | null }[] = await live.t.db.query(
      `SELECT seq, data->>'text' AS text FROM live_event WHERE session_id = $1 AND type = 'chat.message' ORDER BY seq`,
      [r.sessionId],
    );
    expect(log.map((x) => x.text)).toEqual([null, 'uusi viesti']);
    expect(await r.p.send('chat:history', { sessionId: r.sessionId })).toMatchObject({
      messages: [
        { id: old.id, text: null, deleted: false },
        { id: fresh.id, text: 'uusi viesti' },
      ],
    });
  });
});
