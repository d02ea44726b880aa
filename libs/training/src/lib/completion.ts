export interface OutlineLesson {
  id: string;
  required: boolean;
}

/** The course structure as it is now (after any edits), lessons in course order. */
export interface CourseOutline {
  lessons: readonly OutlineLesson[];
  requiredQuizIds: readonly string[];
}

/** What one enrollment has done; ids of lessons or quizzes no longer in the course are ignored. */
export interface EnrollmentProgress {
  doneLessonIds: readonly string[];
  passedQuizIds: readonly string[];
}

export interface CountedItems {
  lessonIds: string[];
  quizIds: string[];
}

/**
 * The items completion counts: required lessons and required quizzes. A course with nothing marked
 * required counts every lesson, so that it does not complete on enrollment.
 */
export function countedItems(outline: CourseOutline): CountedItems {
  const lessonIds = new Set(outline.lessons.map((l) => l.id));
  const required = outline.lessons.filter((l) => l.required).map((l) => l.id);
  const quizIds = [...new Set(outline.requiredQuizIds)];
  if (required.length === 0 && quizIds.length === 0) return { lessonIds: [...lessonIds], quizIds: [] };
  return { lessonIds: [...new Set(required)], quizIds };
}

function progressCounts(outline: CourseOutline, progress: EnrollmentProgress): { done: number; total: number } {
  const items = countedItems(outline);
  const doneLessons = new Set(progress.doneLessonIds);
  const passedQuizzes = new Set(progress.passedQuizIds);
  const done =
    items.lessonIds.filter((id) => doneLessons.has(id)).length +
    items.quizIds.filter((id) => passedQuizzes.has(id)).length;
  return { done, total: items.lessonIds.length + items.quizIds.length };
}

/** An empty course is never complete: there is nothing to have completed. */
export function isComplete(outline: CourseOutline, progress: EnrollmentProgress): boolean {
  const { done, total } = progressCounts(outline, progress);
  return total > 0 && done === total;
}

/** Floored, so 100 appears only when the course is complete. */
export function progressPercent(outline: CourseOutline, progress: EnrollmentProgress): number {
  const { done, total } = progressCounts(outline, progress);
  if (total === 0) return 0;
  return Math.floor((done * 100) / total);
}

/** "Continue where I left off": the first required lesson not done, else the first lesson not done, else null. */
export function nextLesson(outline: CourseOutline, progress: EnrollmentProgress): string | null {
  const done = new Set(progress.doneLessonIds);
  const undone = outline.lessons.filter((l) => !done.has(l.id));
  const next = undone.find((l) => l.required) ?? undone[0];
  return next ? next.id : null;
}

/**
 * The completion time after a progress change or a course edit: once set it stays (an edit never
 * revokes a completion), otherwise it is `now` exactly when the current outline is complete.
 * `T` is whatever the caller uses for instants (Date, ISO string).
 */
export function completionAfterEdit<T>(
  previousCompletedAt: T | null,
  outline: CourseOutline,
  progress: EnrollmentProgress,
  now: T,
): T | null {
  if (previousCompletedAt !== null) return previousCompletedAt;
  return isComplete(outline, progress) ? now : null;
}
