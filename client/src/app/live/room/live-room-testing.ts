import type { LiveParticipant, LiveRoomEvent } from '@kotopaikka/contracts';

import type { RoomSocket } from './live-room';

type Listener = (...args: never[]) => void;

export const SESSION_ID = 'se55e55e-0000-4000-8000-000000000001';

export const HOST: LiveParticipant = { id: 'p-host', name: 'Hanna Host', role: 'host' };
export const AINO: LiveParticipant = { id: 'p-aino', name: 'Aino Member', role: 'participant' };
export const BOB: LiveParticipant = { id: 'p-bob', name: 'Bob Guest', role: 'guest' };

export function roomEvent(seq: number, type: string, data: unknown): LiveRoomEvent {
  return {
    sessionId: SESSION_ID,
    seq,
    type,
    groupId: null,
    at: new Date(Date.UTC(2026, 2, 29, 7, 0, seq)).toISOString(),
    data,
  };
}

/**
 * A stand-in for the server end of one `/live` socket: a room's event log, its presence, and answers to the kernel
 * events as the gateway gives them (join replays after `afterSeq`, replay in pages). The real gateway is covered by
 * the server's integration specs; this is the client's contract with it.
 */
export class FakeRoomSocket implements RoomSocket {
  connected = false;
  active = true;
  readonly sent: { event: string; payload: unknown }[] = [];
  readonly log: LiveRoomEvent[] = [];
  present: LiveParticipant[] = [HOST, AINO];
  me: LiveParticipant = AINO;
  replayPage = 100;
  /** What `breakout:current` answers (the room's running or prepared breakout). */
  breakout: unknown = null;
  /** Set to refuse joins with this error code. */
  refuseJoin: string | null = null;
  disconnected = false;
  private readonly listeners = new Map<string, Set<Listener>>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? new Set()).add(listener));
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  emit(event: string, payload: unknown, ack?: (answer: unknown) => void): this {
    this.sent.push({ event, payload });
    const answer = this.answer(event, payload as { afterSeq?: number });
    if (ack) setTimeout(() => ack(answer));
    return this;
  }

  disconnect(): this {
    this.disconnected = true;
    this.connected = false;
    return this;
  }

  sentOf(event: string): unknown[] {
    return this.sent.filter((s) => s.event === event).map((s) => s.payload);
  }

  /** The transport comes up (the first time, or again after a drop). */
  up(): void {
    this.connected = true;
    this.fire('connect');
  }

  down(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  /** An event written to the room's log, delivered live when `deliver` (a dropped socket misses it). */
  record(type: string, data: unknown, deliver = this.connected): LiveRoomEvent {
    const event = roomEvent(this.log.length + 1, type, data);
    this.log.push(event);
    if (deliver) this.fire('live:event', event);
    return event;
  }

  deliver(event: LiveRoomEvent): void {
    this.fire('live:event', event);
  }

  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }

  private answer(event: string, payload: { afterSeq?: number }): unknown {
    const after = (afterSeq: number) => {
      const rest = this.log.filter((e) => e.seq > afterSeq);
      return { events: rest.slice(0, this.replayPage), more: rest.length > this.replayPage };
    };
    switch (event) {
      case 'live:join':
        if (this.refuseJoin) return { ok: false, code: this.refuseJoin, message: 'no', details: null };
        return {
          ok: true,
          me: this.me,
          present: this.present,
          ...(payload.afterSeq === undefined ? { events: [], more: false } : after(payload.afterSeq)),
          lastSeq: this.log.length,
        };
      case 'live:replay':
        return { ok: true, ...after(payload.afterSeq ?? 0) };
      // What the chat, hands and polls panels ask on opening: an empty room.
      case 'chat:history':
        return { ok: true, messages: [], more: false, locked: false };
      case 'chat:reports':
        return { ok: true, reports: [] };
      case 'hand:list':
        return { ok: true, hands: [] };
      case 'poll:list':
        return { ok: true, polls: [] };
      case 'breakout:current':
        return { ok: true, breakout: this.breakout };
      default:
        return { ok: true };
    }
  }
}
