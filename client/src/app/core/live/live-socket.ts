import { type ClientToServerEvents, LIVE_NAMESPACE, type ServerToClientEvents } from '@kotopaikka/contracts';

import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { Socket } from 'socket.io-client';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The one `/live` connection for a logged-in user (the handshake reads the session cookie).
 * socket.io-client is imported on demand so that it stays out of the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class LiveConnection {
  private readonly socketSignal = signal<LiveSocket | null>(null);
  private connecting: Promise<LiveSocket> | null = null;
  private wanted = false;

  readonly socket = this.socketSignal.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  connect(): Promise<LiveSocket> {
    const current = this.socketSignal();
    if (current) return Promise.resolve(current);
    this.wanted = true;
    this.connecting ??= import('socket.io-client').then(({ io }) => {
      const socket: LiveSocket = io(LIVE_NAMESPACE, { withCredentials: true, transports: ['websocket', 'polling'] });
      this.connecting = null;
      // A logout may have come while the library was loading.
      if (this.wanted) this.socketSignal.set(socket);
      else socket.disconnect();
      return socket;
    });
    return this.connecting;
  }

  disconnect(): void {
    this.wanted = false;
    this.socketSignal()?.disconnect();
    this.socketSignal.set(null);
  }
}
