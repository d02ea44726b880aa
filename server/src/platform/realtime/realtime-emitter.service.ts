import {
  type ClientToServerEvents,
  type InterServerEvents,
  LIVE_NAMESPACE,
  type ServerToClientEvents,
  type SessionEndedEvent,
  type SocketData,
} from '@kotopaikka/contracts';

import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Server } from 'socket.io';

import { RealtimeAdapter } from './realtime-adapter';
import { type RealtimeNamespace, sessionRoom, userRoom } from './realtime-types';

/**
 * Emits to sockets wherever they are connected. API nodes use the gateway's namespace; a worker-only node
 * has no HTTP listener, so it emits through a detached server on the same adapter (scaled mode).
 */
@Injectable()
export class RealtimeEmitter implements OnApplicationShutdown {
  private namespace: RealtimeNamespace | null = null;
  private detached: Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData> | null = null;

  constructor(private readonly adapter: RealtimeAdapter) {}

  /** Called once by the gateway when the `/live` namespace exists on this node. */
  attach(namespace: RealtimeNamespace): void {
    this.namespace = namespace;
  }

  toUser<E extends keyof ServerToClientEvents>(
    userId: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.live()
      .to(userRoom(userId))
      .emit(event, ...args);
  }

  /** Emits to a named room (a live session's room or one of its groups) on every node. */
  toRoom<E extends keyof ServerToClientEvents>(
    room: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.live()
      .to(room)
      .emit(event, ...args);
  }

  /** Makes every socket in room `from` (on any node) join room `to`. */
  joinRoom(from: string, to: string | string[]): void {
    this.live().in(from).socketsJoin(to);
  }

  /** Makes every socket in room `from` (on any node) leave room `to`. */
  leaveRoom(from: string, to: string | string[]): void {
    this.live().in(from).socketsLeave(to);
  }

  /** Disconnects every socket in a room (on any node), e.g. a guest's whose link stopped admitting them. */
  disconnectRoom(room: string): void {
    this.live().in(room).disconnectSockets(true);
  }

  /** Tells every socket of a session that it ended and disconnects them (on any node). */
  endSession(sessionTokenHash: string, reason: SessionEndedEvent['reason']): void {
    const room = this.live().to(sessionRoom(sessionTokenHash));
    room.emit('session:ended', { reason });
    this.live().in(sessionRoom(sessionTokenHash)).disconnectSockets(true);
  }

  /** Same as endSession, for every session of a person (deactivation). */
  endUser(userId: string, reason: SessionEndedEvent['reason']): void {
    this.live().to(userRoom(userId)).emit('session:ended', { reason });
    this.live().in(userRoom(userId)).disconnectSockets(true);
  }

  // A detached server has no engine to close (Server.close would throw). Closing the adapters of both its
  // namespaces (the main one got the adapter too) stops the stream polling.
  async onApplicationShutdown(): Promise<void> {
    if (this.detached) await Promise.all(['/', LIVE_NAMESPACE].map((name) => this.detached?.of(name).adapter.close()));
    this.detached = null;
  }

  private live(): RealtimeNamespace {
    if (this.namespace) return this.namespace;
    if (!this.detached) {
      this.detached = new Server({ serveClient: false });
      const adapter = this.adapter.adapter();
      if (adapter) this.detached.adapter(adapter);
    }
    return this.detached.of(LIVE_NAMESPACE);
  }
}
