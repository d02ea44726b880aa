import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from '@kotopaikka/contracts';

import type { Namespace, Socket } from 'socket.io';

export type RealtimeNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const userRoom = (userId: string): string => `user:${userId}`;
export const sessionRoom = (sessionTokenHash: string): string => `session:${sessionTokenHash}`;
