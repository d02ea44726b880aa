import fc from 'fast-check';

import { daysUntilDue, dueSoon, helsinkiCalendarDate, isStalled, mayRemindAgain } from './reminders';

const at = (iso: string) => new Date(iso);
const DAY = 24 * 60 * 60 * 1000;

describe('isStalled', () => {
  it('is stalled after the given number of full days without activity', () => {
    const last = at('2026-11-10T12:00:00Z');
    expect(isStalled(last, at('2026-11-17T11:59:59Z'), 7)).toBe(false);
    expect(isStalled(last, at('2026-11-17T12:00:00Z'), 7)).toBe(true);
    expect(isStalled(last, at('2026-11-12T12:00:00Z'), 2)).toBe(true);
  });
});

describe('mayRemindAgain', () => {
  it('reminds at most once a week', () => {
    expect(mayRemindAgain(null, at('2026-11-27T08:00:00Z'))).toBe(true);
    expect(mayRemindAgain(at('2026-11-20T08:00:01Z'), at('2026-11-27T08:00:00Z'))).toBe(false);
    expect(mayRemindAgain(at('2026-11-20T08:00:00Z'), at('2026-11-27T08:00:00Z'))).toBe(true);
  });
});

describe('dueSoon in Helsinki calendar days', () => {
  it('counts days on the Helsinki calendar, not UTC', () => {
    // 21:59 UTC is 23:59 in Helsinki in winter; 22:00 UTC is already the next day there.
    expect(helsinkiCalendarDate(at('2026-11-27T21:59:00Z'))).toBe('2026-11-27');
    expect(helsinkiCalendarDate(at('2026-11-27T22:00:00Z'))).toBe('2026-11-28');
    // Summer time: UTC+3.
    expect(helsinkiCalendarDate(at('2026-06-10T21:00:00Z'))).toBe('2026-06-11');
    expect(daysUntilDue('2026-12-01', at('2026-11-27T21:59:00Z'))).toBe(4);
    expect(daysUntilDue('2026-12-01', at('2026-11-27T22:00:00Z'))).toBe(3);
  });

  it('is due soon from three days before the due date through the day itself', () => {
    expect(dueSoon('2026-12-01', at('2026-11-27T21:59:00Z'))).toBe(false);
    expect(dueSoon('2026-12-01', at('2026-11-27T22:00:00Z'))).toBe(true);
    expect(dueSoon('2026-12-01', at('2026-12-01T21:00:00Z'))).toBe(true);
    expect(dueSoon('2026-12-01', at('2026-12-01T22:00:00Z'))).toBe(false);
  });

  it('spans the daylight-saving change as whole calendar days', () => {
    // Clocks go back on 25 October 2026; the day before the 28th is still three days before it.
    expect(daysUntilDue('2026-10-28', at('2026-10-24T21:30:00Z'))).toBe(3);
    expect(daysUntilDue('2026-03-31', at('2026-03-27T22:30:00Z'))).toBe(3);
  });

  it('rejects a due date that is not a calendar date', () => {
    expect(() => daysUntilDue('1.12.2026', at('2026-11-27T10:00:00Z'))).toThrow(RangeError);
  });

  it('agrees with calendar arithmetic for any instant and offset', () => {
    const addDays = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.date({ min: at('2000-01-01T00:00:00Z'), max: at('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -40, max: 40 }),
        (now, offset) => {
          const due = addDays(helsinkiCalendarDate(now), offset);
          expect(daysUntilDue(due, now)).toBe(offset);
          expect(dueSoon(due, now)).toBe(offset >= 0 && offset <= 3);
        },
      ),
    );
  });

  it('keeps stall and weekly-limit decisions monotone in time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * DAY }),
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.integer({ min: 1, max: 30 }),
        (elapsed, later, afterDays) => {
          const last = at('2026-01-01T00:00:00Z');
          const now = new Date(last.getTime() + elapsed);
          const then = new Date(now.getTime() + later);
          if (isStalled(last, now, afterDays)) expect(isStalled(last, then, afterDays)).toBe(true);
          if (mayRemindAgain(last, now)) expect(mayRemindAgain(last, then)).toBe(true);
          expect(isStalled(last, now, afterDays)).toBe(elapsed >= afterDays * DAY);
        },
      ),
    );
  });
});
