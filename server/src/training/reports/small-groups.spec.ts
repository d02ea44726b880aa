import type { CourseReportFigures } from '@kotopaikka/contracts';

import { isSmallGroup, suppressSmallGroups } from './small-groups';

const group = (enrolled: number, completed = 0): CourseReportFigures => ({
  enrolled,
  inProgress: enrolled - completed,
  completed,
  averageQuizScorePercent: 80,
  averageCompletionDays: 3,
  suppressed: false,
});

describe('small groups', () => {
  it('are 1 to 4 people; none and five are not', () => {
    expect([0, 1, 4, 5].map((n) => isSmallGroup(group(n)))).toEqual([false, true, true, false]);
  });

  it('withhold every figure of a small group', () => {
    expect(suppressSmallGroups([group(3, 1), group(7), group(9)])[0]).toEqual({
      enrolled: null,
      inProgress: null,
      completed: null,
      averageQuizScorePercent: null,
      averageCompletionDays: null,
      suppressed: true,
    });
  });

  it('withhold the next smallest group with a lone small one, so the total minus the rest does not give it away', () => {
    const out = suppressSmallGroups([group(12), group(2), group(7), group(30)]);
    expect(out.map((g) => g.suppressed)).toEqual([false, true, true, false]);
    expect(out[0].enrolled).toBe(12);
  });

  it('leave groups of five or more as they are', () => {
    const groups = [group(5, 5), group(6)];
    expect(suppressSmallGroups(groups)).toEqual(groups);
  });
});
