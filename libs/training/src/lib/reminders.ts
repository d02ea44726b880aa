import { TIME_ZONE } from '@kotopaikka/contracts';

export const DEFAULT_REMINDER_AFTER_DAYS = 7;
export const REMINDER_INTERVAL_DAYS = 7;
export const DUE_SOON_DAYS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date `YYYY-MM-DD` in Europe/Helsinki. */
export type CalendarDate = string;

const helsinkiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Helsinki calendar day an instant falls on. */
export function helsinkiCalendarDate(instant: Date): CalendarDate {
  const parts = helsinkiDate.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function dayNumber(date: CalendarDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** No activity for `afterDays` full days (elapsed time, not calendar days). */
export function isStalled(lastActivityAt: Date, now: Date, afterDays: number): boolean {
  return now.getTime() - lastActivityAt.getTime() >= afterDays * DAY_MS;
}

/** At most one stall reminder a week per learner. */
export function mayRemindAgain(lastRemindedAt: Date | null, now: Date): boolean {
  return lastRemindedAt === null || now.getTime() - lastRemindedAt.getTime() >= REMINDER_INTERVAL_DAYS * DAY_MS;
}

/** Helsinki calendar days from today until the due date: 0 on the day, negative when overdue. */
export function daysUntilDue(dueDate: CalendarDate, now: Date): number {
  return dayNumber(dueDate) - dayNumber(helsinkiCalendarDate(now));
}

/**
 * From 3 Helsinki calendar days before the due date up to the day itself: a window rather than one day,
 * so a missed job run still reminds; the caller records that it reminded, once per enrollment.
 */
export function dueSoon(dueDate: CalendarDate, now: Date): boolean {
  const days = daysUntilDue(dueDate, now);
  return days >= 0 && days <= DUE_SOON_DAYS;
}
