import type { LiveRoomEvent } from './live-room.events';
import { RoomSequencer } from './room-sequencer';

const ev = (seq: number): LiveRoomEvent => ({
  sessionId: 's',
  seq,
  type: 't',
  groupId: null,
  at: '2026-12-04T00:00:00.000Z',
  data: null,
});
const seqs = (events: LiveRoomEvent[]): number[] => events.map((e) => e.seq);

describe('RoomSequencer', () => {
  it('applies live events in order, once each', () => {
    const s = new RoomSequencer();
    expect(seqs(s.live(ev(1)))).toEqual([1]);
    expect(seqs(s.live(ev(1)))).toEqual([]);
    expect(seqs(s.live(ev(2)))).toEqual([2]);
    expect(s.lastSeq).toBe(2);
  });

  it('holds an event that comes ahead of a missing one until the missing one arrives', () => {
    const s = new RoomSequencer(1);
    expect(seqs(s.live(ev(3)))).toEqual([]);
    expect(s.hasGap).toBe(true);
    expect(seqs(s.live(ev(2)))).toEqual([2, 3]);
    expect(s.hasGap).toBe(false);
  });

  it('closes a gap with a replay, dropping what it already applied and what it holds twice', () => {
    const s = new RoomSequencer(1);
    s.live(ev(4));
    expect(seqs(s.replay([ev(1), ev(2), ev(3), ev(4), ev(5)]))).toEqual([2, 3, 4, 5]);
    expect(seqs(s.live(ev(5)))).toEqual([]);
    expect(s.lastSeq).toBe(5);
  });

  it('takes a replay as complete up to its last event: a seq it skips was not for this client', () => {
    const s = new RoomSequencer(10);
    s.live(ev(13));
    expect(seqs(s.replay([ev(12), ev(13)]))).toEqual([12, 13]);
    expect(s.hasGap).toBe(false);
    expect(seqs(s.live(ev(14)))).toEqual([14]);
  });

  it('resumes after a rejoin from the seq it saw, with replay and live events overlapping', () => {
    const s = new RoomSequencer();
    s.replay([ev(1), ev(2)]);
    s.live(ev(4));
    const applied = [...s.replay([ev(3), ev(4)]), ...s.live(ev(4)), ...s.live(ev(5))];
    expect(seqs(applied)).toEqual([3, 4, 5]);
  });
});
