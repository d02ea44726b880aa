import {
  addMonths,
  fromHelsinkiLocal,
  helsinkiDay,
  isoWeekNumber,
  monthWeeks,
  startOfHelsinkiDay,
  toHelsinkiLocal,
  weekDays,
} from './helsinki-time';

describe('Helsinki time', () => {
  it('reads a datetime-local value as Helsinki time on both sides of the spring change', () => {
    expect(fromHelsinkiLocal('2026-03-29T02:30')).toBe('2026-03-29T00:30:00.000Z'); // EET, +2
    expect(fromHelsinkiLocal('2026-03-29T04:30')).toBe('2026-03-29T01:30:00.000Z'); // EEST, +3
    expect(fromHelsinkiLocal('2026-07-01T12:00')).toBe('2026-07-01T09:00:00.000Z');
    expect(fromHelsinkiLocal('2026-12-24T12:00')).toBe('2026-12-24T10:00:00.000Z');
  });

  it('moves a time in the spring gap an hour on and takes the first of a repeated autumn hour', () => {
    // 03:30 does not exist on 29 March 2026: the clock goes from 03:00 to 04:00.
    expect(fromHelsinkiLocal('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    // 03:30 happens twice on 25 October 2026; the first is in summer time.
    expect(fromHelsinkiLocal('2026-10-25T03:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(fromHelsinkiLocal('2026-10-25T04:30')).toBe('2026-10-25T02:30:00.000Z');
    expect(fromHelsinkiLocal('not a time')).toBeNull();
  });

  it('shows instants as Helsinki wall-clock time and day, and round-trips', () => {
    expect(toHelsinkiLocal('2026-03-29T07:00:00Z')).toBe('2026-03-29T10:00');
    expect(toHelsinkiLocal('2026-03-28T08:00:00Z')).toBe('2026-03-28T10:00');
    expect(helsinkiDay('2026-12-31T22:30:00Z')).toBe('2027-01-01');
    for (const local of ['2026-01-15T08:15', '2026-06-21T23:59', '2026-10-25T05:00', '2027-03-28T09:00']) {
      expect(toHelsinkiLocal(fromHelsinkiLocal(local) as string)).toBe(local);
    }
  });

  it('bounds weeks and months by Helsinki midnight, whatever the offset', () => {
    expect(startOfHelsinkiDay('2026-03-01')).toBe('2026-02-28T22:00:00.000Z');
    expect(startOfHelsinkiDay('2026-04-01')).toBe('2026-03-31T21:00:00.000Z');
    expect(weekDays('2026-03-25')).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    const march = monthWeeks('2026-03-25');
    expect(march[0][0]).toBe('2026-02-23');
    expect(march[march.length - 1][6]).toBe('2026-04-05');
    expect(march.every((week) => week.length === 7)).toBeTrue();
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(isoWeekNumber('2026-03-25')).toBe(13);
    expect(isoWeekNumber('2027-01-01')).toBe(53);
  });
});
