import {
  type ClientEventAck,
  type ClientEventPayload,
  type ClientToServerEventName,
  ErrorCode,
  type LiveKernelEvent,
  type LiveParticipant,
  type LiveRemovalReason,
  type LiveRemovedEvent,
  type LiveRoomEvent,
  type LiveSessionStatus,
  RoomSequencer,
  type ServerToClientEvents,
} from '@kotopaikka/contracts';

import { computed, DestroyRef, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { filter, Observable, ReplaySubject } from 'rxjs';

import { GuestLiveConnection } from '../../core/live/guest-socket';
import { LiveConnection } from '../../core/live/live-socket';

/**
 * Where the room's connection is: `reconnecting` while the socket is down after a join, `back` for a moment after
 * the rejoin caught up, `removed` when a host removed this person (or a guest cancelled), `refused` when the server would not admit them.
 */
export type RoomConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'back' | 'removed' | 'refused';

export interface LiveRoomTiming {
  heartbeatMs: number;
  /** How long "back" shows after a reconnection. */
  backMs: number;
  /** How long an acknowledgement may take before the request counts as failed. */
  ackMs: number;
  /** The first wait before a join the server could not answer (busy, no acknowledgement) is tried again; doubles. */
  retryMs: number;
}

export const LIVE_ROOM_TIMING = new InjectionToken<LiveRoomTiming>('LIVE_ROOM_TIMING', {
  factory: () => ({ heartbeatMs: 20_000, backMs: 4_000, ackMs: 10_000, retryMs: 1_000 }),
});

/** The part of a Socket.IO client socket the room uses (a spec passes a fake with the same surface). */
export interface RoomSocket {
  readonly connected: boolean;
  readonly active?: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  disconnect(): unknown;
}

const ROLE_ORDER: Record<LiveParticipant['role'], number> = { host: 0, cohost: 1, participant: 2, guest: 3 };

/**
 * One open room, provided by the room component: joins over the `/live` socket on every (re)connect with the last
 * seq it applied, applies each event exactly once in order (RoomSequencer, gaps filled with `live:replay`), keeps
 * presence, beats every 20 s, and hands the applied events to the room's panels (`on('chat.message')`).
 */
@Injectable()
export class LiveRoom {
  private readonly connection = inject(LiveConnection);
  private readonly guestConnection = inject(GuestLiveConnection);
  private readonly timing = inject(LIVE_ROOM_TIMING);

  private readonly state = signal<RoomConnectionState>('connecting');
  private readonly meSignal = signal<LiveParticipant | null>(null);
  private readonly presentSignal = signal<LiveParticipant[]>([]);
  private readonly sessionStatusSignal = signal<LiveSessionStatus | null>(null);
  private readonly refusalSignal = signal<ErrorCode | null>(null);
  private readonly removalSignal = signal<LiveRemovalReason>('host');
  private readonly lastSeqSignal = signal(0);
  private readonly applied = new ReplaySubject<LiveRoomEvent>();

  readonly connectionState = this.state.asReadonly();
  readonly me = this.meSignal.asReadonly();
  /** Everyone in the room, hosts first, then by name; a person with two tabs once. */
  readonly participants = computed(() =>
    [...this.presentSignal()].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name)),
  );
  /** The status the room's events last said (`null` until one does). */
  readonly sessionStatus = this.sessionStatusSignal.asReadonly();
  readonly refusal = this.refusalSignal.asReadonly();
  /** Why this person is `removed`: a host took them out, or (a guest) they cancelled their registration. */
  readonly removal = this.removalSignal.asReadonly();
  readonly lastSeq = this.lastSeqSignal.asReadonly();
  readonly isHost = computed(() => {
    const role = this.meSignal()?.role;
    return role === 'host' || role === 'cohost';
  });
  /** Every applied event since the room opened, then each new one: a panel opened late still sees the history. */
  readonly events: Observable<LiveRoomEvent> = this.applied.asObservable();

  private sessionId = '';
  private socket: RoomSocket | null = null;
  /** Listeners of `listen()`, put on each socket the room opens (plain listeners: no more rxjs in the bundle). */
  private readonly extraListeners = new Set<{ event: string; listener: (payload: never) => void }>();
  private ownsSocket = false;
  private sequencer = new RoomSequencer();
  /** Presence is the join's snapshot plus the events after it. */
  private presenceAsOf = 0;
  private joinedOnce = false;
  private joining = false;
  private filling = false;
  private closed = false;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private backTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.close());
  }

  /** The applied events of some types, e.g. `room.on<'chat.message', ChatMessage>('chat.message')`. */
  on<T extends string, D = unknown>(...types: T[]): Observable<LiveRoomEvent<T, D>> {
    return this.events.pipe(filter((e): e is LiveRoomEvent<T, D> => (types as string[]).includes(e.type)));
  }

  /** The session this room is of, which a panel's requests carry (empty until `open`). */
  get id(): string {
    return this.sessionId;
  }

  /**
   * A server event beside the room's log (`notes:update`, `notes:awareness`, `chat:reported` to hosts) on the room's
   * socket, for as long as subscribed, across reconnections; nothing from before the subscription is kept.
   */
  listen<E extends keyof ServerToClientEvents>(event: E): Observable<Parameters<ServerToClientEvents[E]>[0]> {
    type Payload = Parameters<ServerToClientEvents[E]>[0];
    return new Observable<Payload>((subscriber) => {
      const entry = { event, listener: (payload: Payload) => subscriber.next(payload) };
      this.extraListeners.add(entry as never);
      this.socket?.on(event, entry.listener as never);
      return () => {
        this.extraListeners.delete(entry as never);
        this.socket?.off(event, entry.listener as never);
      };
    });
  }

  /** Opens the room over the signed-in connection, or over a guest's own one when a join link's token is given. */
  async open(sessionId: string, guestToken?: string | null): Promise<void> {
    this.sessionId = sessionId;
    this.ownsSocket = !!guestToken;
    const socket = (guestToken
      ? await this.guestConnection.open(guestToken)
      : await this.connection.connect()) as unknown as RoomSocket;
    if (this.closed) {
      if (this.ownsSocket) socket.disconnect();
      return;
    }
    this.socket = socket;
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
    socket.on('connect_error', this.onConnectError);
    socket.on('live:event', this.onEvent);
    socket.on('live:removed', this.onRemoved);
    for (const { event, listener } of this.extraListeners) socket.on(event, listener);
    if (socket.connected) await this.join();
  }

  /** Leaves the room: tells the server (attendance closes now, not at the sweep) and lets go of the socket. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopHeartbeat();
    this.stopRetry();
    if (this.backTimer) clearTimeout(this.backTimer);
    const socket = this.socket;
    if (!socket) return;
    if (this.joinedOnce && socket.connected) socket.emit('live:leave', { sessionId: this.sessionId }, () => undefined);
    socket.off('connect', this.onConnect);
    socket.off('disconnect', this.onDisconnect);
    socket.off('connect_error', this.onConnectError);
    socket.off('live:event', this.onEvent);
    socket.off('live:removed', this.onRemoved);
    for (const { event, listener } of this.extraListeners) socket.off(event, listener);
    if (this.ownsSocket) socket.disconnect();
    this.socket = null;
  }

  /** Sends a client event and resolves with its acknowledgement (an error ack when none comes in time). */
  request<E extends ClientToServerEventName>(event: E, payload: ClientEventPayload<E>): Promise<ClientEventAck<E>> {
    const socket = this.socket;
    const failed = (message: string) =>
      ({ ok: false, code: ErrorCode.ServiceUnavailable, message, details: null }) as ClientEventAck<E>;
    if (!socket) return Promise.resolve(failed('not connected'));
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(failed('no acknowledgement')), this.timing.ackMs);
      socket.emit(event, payload, (ack: ClientEventAck<E>) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
  }

  start(): Promise<ClientEventAck<'live:start'>> {
    return this.request('live:start', { sessionId: this.sessionId });
  }

  end(): Promise<ClientEventAck<'live:end'>> {
    return this.request('live:end', { sessionId: this.sessionId });
  }

  remove(participantId: string): Promise<ClientEventAck<'live:remove'>> {
    return this.request('live:remove', { sessionId: this.sessionId, participantId });
  }

  setCohost(participantId: string, cohost: boolean): Promise<ClientEventAck<'live:cohost'>> {
    return this.request('live:cohost', { sessionId: this.sessionId, participantId, cohost });
  }

  private readonly onConnect = (): void => void this.join();

  private readonly onDisconnect = (): void => {
    this.stopHeartbeat();
    this.stopRetry(); // the next connect joins
    if (this.joinedOnce && this.state() !== 'removed' && this.state() !== 'refused') this.state.set('reconnecting');
  };

  /** A handshake the server refused (a guest link not valid now) is final: Socket.IO stops trying. */
  private readonly onConnectError = (): void => {
    if (this.socket && this.socket.active === false && !this.joinedOnce) {
      this.refusalSignal.set(ErrorCode.Unauthenticated);
      this.state.set('refused');
    }
  };

  private readonly onEvent = (event: LiveRoomEvent): void => {
    if (event.sessionId !== this.sessionId || this.state() === 'removed') return;
    this.apply(this.sequencer.live(event));
    if (this.sequencer.hasGap && !this.joining) void this.fill();
  };

  // The room's participant.removed event may have come first; this one says why, so it always sets the reason.
  private readonly onRemoved = (payload: LiveRemovedEvent): void => {
    if (payload.sessionId !== this.sessionId) return;
    this.removalSignal.set(payload.reason);
    this.becomeRemoved();
  };

  private async join(): Promise<void> {
    if (this.closed || this.joining || this.state() === 'removed') return;
    this.joining = true;
    const rejoin = this.joinedOnce;
    let more = false;
    try {
      const ack = await this.request('live:join', { sessionId: this.sessionId, afterSeq: this.sequencer.lastSeq });
      if (this.closed) return;
      if (!ack.ok) {
        // A busy server (a whole room arriving at once) is no refusal: the join is tried again, later each time.
        if (ack.code === ErrorCode.ServiceUnavailable) return this.retryJoin();
        this.refusalSignal.set(ack.code);
        this.state.set('refused');
        return;
      }
      this.retries = 0;
      this.meSignal.set(ack.me);
      this.presentSignal.set(dedupe(ack.present));
      this.presenceAsOf = ack.lastSeq;
      this.apply(this.sequencer.replay(ack.events));
      this.joinedOnce = true;
      more = ack.more;
      this.startHeartbeat();
      if (rejoin) this.showBack();
      else this.state.set('connected');
    } finally {
      this.joining = false;
    }
    if (more || this.sequencer.hasGap) await this.fill();
  }

  /** Joins again after a wait that doubles each time (at most 30 s), spread at random so a crowd does not return at once. */
  private retryJoin(): void {
    if (this.closed || !this.socket?.connected) return;
    const wait = Math.min(this.timing.retryMs * 2 ** this.retries, 30_000) * (0.5 + Math.random() / 2);
    this.retries++;
    this.stopRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.join();
    }, wait);
  }

  private stopRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Asks `live:replay` until the gap is closed (a page at a time). */
  private async fill(): Promise<void> {
    if (this.filling) return;
    this.filling = true;
    try {
      for (;;) {
        const before = this.sequencer.lastSeq;
        const ack = await this.request('live:replay', { sessionId: this.sessionId, afterSeq: before });
        if (!ack.ok || this.closed) return;
        this.apply(this.sequencer.replay(ack.events));
        if (!ack.more && (!this.sequencer.hasGap || this.sequencer.lastSeq === before)) return;
      }
    } finally {
      this.filling = false;
    }
  }

  private apply(events: LiveRoomEvent[]): void {
    for (const event of events) {
      this.applyKernel(event as LiveKernelEvent);
      this.applied.next(event);
    }
    if (events.length) this.lastSeqSignal.set(this.sequencer.lastSeq);
  }

  private applyKernel(event: LiveKernelEvent): void {
    if (event.type === 'session.status') {
      this.sessionStatusSignal.set(event.data.status);
      return;
    }
    if (event.type === 'participant.removed' && event.data.participantId === this.meSignal()?.id) {
      this.becomeRemoved();
      return;
    }
    if (event.type === 'participant.role' && event.data.participantId === this.meSignal()?.id) {
      this.meSignal.update((me) => (me ? { ...me, role: event.data.role } : me));
    }
    // The join's snapshot already holds what happened up to its seq.
    if (event.seq <= this.presenceAsOf) return;
    switch (event.type) {
      case 'presence.joined':
        this.presentSignal.update((list) => dedupe([...list, event.data]));
        break;
      case 'presence.left':
      case 'participant.removed':
        this.presentSignal.update((list) => list.filter((p) => p.id !== event.data.participantId));
        break;
      case 'participant.role':
        this.presentSignal.update((list) =>
          list.map((p) => (p.id === event.data.participantId ? { ...p, role: event.data.role } : p)),
        );
        break;
    }
  }

  private becomeRemoved(): void {
    this.state.set('removed');
    this.stopHeartbeat();
    this.presentSignal.set([]);
  }

  private startHeartbeat(): void {
    this.stopHeartbeat();
    this.heartbeat = setInterval(
      () => void this.request('live:heartbeat', { sessionId: this.sessionId }),
      this.timing.heartbeatMs,
    );
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  private showBack(): void {
    this.state.set('back');
    if (this.backTimer) clearTimeout(this.backTimer);
    this.backTimer = setTimeout(() => {
      if (this.state() === 'back') this.state.set('connected');
    }, this.timing.backMs);
  }
}

/** The last entry per participant id wins (a rejoin announces the same person again). */
function dedupe(list: LiveParticipant[]): LiveParticipant[] {
  return [...new Map(list.map((p) => [p.id, p])).values()];
}
