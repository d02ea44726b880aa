import { type CourseReportFigures, SMALL_GROUP_MAX } from '@kotopaikka/contracts';

/** A group of 1–4 people: small enough that a reader who knows the place could tell who they are. */
export function isSmallGroup(figures: CourseReportFigures): boolean {
  return figures.enrolled !== null && figures.enrolled > 0 && figures.enrolled <= SMALL_GROUP_MAX;
}

export function withheld<T extends CourseReportFigures>(figures: T): T {
  return {
    ...figures,
    enrolled: null,
    inProgress: null,
    completed: null,
    averageQuizScorePercent: null,
    averageCompletionDays: null,
    suppressed: true,
  };
}

/**
 * Withholds every small group and, when exactly one of the groups that add up to a total is withheld, the next
 * smallest one too, so the withheld figures cannot be worked out by subtracting the others from the total.
 */
export function suppressSmallGroups<T extends CourseReportFigures>(groups: readonly T[]): T[] {
  const result = groups.map((g) => (isSmallGroup(g) ? withheld(g) : g));
  if (result.filter((g) => g.suppressed).length === 1) {
    const shown = result.map((g, i) => ({ g, i })).filter(({ g }) => !g.suppressed && (g.enrolled ?? 0) > 0);
    shown.sort((a, b) => (a.g.enrolled ?? 0) - (b.g.enrolled ?? 0));
    if (shown[0]) result[shown[0].i] = withheld(shown[0].g);
  }
  return result;
}
