import type { CourseAuthoring, CourseOrderRequest } from '@kotopaikka/contracts';

/** A copy of `items` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const target = Math.max(0, Math.min(copy.length - 1, to));
  if (from < 0 || from >= copy.length || from === target) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(target, 0, moved);
  return copy;
}

/** The course's whole order, as the server takes it. */
export function orderOf(course: CourseAuthoring): CourseOrderRequest {
  return {
    modules: course.modules.map((m) => ({
      id: m.id,
      lessons: m.lessons.map((l) => ({
        id: l.id,
        blockIds: l.blocks.map((b) => b.id),
      })),
    })),
  };
}

export function moveModule(course: CourseAuthoring, from: number, to: number): CourseAuthoring {
  return { ...course, modules: moveItem(course.modules, from, to) };
}

export function moveLesson(course: CourseAuthoring, moduleId: string, from: number, to: number): CourseAuthoring {
  return {
    ...course,
    modules: course.modules.map((m) => (m.id === moduleId ? { ...m, lessons: moveItem(m.lessons, from, to) } : m)),
  };
}

export function moveBlock(course: CourseAuthoring, lessonId: string, from: number, to: number): CourseAuthoring {
  return {
    ...course,
    modules: course.modules.map((m) => ({
      ...m,
      lessons: m.lessons.map((l) => (l.id === lessonId ? { ...l, blocks: moveItem(l.blocks, from, to) } : l)),
    })),
  };
}
