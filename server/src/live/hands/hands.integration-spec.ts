import type { LiveHand } from '@kotopaikka/contracts';

import { waitFor } from '../../testing/eventually';
import { createLiveSession } from '../live.test-support';
import { liveRoomTest } from '../live-room.test-support';

type HandsAck = { hands?: LiveHand[] };

describe('raise hand', () => {
  const live = liveRoomTest();

  it('keeps an ordered queue in the database; participants lower their own, hosts anyone’s', async () => {
    const {
      sessionId,
      host,
      others: [ali, berta],
    } = await live.people.room([{ displayName: 'Ali' }, { displayName: 'Berta' }], { displayName: 'Host' });

    expect((await ali.send<HandsAck>('hand:raise', { sessionId })).hands?.map((h) => h.name)).toEqual(['Ali']);
    expect((await berta.send<HandsAck>('hand:raise', { sessionId })).hands?.map((h) => h.name)).toEqual([
      'Ali',
      'Berta',
    ]);
    // Raising again (another tab, a double click) keeps the first place and appends nothing.
    const again = await live.people.join(ali.agent, sessionId);
    expect((await again.send<HandsAck>('hand:raise', { sessionId })).hands?.map((h) => h.name)).toEqual([
      'Ali',
      'Berta',
    ]);
    const stored: { participant_id: string }[] = await live.t.db.query(
      `SELECT participant_id FROM live_hand WHERE session_id = $1 ORDER BY raised_seq`,
      [sessionId],
    );
    expect(stored.map((r) => r.participant_id)).toEqual([ali.me.id, berta.me.id]);
    // A late joiner asks for the queue.
    expect(await host.send<HandsAck>('hand:list', { sessionId })).toMatchObject({
      ok: true,
      hands: [
        { participantId: ali.me.id, name: 'Ali', role: 'participant' },
        { participantId: berta.me.id, name: 'Berta', role: 'participant' },
      ],
    });

    expect(await berta.send<HandsAck>('hand:lower', { sessionId, participantId: ali.me.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect((await host.send<HandsAck>('hand:lower', { sessionId, participantId: ali.me.id })).hands).toEqual([
      expect.objectContaining({ participantId: berta.me.id }),
    ]);
    expect((await berta.send<HandsAck>('hand:lower', { sessionId, participantId: berta.me.id })).hands).toEqual([]);
    // Lowering a hand that is down changes nothing.
    expect(await berta.send<HandsAck>('hand:lower', { sessionId })).toEqual({ ok: true, hands: [] });

    await waitFor(() => host.events.filter((e) => e.type.startsWith('hand.')).length === 4);
    const hands = host.events.filter((e) => e.type.startsWith('hand.'));
    expect(hands.map((e) => [e.type, e.data])).toEqual([
      ['hand.raised', { participantId: ali.me.id, name: 'Ali', role: 'participant' }],
      ['hand.raised', { participantId: berta.me.id, name: 'Berta', role: 'participant' }],
      ['hand.lowered', { participantId: ali.me.id, by: host.me.id }],
      ['hand.lowered', { participantId: berta.me.id, by: berta.me.id }],
    ]);
    expect(hands.map((e) => e.seq)).toEqual([...hands.map((e) => e.seq)].sort((a, b) => a - b));
  });

  it('orders hands raised at once by the room’s event order, one each', async () => {
    const hostP = await live.people.person({ displayName: 'Host' });
    const people = await Promise.all(['A', 'B', 'C', 'D', 'E'].map((n) => live.people.person({ displayName: n })));
    const sessionId = await createLiveSession(live.t.db, {
      hostIds: [hostP.id],
      invitedUserIds: people.map((p) => p.id),
    });
    const host = await live.people.join(hostP.agent, sessionId);
    const members = await Promise.all(people.map((p) => live.people.join(p.agent, sessionId)));
    await Promise.all(members.map((m) => m.send('hand:raise', { sessionId })));
    const queue = (await host.send<HandsAck>('hand:list', { sessionId })).hands ?? [];
    expect(new Set(queue.map((h) => h.participantId)).size).toBe(5);
    await waitFor(() => host.events.filter((e) => e.type === 'hand.raised').length === 5);
    expect(queue.map((h) => h.participantId)).toEqual(
      host.events
        .filter((e) => e.type === 'hand.raised')
        .map((e) => (e.data as { participantId: string }).participantId),
    );
  });
});
