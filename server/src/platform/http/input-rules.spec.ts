import { isCalendarDate, isInstant, isSafeEmailAddress } from './input-rules';

describe('isCalendarDate', () => {
  it('takes days that exist, leap days in leap years included', () => {
    for (const d of ['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '0001-01-01'])
      expect(isCalendarDate(d)).toBe(true);
  });

  it('refuses days that do not exist and anything not YYYY-MM-DD', () => {
    for (const d of [
      '2026-02-30',
      '2026-13-01',
      '2027-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-00-01',
      '2026-01-00',
      '0000-01-01',
      '31.1.2027',
      '2026-1-1',
      '2026-01-01T00:00:00Z',
      20260101,
      null,
    ]) {
      expect(isCalendarDate(d)).toBe(false);
    }
  });
});

describe('isInstant', () => {
  it('takes instants with an offset or Z, seconds and fractions optional', () => {
    for (const v of [
      '2027-03-01T09:00:00+02:00',
      '2027-03-01T09:00Z',
      '2027-03-01T07:00:00.123Z',
      '2027-03-01T07:00:00.123456-05:30',
      '2028-02-29T23:59:59+14:00',
    ])
      expect(isInstant(v)).toBe(true);
  });

  it('refuses impossible days and times, local times without an offset, and anything not ISO 8601', () => {
    for (const v of [
      '2027-02-30T09:00:00Z',
      '2027-02-29T09:00:00Z',
      '2027-03-01T24:00:00Z',
      '2027-03-01T09:60:00Z',
      '2027-03-01T09:00:61Z',
      '2027-03-01T09:00:00+15:00',
      '2027-03-01T09:00:00',
      '2027-03-01',
      '1.3.2027 klo 9',
      '2027-03-01T09:00:00+0200',
      1_780_000_000_000,
      null,
    ])
      expect(isInstant(v)).toBe(false);
  });
});

describe('isSafeEmailAddress', () => {
  it('takes ordinary addresses, non-ASCII ones included', () => {
    expect(isSafeEmailAddress('aino.virtanen@demo.kotopaikka.fi')).toBe(true);
    expect(isSafeEmailAddress('olena+kurssi@example.test')).toBe(true);
  });

  it('refuses quoted line breaks, controls, bidi overrides and invisible characters, and overlong addresses', () => {
    for (const e of [
      '"x\r\nbcc: v@example.test"@example.test',
      '"x\ny"@example.test',
      'x\u202e@example.test',
      'a@exa\u2067mple.test',
      'x\u200b@example.test',
      '"x\u0085"@example.test',
      `${'a'.repeat(250)}@example.test`,
    ]) {
      expect(isSafeEmailAddress(e)).toBe(false);
    }
  });
});
