import { type ClientToServerEvents, LIVE_NAMESPACE, type ServerToClientEvents } from '@kotopaikka/contracts';

import { io, type Socket } from 'socket.io-client';

import type { TestAgent } from './test-agent';

/** A socket.io-client on `/live`, typed like the Angular client's. */
export type LiveTestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Opens `/live` as a browser tab would: the agent's session cookie, and any other handshake headers (`origin`). */
export function connectLive(baseUrl: string, agent?: TestAgent, headers: Record<string, string> = {}): LiveTestClient {
  const session = agent?.cookie('kp_session');
  return io(`${baseUrl}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { ...headers, ...(session ? { cookie: `kp_session=${encodeURIComponent(session)}` } : {}) },
  });
}

/** Resolves on connect; rejects with the handshake's refusal (`err.data.code`). */
export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}
