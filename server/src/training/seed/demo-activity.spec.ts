import { type CourseOutline, isComplete, type LocalizedField, type Quiz } from '@kotopaikka/training';

import { DEMO_ACCOUNTS, DEMO_LEARNERS, demoEmail } from '../../accounts/seed/demo-accounts';
import { DEMO_ENROLLMENTS, DEMO_REFLECTIONS, type DemoEnrollment } from './demo-activity';
import { seedCourses } from './index';
import { type CourseShape, planActivity, type PlannedActivity } from './load-demo-activity';

const NOW = new Date('2026-11-27T10:00:00Z');

/** A seed course as the loader reads it from the database, with ids made from positions. */
function shapeOf(slug: string): { shape: CourseShape; outline: CourseOutline } {
  const course = seedCourses.find((c) => c.slug === slug);
  if (!course) throw new Error(`no seed course ${slug}`);
  const lessons = course.modules
    .flatMap((m) => m.lessons)
    .map((lesson, l) => {
      const quizBlock = lesson.blocks.find((b) => b.kind === 'quiz');
      const quiz: Quiz<LocalizedField> | null =
        quizBlock?.kind === 'quiz'
          ? {
              id: `${slug}/quiz${l}`,
              passMarkPercent: quizBlock.quiz.passMarkPercent,
              maxAttempts: quizBlock.quiz.maxAttempts,
              questions: quizBlock.quiz.questions.map((q, qi) => ({
                id: `q${qi}`,
                kind: q.kind,
                // Spread: an L10n interface is not a LocalizedField record until copied into a plain object.
                prompt: { ...q.prompt },
                options: q.options.map((o, oi) => ({
                  id: `q${qi}o${oi}`,
                  text: { ...o.text },
                  correct: o.correct,
                  feedback: { ...o.feedback },
                })),
              })),
            }
          : null;
      const reflectionIds = lesson.blocks.flatMap((b, bi) => (b.kind === 'reflection' ? [`${slug}/l${l}b${bi}`] : []));
      return { id: `${slug}/l${l}`, required: lesson.required, reflectionIds, quiz };
    });
  return {
    shape: { courseId: slug, lessons: lessons.map(({ id, reflectionIds, quiz }) => ({ id, reflectionIds, quiz })) },
    outline: {
      lessons: lessons.map(({ id, required }) => ({ id, required })),
      requiredQuizIds: lessons.flatMap((l) => (l.quiz ? [l.quiz.id] : [])),
    },
  };
}

function plan(entry: DemoEnrollment): { activity: PlannedActivity; complete: boolean } {
  const { shape, outline } = shapeOf(entry.slug);
  const activity = planActivity(entry, shape, DEMO_REFLECTIONS[entry.slug], NOW, 5);
  const complete = isComplete(outline, {
    doneLessonIds: activity.lessonsDone.map((d) => d.lessonId),
    passedQuizIds: activity.attempts.filter((a) => a.passed).map((a) => a.quizId),
  });
  return { activity, complete };
}

const local = (email: string): string => email.replace(/@.*/, '');

