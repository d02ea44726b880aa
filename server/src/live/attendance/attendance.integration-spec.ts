import type { LiveRoomEvent } from '@kotopaikka/contracts';

import { waitFor } from '../../testing/eventually';
import { createLiveSession } from '../live.test-support';
import { liveRoomTest } from '../live-room.test-support';
import { LiveProcessor } from '../room/live-sweep.processor';
import { LiveAttendance } from './attendance.service';

/** Whose arrival (`presence.joined` carries the participant) or departure an event announces. */
const presenceOf = (e: LiveRoomEvent): string =>
  e.type === 'presence.joined' ? (e.data as { id: string }).id : (e.data as { participantId: string }).participantId;

interface StayRow {
  id: string;
  joined_at: Date;
  left_at: Date | null;
  last_seen_at: Date;
}

describe('attendance', () => {
  const live = liveRoomTest();
  const attendance = (): LiveAttendance => live.t.app.get(LiveAttendance);

  const stays = (participantId: string): Promise<StayRow[]> =>
    live.t.db.query(
      `SELECT id, joined_at, left_at, last_seen_at FROM live_attendance WHERE participant_id = $1 ORDER BY joined_at`,
      [participantId],
    );

  /** Moves a participant's only stay back in time, as if it began `joinedMinutesAgo` and (if closed) ended `leftSecondsAgo`. */
  async function age(participantId: string, joinedMinutesAgo: number, leftSecondsAgo?: number): Promise<void> {
    await live.t.db.query(
      `UPDATE live_attendance SET joined_at = now() - make_interval(mins => $2),
              left_at = CASE WHEN left_at IS NULL THEN NULL ELSE now() - make_interval(secs => $3) END,
              last_seen_at = now() - make_interval(secs => $3)
        WHERE participant_id = $1 AND id = (SELECT id FROM live_attendance WHERE participant_id = $1 ORDER BY joined_at DESC LIMIT 1)`,
      [participantId, joinedMinutesAgo, leftSecondsAgo ?? 0],
    );
  }

  it('counts two tabs as one participant with one stay, and a rejoin within 2 minutes as the same stay', async () => {
    const hostP = await live.people.person({ displayName: 'Host' });
    const mari = await live.people.person({ displayName: 'Mari' });
    const sessionId = await createLiveSession(live.t.db, { hostIds: [hostP.id], invitedUserIds: [mari.id] });
    const host = await live.people.join(hostP.agent, sessionId);
    const tab1 = await live.people.open(mari.agent);
    const tab2 = await live.people.open(mari.agent);
    const id = (await tab1.join(sessionId)).id;
    expect((await tab2.join(sessionId)).id).toBe(id);
    expect(await stays(id)).toHaveLength(1);

    // One tab closing is no leave; the other closing is.
    expect(await tab1.send('live:leave', { sessionId })).toEqual({ ok: true });
    expect((await stays(id))[0].left_at).toBeNull();
    expect(await tab2.send('live:leave', { sessionId })).toEqual({ ok: true });
    expect((await stays(id))[0].left_at).not.toBeNull();
    await waitFor(() => host.events.some((e) => e.type === 'presence.left'));
    // Two tabs: Mari's arrival and departure are announced once each.
    expect(
      host.events
        .filter((e) => e.type.startsWith('presence.') && presenceOf(e) === id)
        .map((e) => [e.type, presenceOf(e)]),
    ).toEqual([
      ['presence.joined', id],
      ['presence.left', id],
    ]);

    // Back 90 seconds after leaving, 10 minutes after first arriving: the same stay goes on.
    await age(id, 10, 90);
    await tab1.join(sessionId);
    const resumed = await stays(id);
    expect(resumed).toHaveLength(1);
    expect(resumed[0].left_at).toBeNull();
    expect(await tab1.send('live:leave', { sessionId })).toEqual({ ok: true });

    // Back 3 minutes after leaving: a new stay.
    await age(id, 20, 180);
    await tab2.join(sessionId);
    expect(await stays(id)).toHaveLength(2);
    expect(await tab2.send('live:leave', { sessionId })).toEqual({ ok: true });

    const report = await attendance().ofSession(sessionId);
    const row = report.find((r) => r.participantId === id);
    expect(row).toMatchObject({ name: 'Mari', role: 'participant', minutes: 17 });
    expect(row?.stays).toHaveLength(2);
    expect(row?.firstJoinedAt.getTime()).toBe((await stays(id))[0].joined_at.getTime());
    expect(row?.lastLeftAt?.getTime()).toBe((await stays(id))[1].left_at?.getTime());
    expect(report.map((r) => r.name)).toEqual(['Mari', 'Host']);
  });

  it('closes the stays of a dead node’s participants at their last heartbeat and announces that they left', async () => {
    const {
      sessionId,
      host,
      others: [olli],
    } = await live.people.room([{ displayName: 'Olli' }], { displayName: 'Host' });
    const hostId = host.me.id;
    const id = olli.me.id;
    await age(id, 30);

    // Olli's connection belongs to a node that stopped beating five minutes ago.
    await live.t.db.query(
      `UPDATE live_connection SET node_id = 'dead-node', last_seen_at = now() - interval '5 minutes' WHERE participant_id = $1`,
      [id],
    );
    await live.t.db.query(
      `UPDATE live_attendance SET last_seen_at = now() - interval '5 minutes' WHERE participant_id = $1 AND left_at IS NULL`,
      [id],
    );
    const processor = live.t.app.get(LiveProcessor);
    expect((await processor.sweep()).departed).toBeGreaterThanOrEqual(1);
    expect(await processor.sweep()).toEqual({ departed: 0 });

    const [stay] = await stays(id);
    expect(stay.left_at?.getTime()).toBe(stay.last_seen_at.getTime());
    expect(Date.now() - (stay.left_at?.getTime() ?? 0)).toBeGreaterThan(4 * 60_000);
    await waitFor(() =>
      host.events.some((e) => e.type === 'presence.left' && (e.data as { participantId: string }).participantId === id),
    );
    const row = (await attendance().ofSession(sessionId)).find((r) => r.participantId === id);
    expect(row).toMatchObject({ minutes: 25, lastLeftAt: stay.left_at });
    // The host, on a live node, is still there with an open stay.
    const hostRow = (await attendance().ofSession(sessionId)).find((r) => r.participantId === hostId);
    expect(hostRow?.lastLeftAt).toBeNull();
  });
});
