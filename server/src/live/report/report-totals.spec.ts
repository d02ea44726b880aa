import type { AttendanceRow } from '../attendance/attendance.service';
import { totals } from './report.service';

const at = (minute: number): Date => new Date(Date.UTC(2026, 2, 20, 8, minute));

function row(
  name: string,
  minutes: number,
  stays: [number, number | null][],
  role: AttendanceRow['role'] = 'participant',
) {
  return {
    participantId: name,
    name,
    role,
    firstJoinedAt: at(stays[0][0]),
    lastLeftAt: stays.at(-1)?.[1] === null ? null : at(stays.at(-1)?.[1] ?? 0),
    minutes,
    stays: stays.map(([j, l]) => ({ joinedAt: at(j), leftAt: l === null ? null : at(l) })),
  } satisfies AttendanceRow;
}

describe('session report totals', () => {
  it('is all zeros for a session nobody attended', () => {
    expect(totals([])).toEqual({ participants: 0, guests: 0, medianMinutes: 0, averageMinutes: 0, peakConcurrent: 0 });
  });

  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    const three = [row('a', 10, [[0, 10]]), row('b', 50, [[0, 50]]), row('c', 30, [[0, 30]], 'guest')];
    expect(totals(three)).toMatchObject({ participants: 3, guests: 1, medianMinutes: 30, averageMinutes: 30 });
    expect(totals([...three, row('d', 41, [[0, 41]])])).toMatchObject({ medianMinutes: 35.5, averageMinutes: 32.8 });
  });

  it('counts the most people in the room at one moment; one leaving as another joins is not an overlap', () => {
    const rows = [
      row('a', 30, [[0, 30]]),
      row('b', 30, [[30, 60]]),
      row('c', 40, [
        [5, 20],
        [25, null],
      ]),
    ];
    // 0–30: a and c (from 5); 30 on: b and c. Never three.
    expect(totals(rows).peakConcurrent).toBe(2);
    expect(totals([...rows, row('d', 5, [[10, 15]])]).peakConcurrent).toBe(3);
  });
});
