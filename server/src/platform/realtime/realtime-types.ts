import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '@kotopaikka/contracts';
import type { Namespace, Socket } from 'socket.io';

// Server-side emits between nodes carry nothing, so the inter-server map is empty.
type InterServerEvents = Record<string, never>;

export type RealtimeNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (sessionTokenHash: string): string => `session:${sessionTokenHash}`;
