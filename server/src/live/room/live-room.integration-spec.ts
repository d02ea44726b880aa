import { createLiveSession } from '../live.test-support';
import { liveRoomTest } from '../live-room.test-support';

describe('the live room kernel', () => {
  const live = liveRoomTest();

  it('admits a host and an invitee, counts two tabs as one participant, and replays what a rejoin missed', async () => {
    const host = await live.people.person();
    const guest = await live.people.person();
    const stranger = await live.people.person();
    const sessionId = await createLiveSession(live.t.db, { hostIds: [host.id], invitedUserIds: [guest.id] });

    const h = await live.people.open(host.agent);
    expect(await h.send('live:join', { sessionId })).toMatchObject({ ok: true, me: { role: 'host' }, lastSeq: 1 });

    const g1 = await live.people.open(guest.agent);
    const joined = await g1.send<{
      me: { id: string };
      present: unknown[];
      events: { seq: number; type: string }[];
    }>('live:join', { sessionId, afterSeq: 0 });
    expect(joined.present).toHaveLength(2);
    expect(joined.events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'presence.joined'],
      [2, 'presence.joined'],
    ]);
    const g2 = await live.people.open(guest.agent);
    expect(await g2.send('live:join', { sessionId })).toMatchObject({ ok: true, me: { id: joined.me.id } });
    expect(await g2.send('live:replay', { sessionId, afterSeq: 2 })).toEqual({ ok: true, events: [], more: false });

    const s = await live.people.open(stranger.agent);
    expect(await s.send('live:join', { sessionId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await s.send('live:replay', { sessionId, afterSeq: 0 })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await g1.send('live:start', { sessionId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await h.send('live:start', { sessionId })).toEqual({ ok: true });
    expect(await h.send('live:join', { sessionId: 'nope' })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'sessionId' }],
    });

    expect(await h.send('live:remove', { sessionId, participantId: joined.me.id })).toEqual({ ok: true });
    const again = await live.people.open(guest.agent);
    expect(await again.send('live:join', { sessionId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(h.socket.connected && g1.socket.connected).toBe(true);
  });
});
