import type { LiveRoomEvent } from './live-room.events';

/**
 * Puts a room's events in order for a client, whatever way they arrive: live (`live:event`), in a join's
 * replay, from `live:replay`, twice (Socket.IO's recovery and the replay may overlap) or out of order (two
 * nodes publish in parallel). Each event is applied exactly once, in `seq` order. When an event arrives
 * ahead of one still missing, the client asks `live:replay` after `lastSeq`; a replay answer is complete up
 * to its last event (events of breakout groups one is not in are skipped by the server), so it closes gaps.
 */
export class RoomSequencer {
  private last: number;
  private readonly ahead: Map<number, LiveRoomEvent>;

  // Fields set here, not in initialisers: a class without them is side-effect free, so bundles that never
  // use it (the client's initial chunk) drop it.
  constructor(lastSeq = 0) {
    this.last = lastSeq;
    this.ahead = new Map();
  }

  /** The highest seq applied; what a rejoin sends as `afterSeq`. */
  get lastSeq(): number {
    return this.last;
  }

  /** Whether events are waiting for a missing one (ask `live:replay` after `lastSeq`). */
  get hasGap(): boolean {
    return this.ahead.size > 0;
  }

  /** A live event: returns what can be applied now, in order (nothing, if it was seen or is ahead of a gap). */
  live(event: LiveRoomEvent): LiveRoomEvent[] {
    if (event.seq <= this.last) return [];
    this.ahead.set(event.seq, event);
    return this.drain();
  }

  /**
   * A replay page (from a join or `live:replay`): everything after `lastSeq` up to its last event, so what
   * is not in it up to there was not for this client. Returns what to apply, in order.
   */
  replay(events: LiveRoomEvent[]): LiveRoomEvent[] {
    const applied: LiveRoomEvent[] = [];
    for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
      if (event.seq <= this.last) continue;
      // Held events below this one were skipped by the server for this client; apply those it sent too.
      for (const seq of [...this.ahead.keys()].sort((a, b) => a - b)) {
        if (seq >= event.seq) break;
        applied.push(this.take(seq));
      }
      this.ahead.delete(event.seq);
      this.last = event.seq;
      applied.push(event);
    }
    return [...applied, ...this.drain()];
  }

  private take(seq: number): LiveRoomEvent {
    const event = this.ahead.get(seq) as LiveRoomEvent;
    this.ahead.delete(seq);
    this.last = seq;
    return event;
  }

  private drain(): LiveRoomEvent[] {
    const applied: LiveRoomEvent[] = [];
    while (this.ahead.has(this.last + 1)) applied.push(this.take(this.last + 1));
    return applied;
  }
}
