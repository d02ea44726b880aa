import type { CourseDetail, CourseLesson } from '@kotopaikka/contracts';

/** Every lesson of the course in reading order, with the module it belongs to. */
export function lessonsInOrder(course: CourseDetail): { lesson: CourseLesson; moduleTitle: string }[] {
  return course.modules.flatMap((module) => module.lessons.map((lesson) => ({ lesson, moduleTitle: module.title })));
}

/** The first lesson not done yet, or the first lesson when all are done (to read again). */
export function firstLessonToContinue(course: CourseDetail): string | null {
  const lessons = lessonsInOrder(course);
  return (lessons.find((entry) => !entry.lesson.done) ?? lessons[0])?.lesson.id ?? null;
}
