import type { CourseDetail, CourseLesson } from '@kotopaikka/contracts';

/** Every lesson of the course in reading order, with the module it belongs to. */
export function lessonsInOrder(course: CourseDetail): { lesson: CourseLesson; moduleTitle: string }[] {
  return course.modules.flatMap((module) => module.lessons.map((lesson) => ({ lesson, moduleTitle: module.title })));
}

/** A required quiz in the lesson is not passed yet. */
export function quizPending(lesson: CourseLesson): boolean {
  return lesson.blocks.some((block) => block.kind === 'quiz' && block.required && !block.passed);
}

/** Done to the learner: read, and its required quizzes passed. */
export function lessonComplete(lesson: CourseLesson): boolean {
  return lesson.done && !quizPending(lesson);
}

/** The first lesson not done yet, else one whose required quiz waits, else the first lesson (to read again). */
export function firstLessonToContinue(course: CourseDetail): string | null {
  const lessons = lessonsInOrder(course);
  const entry = lessons.find((e) => !e.lesson.done) ?? lessons.find((e) => quizPending(e.lesson)) ?? lessons[0];
  return entry?.lesson.id ?? null;
}
