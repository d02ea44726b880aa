import { isEmail, ValidateBy, type ValidationOptions } from 'class-validator';

import { hasInvisibleCharacters } from '../errors/text-safety';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a day that exists: 2026-02-30, 2026-13-01 and 2026-02-29 fail the calendar, not the database. */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The one rule for every date field of a request. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: isCalendarDate,
        defaultMessage: (a) => `${a?.property ?? 'date'} must be a date that exists, YYYY-MM-DD`,
      },
    },
    options,
  );
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 instant with seconds optional and an explicit offset (`Z` or `±hh:mm`), on a day that exists:
 * local times without an offset are refused, because they would be read in the server's time zone.
 */
export function isInstant(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  if (!match || !isCalendarDate(match[1])) return false;
  const [hours, minutes, seconds, offsetHours, offsetMinutes] = match.slice(2).map((v) => Number(v ?? 0));
  if (hours > 23 || minutes > 59 || seconds > 59 || offsetHours > 14 || offsetMinutes > 59) return false;
  return !Number.isNaN(new Date(value as string).getTime());
}

/** The one rule for every instant (date and time) field of a request. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: (a) =>
          `${a?.property ?? 'time'} must be a date and time that exist, ISO 8601 with an offset (2027-03-01T09:00:00+02:00)`,
      },
    },
    options,
  );
}

/**
 * An address we will put in a mail header: a valid address with no control, bidi or invisible character, which
 * RFC 5322 quoting allows (`"x\r\nbcc: …"@example.com`) but which can only be there to deceive.
 */
export function isSafeEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && !hasInvisibleCharacters(value) && isEmail(value);
}

/** The one rule for every e-mail address field of a request. */
export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: isSafeEmailAddress,
        defaultMessage: (a) =>
          `${a?.property ?? 'email'} must be an e-mail address without control or direction characters`,
      },
    },
    options,
  );
}
