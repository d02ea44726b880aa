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

/**
 * Every kind the platform sends; the client has a text for each in every language (a spec checks it). Params
 * that differ by language come as `name.fi` and `name.en`, and the client shows `{name}` in the viewer's.
 */
export const NOTIFICATION_KINDS = [
  'welcome',
  'certificate_issued',
  'training.assigned',
  'live_session_reminder',
  'live_session_cancelled',
  // A seat freed and the person moved up from a live session's waitlist; params `sessionTitle.{locale}`.
  'live.waitlist_promoted',
  // Mentoring (server/src/mentoring): params `programName` and `otherName`, linking to the pairing.
  'mentoring.proposal',
  'mentoring.proposal_reminder',
  'mentoring.proposal_expired',
  'mentoring.pairing_active',
  'mentoring.proposal_declined',
  'mentoring.fit_alert',
  'mentoring.agreement_changed',
  'mentoring.completion_reminder',
  'mentoring.completed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
