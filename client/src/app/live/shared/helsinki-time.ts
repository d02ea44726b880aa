import { TIME_ZONE } from '@kotopaikka/contracts';

/**
 * Calendar arithmetic in Europe/Helsinki without a date library. A day is a key `YYYY-MM-DD` (a calendar date, the
 * same everywhere); an instant is an ISO string in UTC. Conversions go through Intl, so daylight saving time comes
 * from the browser's time-zone data, not from a rule written here.
 */
export type DayKey = string;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function wallClock(instant: Date): WallClock {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']) % 24,
    minute: Number(parts['minute']),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Helsinki's offset from UTC at `instant`, in milliseconds (+2 h in winter, +3 h in summer). */
function offsetAt(instant: number): number {
  const w = wallClock(new Date(instant));
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/** The Helsinki calendar day an instant falls on. */
export function helsinkiDay(instant: string | Date): DayKey {
  const w = wallClock(new Date(instant));
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** `2026-03-29T10:00:00Z` → `2026-03-29T13:00`: the value of a datetime-local input showing Helsinki time. */
export function toHelsinkiLocal(instant: string | Date): string {
  const w = wallClock(new Date(instant));
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * A datetime-local value read as Helsinki time → the ISO instant (UTC). A time in the spring-forward gap
 * (03:00–03:59 on the last Sunday of March) moves an hour on, as a clock would; a time the autumn repeats
 * (03:00–03:59 on the last Sunday of October) is taken in summer time, its first occurrence.
 */
export function fromHelsinkiLocal(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset a little before the wall time decides which side of a change the time is read on.
  const before = offsetAt(wall - 3 * 3_600_000);
  const after = offsetAt(wall - before);
  const offset = Math.max(before, after);
  const candidate = wall - offset;
  // In the autumn overlap both offsets fit: the larger one (summer time) is the first occurrence.
  return new Date(offsetAt(candidate) === offset ? candidate : wall - Math.min(before, after)).toISOString();
}

export function dayKey(year: number, month: number, day: number): DayKey {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function splitKey(key: DayKey): [number, number, number] {
  const [y, m, d] = key.split('-').map(Number);
  return [y, m, d];
}

export function addDays(key: DayKey, days: number): DayKey {
  const [y, m, d] = splitKey(key);
  return dayKey(y, m, d + days);
}

/** The same day of month `months` later, clamped to the month's end (31 January + 1 → 28/29 February). */
export function addMonths(key: DayKey, months: number): DayKey {
  const [y, m, d] = splitKey(key);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return dayKey(y, m + months, Math.min(d, last));
}

/** Monday of the week (Finland's weeks start on Monday, ISO 8601). */
export function weekStart(key: DayKey): DayKey {
  const [y, m, d] = splitKey(key);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(key, -weekday);
}

export function monthStart(key: DayKey): DayKey {
  const [y, m] = splitKey(key);
  return dayKey(y, m, 1);
}

/** The days of a week, Monday first. */
export function weekDays(key: DayKey): DayKey[] {
  const start = weekStart(key);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** A month as whole weeks (Monday to Sunday) that cover it, for a calendar grid. */
export function monthWeeks(key: DayKey): DayKey[][] {
  const first = monthStart(key);
  const last = addDays(addMonths(first, 1), -1);
  const weeks: DayKey[][] = [];
  for (let start = weekStart(first); start <= last; start = addDays(start, 7)) weeks.push(weekDays(start));
  return weeks;
}

export function sameMonth(a: DayKey, b: DayKey): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** The instant a Helsinki day begins (00:00 local), for a list query's `from`/`to`. */
export function startOfHelsinkiDay(key: DayKey): string {
  return fromHelsinkiLocal(`${key}T00:00`) as string;
}

/** A day key as a Date at noon UTC: Intl shows the right calendar day for it in Helsinki and any zone. */
export function dayAsDate(key: DayKey): Date {
  const [y, m, d] = splitKey(key);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** ISO 8601 week number, for the week view's heading. */
export function isoWeekNumber(key: DayKey): number {
  const thursday = addDays(weekStart(key), 3);
  const [y] = splitKey(thursday);
  const firstThursday = addDays(weekStart(dayKey(y, 1, 4)), 3);
  const diff = (dayAsDate(thursday).getTime() - dayAsDate(firstThursday).getTime()) / 86_400_000;
  return Math.round(diff / 7) + 1;
}
