import type { Breakout, LiveRoomEvent } from '@kotopaikka/contracts';

import type { Socket } from 'socket.io-client';

import { waitFor } from '../../testing/eventually';
import { createUser } from '../../testing/fixtures';
import { connected, connectLive, type LiveTestClient } from '../../testing/live-client';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createLiveSession } from '../live.test-support';
import { LiveProcessor } from '../room/live-sweep.processor';
import { RoomEvents } from '../room/room-events.service';

function send<T = Record<string, unknown>>(socket: LiveTestClient, event: string, payload: unknown): Promise<T> {
  return (socket as unknown as Socket).timeout(5000).emitWithAck(event, payload) as Promise<T>;
}

describe('breakout groups', () => {
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

  async function joined(
    sessionId: string,
    userId?: string,
  ): Promise<{ socket: LiveTestClient; events: LiveRoomEvent[]; me: string; id: string }> {
    const user = userId ? { id: userId } : await createUser(t.db);
    const agent: TestAgent = t.agent();
    const email: { email: string }[] = await t.db.query(`SELECT email FROM app_user WHERE id = $1`, [user.id]);
    expect((await agent.login(email[0].email, 'Correct-Horse-Battery-9')).status).toBe(200);
    const socket = connectLive(t.baseUrl, agent);
    sockets.push(socket);
    const events: LiveRoomEvent[] = [];
    socket.on('live:event', (e) => events.push(e));
    await connected(socket);
    const ack = await send<{ ok: boolean; me: { id: string } }>(socket, 'live:join', { sessionId });
    expect(ack.ok).toBe(true);
    return { socket, events, me: ack.me.id, id: user.id };
  }

  async function room(people: number): Promise<{
    sessionId: string;
    host: Awaited<ReturnType<typeof joined>>;
    others: Awaited<ReturnType<typeof joined>>[];
  }> {
    const hostUser = await createUser(t.db);
    const invited = await Promise.all(Array.from({ length: people }, () => createUser(t.db)));
    const sessionId = await createLiveSession(t.db, {
      hostIds: [hostUser.id],
      invitedUserIds: invited.map((u) => u.id),
    });
    const host = await joined(sessionId, hostUser.id);
    const others = [];
    for (const u of invited) others.push(await joined(sessionId, u.id));
    return { sessionId, host, others };
  }

  it('splits the room at random into even groups, moves each member into their group room, and ends by its job', async () => {
    const { sessionId, host, others } = await room(5);
    const prepared = await send<{ ok: true; breakout: Breakout }>(host.socket, 'breakout:prepare', {
      sessionId,
      mode: 'random',
      groupCount: 2,
      minutes: 3,
    });
    expect(prepared.breakout.groups.map((g) => g.participantIds.length).sort()).toEqual([2, 3]);
    expect(prepared.breakout.groups.flatMap((g) => g.participantIds).sort()).toEqual(others.map((o) => o.me).sort());

    // A participant may not run breakouts.
    expect(await send(others[0].socket, 'breakout:start', { sessionId })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });

    const started = await send<{ ok: true; breakout: Breakout }>(host.socket, 'breakout:start', { sessionId });
    expect(started.breakout.status).toBe('running');
    const [g1, g2] = started.breakout.groups;
    const inG1 = others.filter((o) => g1.participantIds.includes(o.me));
    const inG2 = others.filter((o) => g2.participantIds.includes(o.me));

    // The end is a delayed job in the outbox, due when the time is up.
    const [job]: { payload: { breakoutId: string }; due: boolean }[] = await t.db.query(
      `SELECT payload, run_at <= now() + interval '3 minutes 1 second' AND run_at > now() + interval '2 minutes' AS due
         FROM outbox_message WHERE job_name = 'breakout_end'`,
    );
    expect(job).toEqual({ payload: { breakoutId: started.breakout.id }, due: true });

    // A group's events reach its members, not the other group's nor (until they visit) the hosts.
    const processor = t.app.get(LiveProcessor);
    const events = t.app.get(RoomEvents);
    await events.appendAndPublish(sessionId, 'test.group', { n: 1 }, g1.id);
    await waitFor(() => inG1.every((o) => o.events.some((e) => e.type === 'test.group')), { what: 'group 1 got it' });
    expect(inG2.some((o) => o.events.some((e) => e.type === 'test.group'))).toBe(false);
    expect(host.events.some((e) => e.type === 'test.group')).toBe(false);
    expect(await send(host.socket, 'breakout:visit', { sessionId, groupId: g1.id })).toEqual({ ok: true });
    await events.appendAndPublish(sessionId, 'test.group', { n: 2 }, g1.id);
    await waitFor(() => host.events.some((e) => e.type === 'test.group'), { what: 'the visiting host got it' });

    // A rejoin's replay leaves out the other group's events; the hosts' includes them.
    const other = inG2[0];
    const replay = await send<{ events: LiveRoomEvent[] }>(other.socket, 'live:replay', { sessionId, afterSeq: 0 });
    expect(replay.events.some((e) => e.groupId === g1.id)).toBe(false);
    const hostReplay = await send<{ events: LiveRoomEvent[] }>(host.socket, 'live:replay', { sessionId, afterSeq: 0 });
    expect(hostReplay.events.filter((e) => e.groupId === g1.id)).toHaveLength(2);

    // Too early, the job does nothing; when due (the clock moved by SQL) everyone returns, once.
    expect(
      await processor.process({ name: 'breakout_end', data: { breakoutId: started.breakout.id } } as never),
    ).toEqual({ ended: false });
    await t.db.query(`UPDATE live_breakout SET ends_at = now() - interval '1 second' WHERE id = $1`, [
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
    const { sessionId, host, others } = await room(3);
    const bad = await send(host.socket, 'breakout:prepare', {
      sessionId,
      mode: 'manual',
      groupCount: 2,
      minutes: 5,
      assignments: [{ participantId: others[0].me, group: 2 }],
    });
    expect(bad).toMatchObject({ ok: false, code: 'validation_failed', details: [{ field: 'assignments.0.group' }] });
    const manual = await send<{ ok: true; breakout: Breakout }>(host.socket, 'breakout:prepare', {
      sessionId,
      mode: 'manual',
      groupCount: 2,
      minutes: 5,
      assignments: [{ participantId: others[0].me, group: 1 }],
    });
    expect(manual.breakout.groups.map((g) => g.participantIds)).toEqual([[], [others[0].me]]);
    const moved = await send<{ ok: true; breakout: Breakout }>(host.socket, 'breakout:assign', {
      sessionId,
      participantId: others[1].me,
      groupId: manual.breakout.groups[0].id,
    });
    expect(moved.breakout.groups[0].participantIds).toEqual([others[1].me]);

    const byPlace = await send<{ ok: true; breakout: Breakout }>(host.socket, 'breakout:prepare', {
      sessionId,
      mode: 'municipality',
      groupCount: 2,
      minutes: 5,
    });
    expect(byPlace.breakout.groups).toEqual([
      expect.objectContaining({ name: 'Äänekoski', participantIds: others.map((o) => o.me).sort() }),
    ]);
    const [breakouts]: { n: string }[] = await t.db.query(
      `SELECT count(*) AS n FROM live_breakout WHERE session_id = $1`,
      [sessionId],
    );
    expect(Number(breakouts.n)).toBe(1);
  });
});