describe('demo learning activity', () => {
  const accounts = new Map([...DEMO_ACCOUNTS, ...DEMO_LEARNERS].map((a) => [a.email, a]));
  const planned = DEMO_ENROLLMENTS.map((entry) => ({ entry, ...plan(entry) }));

  it('names demo accounts and seed courses, each learner once per course, and every demo learner takes a course', () => {
    expect(DEMO_ENROLLMENTS.filter((e) => !accounts.has(e.email))).toEqual([]);
    expect(DEMO_ENROLLMENTS.filter((e) => !seedCourses.some((c) => c.slug === e.slug))).toEqual([]);
    expect(new Set(DEMO_ENROLLMENTS.map((e) => `${e.email} ${e.slug}`)).size).toBe(DEMO_ENROLLMENTS.length);
    expect(DEMO_LEARNERS.filter((l) => !DEMO_ENROLLMENTS.some((e) => e.email === l.email))).toEqual([]);
    expect(DEMO_LEARNERS.length).toBeGreaterThanOrEqual(20);
    // Learners in all eight municipalities, in every audience a course is for.
    expect(new Set(DEMO_ENROLLMENTS.map((e) => accounts.get(e.email)?.municipality)).size).toBe(8);
    for (const course of seedCourses) {
      expect(
        DEMO_ENROLLMENTS.some(
          (e) => e.slug === course.slug && course.audiences.includes(accounts.get(e.email)?.audience as never),
        ),
      ).toBe(true);
    }
  });

  it('lays every enrollment out in the past, in order, enrolled before any activity', () => {
    for (const { entry, activity } of planned) {
      const times = [
        ...activity.lessonsDone.map((d) => d.doneAt),
        ...activity.attempts.map((a) => a.at),
        ...activity.reflections.map((r) => r.at),
      ];
      for (const t of times) {
        expect(t.getTime()).toBeGreaterThanOrEqual(activity.enrolledAt.getTime());
        expect(t.getTime()).toBeLessThanOrEqual(activity.lastActivityAt.getTime());
      }
      expect(activity.lastActivityAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(activity.lessonsDone.map((d) => d.doneAt.getTime())).toEqual(
        [...activity.lessonsDone.map((d) => d.doneAt.getTime())].sort((a, b) => a - b),
      );
      expect(activity.lessonsDone).toHaveLength(entry.lessonsDone);
      expect(activity.reflections).toHaveLength(entry.reflections);
      expect(activity.attempts.map((a) => a.attemptNo)).toEqual(entry.quizAttempts.map((_, i) => i + 1));
    }
  });

  it('grades each attempt on its answers: the planned number right, only the last one passing', () => {
    for (const { entry, activity } of planned) {
      activity.attempts.forEach((attempt, i) => {
        expect(attempt.scorePercent).toBe(Math.floor((entry.quizAttempts[i] * 100) / attempt.answers.length));
        expect(attempt.passed).toBe(i === activity.attempts.length - 1 && attempt.passed);
      });
    }
    const failed = planned.flatMap(({ activity }) => activity.attempts.filter((a) => !a.passed));
    expect(failed.length).toBeGreaterThanOrEqual(4);
  });

  it('completes by the platform rule exactly the enrollments done through a passed quiz, one of them a demo account', () => {
    const completed = planned.filter((p) => p.complete).map((p) => `${local(p.entry.email)} ${p.entry.slug}`);
    expect(completed).toHaveLength(17);
    expect(completed).toContain(
      `onboarding ${planned.find((p) => p.entry.email === demoEmail('onboarding'))?.entry.slug}`,
    );
    // The other demo accounts are part-way, so their "my courses" shows a progress bar and a continue link.
    for (const name of ['decision', 'employer', 'guidance', 'mentee']) {
      const mine = planned.filter((p) => p.entry.email === demoEmail(name));
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((p) => !p.complete && p.activity.lessonsDone.length > 0)).toBe(true);
    }
    // Some finish only after failing once, some are stuck after failing.
    expect(planned.some((p) => p.complete && p.activity.attempts.length > 1)).toBe(true);
    expect(planned.some((p) => !p.complete && p.activity.attempts.length > 0)).toBe(true);
    expect(planned.some((p) => p.activity.lessonsDone.length === 0)).toBe(true);
  });

  it('gives Äänekoski at least five learners and a completion in every course, so its decision-maker sees figures, not "<5"', () => {
    for (const course of seedCourses) {
      const here = planned.filter(
        (p) => p.entry.slug === course.slug && accounts.get(p.entry.email)?.municipality === 'Äänekoski',
      );
      expect(here.length).toBeGreaterThanOrEqual(5);
      expect(here.some((p) => p.complete)).toBe(true);
    }
  });

  describe('refuses a history the platform could not have', () => {
    const entry = DEMO_ENROLLMENTS.find((e) => e.quizAttempts.length === 1) as DemoEnrollment;
    const { shape } = shapeOf(entry.slug);
    const attempt = (change: Partial<DemoEnrollment>) => () =>
      planActivity({ ...entry, ...change }, shape, ['vastaus'], NOW);

    it('an attempt beyond the allowed ones, or after a pass', () => {
      expect(attempt({ quizAttempts: [1, 1, 1, 7] })).toThrow(/attempt 4/);
      expect(attempt({ quizAttempts: [7, 7] })).toThrow(/attempt 2/);
    });

    it('a quiz attempt or reflection before its lesson is reached', () => {
      expect(attempt({ lessonsDone: 2 })).toThrow(/quiz attempts before/);
      expect(attempt({ lessonsDone: 1, reflections: 3, quizAttempts: [] })).toThrow(
        /reflection in a lesson not yet reached/,
      );
    });

    it('activity after the seeding moment', () => {
      expect(attempt({ enrolledDaysAgo: 2, activeDays: 5 })).toThrow(/after the seeding moment/);
      expect(attempt({})).not.toThrow();
    });
  });
});
