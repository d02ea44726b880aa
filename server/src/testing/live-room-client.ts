import {
  type ClientToServerEvents,
  LIVE_NAMESPACE,
  type LiveJoinResult,
  type LiveRoomEvent,
  RoomSequencer,
  type ServerToClientEvents,
} from '@kotopaikka/contracts';

import { io, type Socket } from 'socket.io-client';

import type { TestAgent } from './test-agent';

/**
 * A room participant as the Angular client behaves: reconnects by itself, rejoins with the last seq it
 * applied, fills gaps with `live:replay`, and applies every event once, in order (RoomSequencer).
 */
export class LiveRoomClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** Every event applied, in the order applied. */
  readonly applied: LiveRoomEvent[] = [];
  /** How many times the socket (re)joined. */
  joins = 0;
  me: LiveJoinResult['me'] | null = null;
  /** Called after every (re)join, e.g. to re-sync the shared notes. */
  onJoined: (() => Promise<void>) | null = null;
  private readonly sequencer = new RoomSequencer();

  constructor(
    url: string,
    agent: TestAgent,
    private readonly sessionId: string,
  ) {
    const session = agent.cookie('kp_session');
    this.socket = io(`${url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      extraHeaders: session ? { cookie: `kp_session=${encodeURIComponent(session)}` } : {},
    });
    this.socket.on('live:event', (event) => {
      if (event.sessionId !== this.sessionId) return;
      this.apply(this.sequencer.live(event));
      if (this.sequencer.hasGap) void this.fill();
    });
    this.socket.on('connect', () => void this.join());
  }

  /** Resolves once joined (the first time, or again after a reconnection). */
  async joined(times = 1): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (this.joins < times) {
      if (Date.now() > deadline) throw new Error(`not joined ${times} times within 20 s`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Applied events of one type. */
  of(type: string): LiveRoomEvent[] {
    return this.applied.filter((e) => e.type === type);
  }

  get lastSeq(): number {
    return this.sequencer.lastSeq;
  }

  close(): void {
    this.socket.disconnect();
  }

  private async join(): Promise<void> {
    const ack = await this.socket
      .timeout(10_000)
      .emitWithAck('live:join', { sessionId: this.sessionId, afterSeq: this.sequencer.lastSeq });
    if (!ack.ok) throw new Error(`join refused: ${ack.code}`);
    this.me = ack.me;
    this.apply(this.sequencer.replay(ack.events));
    if (ack.more) await this.fill();
    if (this.onJoined) await this.onJoined();
    this.joins++;
  }

  private async fill(): Promise<void> {
    for (;;) {
      const ack = await this.socket
        .timeout(10_000)
        .emitWithAck('live:replay', { sessionId: this.sessionId, afterSeq: this.sequencer.lastSeq });
      if (!ack.ok) return;
      this.apply(this.sequencer.replay(ack.events));
      if (!ack.more) return;
    }
  }

  private apply(events: LiveRoomEvent[]): void {
    this.applied.push(...events);
  }
}
