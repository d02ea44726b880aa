import { TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { LiveFormat } from './live-format';

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('LiveFormat.range', () => {
  let format: LiveFormat;

  beforeEach(() => {
    localStorage.clear();
    format = TestBed.inject(LiveFormat);
  });

  it('names the day once when the session starts and ends on the same Helsinki day', () => {
    const fi = format.range('2026-12-07T08:00:00Z', '2026-12-07T09:00:00Z');
    expect(occurrences(fi, '7.12.2026')).toBe(1);
    expect(fi).toContain('10.00');
    expect(fi).toContain('11.00');
    TestBed.inject(Translator).use('en');
    const en = format.range('2026-12-07T08:00:00Z', '2026-12-07T09:00:00Z');
    expect(occurrences(en, '2026')).toBe(1);
    expect(en).toContain('10:00');
    expect(en).toContain('11:00');
  });

  it('goes by the Helsinki day, not the UTC one: past Helsinki midnight both days, after it one', () => {
    const overMidnight = format.range('2026-12-07T21:30:00Z', '2026-12-07T22:30:00Z');
    expect(overMidnight).toContain('7.12.2026');
    expect(overMidnight).toContain('8.12.2026');
    // 00.30–01.30 on the 7th in Helsinki, still the 6th in UTC.
    const earlyMorning = format.range('2026-12-06T22:30:00Z', '2026-12-06T23:30:00Z');
    expect(occurrences(earlyMorning, '7.12.2026')).toBe(1);
    expect(earlyMorning).not.toContain('6.12.2026');
  });

  it('writes both days in full for a session over several days', () => {
    const days = format.range('2026-12-07T08:00:00Z', '2026-12-09T14:00:00Z');
    expect(days).toContain('7.12.2026');
    expect(days).toContain('9.12.2026');
  });
});
