/** The two reminders before a session's start, and how long before it each is due. */
export const LIVE_REMINDER_OFFSETS_MS = {
  day_before: 24 * 60 * 60 * 1000,
  soon: 15 * 60 * 1000,
} as const;
export type LiveReminderKind = keyof typeof LIVE_REMINDER_OFFSETS_MS;
export const LIVE_REMINDER_KINDS = Object.keys(LIVE_REMINDER_OFFSETS_MS) as LiveReminderKind[];

/** What live_reminder_sent records: a reminder or the cancellation notice. */
export type LiveNoticeKind = LiveReminderKind | 'cancelled';

/** The `live` queue's reminder job: about the start it was planned for, so a rescheduled session makes it a no-op. */
export interface LiveReminderPayload {
  sessionId: string;
  kind: LiveReminderKind;
  /** ISO instant of the start when the reminder was planned. */
  startsAt: string;
}

/** The `live` queue's cancellation notice job. */
export interface LiveCancelledPayload {
  sessionId: string;
}
