import type { AppNotification } from './notifications';
import type { SocketAck } from './errors';

/** The live namespace; later capabilities (live sessions, mentoring) add their events here. */
export const LIVE_NAMESPACE = '/live';

export interface ServerToClientEvents {
  'notification:new': (notification: AppNotification) => void;
  'notification:unread': (payload: { unread: number }) => void;
  'session:ended': (payload: { reason: 'logout' | 'expired' | 'deactivated' }) => void;
}

export interface ClientToServerEvents {
  'notification:read': (payload: { id: string }, ack: (result: SocketAck<{ unread: number }>) => void) => void;
}

/** What the server keeps on each authenticated socket. */
export interface SocketData {
  userId: string;
  sessionId: string;
}
