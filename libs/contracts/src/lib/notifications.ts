export interface AppNotification {
  id: string;
  /** Each capability adds its own kinds; the client falls back to a generic text for unknown ones. */
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: AppNotification[];
  nextCursor: string | null;
  unread: number;
}

/** Answer of marking notifications read: how many remain unread. */
export interface NotificationUnread {
  unread: number;
}
