import type { Breakout, LiveRoomEvent } from '@kotopaikka/contracts';

import { waitFor } from '../../testing/eventually';
import { liveRoomTest } from '../live-room.test-support';
import { LiveProcessor } from '../room/live-sweep.processor';
import { RoomEvents } from '../room/room-events.service';

type BreakoutAck = { breakout: Breakout };

describe('breakout groups', () => {
  const live = liveRoomTest();
  it('splits the room at random into even groups, moves each member into their group room, and ends by its job', async () => {
    const { sessionId, host, others } = await live.people.room(5);
    const prepared = await host.send<BreakoutAck>('breakout:prepare', {
      sessionId,
      mode: 'random',
      groupCount: 2,
      minutes: 3,
    });
    expect(prepared.breakout.groups.map((g) => g.participantIds.length).sort()).toEqual([2, 3]);
    expect(prepared.breakout.groups.flatMap((g) => g.participantIds).sort()).toEqual(others.map((o) => o.me.id).sort());

    // A participant may not run breakouts.
    expect(await others[0].send('breakout:start', { sessionId })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });

    const started = await host.send<BreakoutAck>('breakout:start', { sessionId });
    expect(started.breakout.status).toBe('running');
    const [g1, g2] = started.breakout.groups;
    const inG1 = others.filter((o) => g1.participantIds.includes(o.me.id));
    const inG2 = others.filter((o) => g2.participantIds.includes(o.me.id));

    // The end is a delayed job in the outbox, due when the time is up.
    const [job]: { payload: { breakoutId: string }; due: boolean }[] = await live.t.db.query(
      `SELECT payload, run_at <= now() + interval '3 minutes 1 second' AND run_at > now() + interval '2 minutes' AS due
         FROM outbox_message WHERE job_name = 'breakout_end'`,
    );
    expect(job).toEqual({ payload: { breakoutId: started.breakout.id }, due: true });

    // A group's events reach its members, not the other group's nor (until they visit) the hosts.
    const processor = live.t.app.get(LiveProcessor);
    const events = live.t.app.get(RoomEvents);
    await events.appendAndPublish(sessionId, 'test.group', { n: 1 }, g1.id);
    await waitFor(() => inG1.every((o) => o.events.some((e) => e.type === 'test.group')), { what: 'group 1 got it' });
    expect(inG2.some((o) => o.events.some((e) => e.type === 'test.group'))).toBe(false);
    expect(host.events.some((e) => e.type === 'test.group')).toBe(false);
    expect(await host.send('breakout:visit', { sessionId, groupId: g1.id })).toEqual({ ok: true });
    await events.appendAndPublish(sessionId, 'test.group', { n: 2 }, g1.id);
    await waitFor(() => host.events.some((e) => e.type === 'test.group'), { what: 'the visiting host got it' });

    // A rejoin's replay leaves out the other group's events; the hosts' includes them.
    const other = inG2[0];
    const replay = await other.send<{ events: LiveRoomEvent[] }>('live:replay', { sessionId, afterSeq: 0 });
    expect(replay.events.some((e) => e.groupId === g1.id)).toBe(false);
    const hostReplay = await host.send<{ events: LiveRoomEvent[] }>('live:replay', { sessionId, afterSeq: 0 });
    expect(hostReplay.events.filter((e) => e.groupId === g1.id)).toHaveLength(2);

    // Too early, the job does nothing; when due (the clock moved by SQL) everyone returns, once.
    expect(
      await processor.process({ name: 'breakout_end', data: { breakoutId: started.breakout.id } } as never),
    ).toEqual({ ended: false });
    await live.t.db.query(`UPDATE live_breakout SET ends_at = now() - interval '1 second' WHERE id = $1`, [
      started.breakout.id,
    ]);
    expect(
      await processor.process({ name: 'breakout_end', data: { breakoutId: started.breakout.id } } as never),
    ).toEqual({ ended: true });
    expect(
      await processor.process({ name: 'breakout_end', data: { breakoutId: started.breakout.id } } as never),
    ).toEqual({ ended: false });
    await waitFor(() => others.every((o) => o.events.some((e) => e.type === 'breakout.ended')), {
      what: 'everyone told',
    });
    const seenBefore = inG1[0].events.filter((e) => e.type === 'test.group').length;
    await events.appendAndPublish(sessionId, 'test.group', { n: 3 }, g1.id);
    await events.appendAndPublish(sessionId, 'test.main', {});
    await waitFor(() => inG1[0].events.some((e) => e.type === 'test.main'), { what: 'main room event' });
    expect(inG1[0].events.filter((e) => e.type === 'test.group')).toHaveLength(seenBefore);
  });

  it('prepares by hand and by municipality, refuses bad plans naming the field, and lets a host move people', async () => {
    const { sessionId, host, others } = await live.people.room(3);
    const bad = await host.send('breakout:prepare', {
      sessionId,
      mode: 'manual',
      groupCount: 2,
      minutes: 5,
      assignments: [{ participantId: others[0].me.id, group: 2 }],
    });
    expect(bad).toMatchObject({ ok: false, code: 'validation_failed', details: [{ field: 'assignments.0.group' }] });
    const manual = await host.send<BreakoutAck>('breakout:prepare', {
      sessionId,
      mode: 'manual',
      groupCount: 2,
      minutes: 5,
      assignments: [{ participantId: others[0].me.id, group: 1 }],
    });
    expect(manual.breakout.groups.map((g) => g.participantIds)).toEqual([[], [others[0].me.id]]);
    const moved = await host.send<BreakoutAck>('breakout:assign', {
      sessionId,
      participantId: others[1].me.id,
      groupId: manual.breakout.groups[0].id,
    });
    expect(moved.breakout.groups[0].participantIds).toEqual([others[1].me.id]);

    const byPlace = await host.send<BreakoutAck>('breakout:prepare', {
      sessionId,
      mode: 'municipality',
      groupCount: 2,
      minutes: 5,
    });
    expect(byPlace.breakout.groups).toEqual([
      expect.objectContaining({ name: 'Äänekoski', participantIds: others.map((o) => o.me.id).sort() }),
    ]);
    const [breakouts]: { n: string }[] = await live.t.db.query(
      `SELECT count(*) AS n FROM live_breakout WHERE session_id = $1`,
      [sessionId],
    );
    expect(Number(breakouts.n)).toBe(1);
  });
});
