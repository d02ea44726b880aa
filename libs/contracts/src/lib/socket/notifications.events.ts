import type { SocketAck } from '../errors';
import type { AppNotification, NotificationUnread } from '../notifications';

/** Payload of `notification:read`: one of the person's notifications. */
export interface NotificationReadRequest {
  id: string;
}

export interface NotificationsServerEvents {
  'notification:new': (notification: AppNotification) => void;
  'notification:unread': (payload: NotificationUnread) => void;
}

export interface NotificationsClientEvents {
  'notification:read': (payload: NotificationReadRequest, ack: (result: SocketAck<NotificationUnread>) => void) => void;
}

/** Every client-to-server event of notifications; `satisfies` keeps it equal to the interface's keys. */
export const NOTIFICATIONS_CLIENT_EVENTS = { 'notification:read': true } as const satisfies Record<
  keyof NotificationsClientEvents,
  true
>;
