import { isCalendarDate, isSafeEmailAddress } from './input-rules';

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
