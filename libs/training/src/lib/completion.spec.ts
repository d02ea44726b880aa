import fc from 'fast-check';

import {
  completionAfterEdit,
  countedItems,
  type CourseOutline,
  type EnrollmentProgress,
  isComplete,
  nextLesson,
  progressPercent,
} from './completion';

const outline: CourseOutline = {
  lessons: [
    { id: 'intro', required: false },
    { id: 'permits', required: true },
    { id: 'induction', required: true },
    { id: 'extra', required: false },
  ],
  requiredQuizIds: ['final-quiz'],
};

const progress = (doneLessonIds: string[], passedQuizIds: string[] = []): EnrollmentProgress => ({
  doneLessonIds,
  passedQuizIds,
});

describe('completion', () => {
  it('is complete when every required lesson is done and every required quiz passed', () => {
    expect(isComplete(outline, progress(['permits', 'induction'], ['final-quiz']))).toBe(true);
    expect(isComplete(outline, progress(['permits', 'induction']))).toBe(false);
    expect(isComplete(outline, progress(['intro', 'permits', 'extra'], ['final-quiz']))).toBe(false);
  });

  it('measures progress on required items only, floored', () => {
    expect(progressPercent(outline, progress([]))).toBe(0);
    expect(progressPercent(outline, progress(['intro', 'extra']))).toBe(0);
    expect(progressPercent(outline, progress(['permits']))).toBe(33);
    expect(progressPercent(outline, progress(['permits', 'induction']))).toBe(66);
    expect(progressPercent(outline, progress(['permits', 'induction'], ['final-quiz']))).toBe(100);
  });

  it('counts every lesson when nothing is marked required, and never completes an empty course', () => {
    const optionalOnly: CourseOutline = {
      lessons: [
        { id: 'a', required: false },
        { id: 'b', required: false },
      ],
      requiredQuizIds: [],
    };
    expect(countedItems(optionalOnly)).toEqual({ lessonIds: ['a', 'b'], quizIds: [] });
    expect(isComplete(optionalOnly, progress([]))).toBe(false);
    expect(progressPercent(optionalOnly, progress(['a']))).toBe(50);
    expect(isComplete(optionalOnly, progress(['b', 'a']))).toBe(true);
    const empty: CourseOutline = { lessons: [], requiredQuizIds: [] };
    expect(isComplete(empty, progress([]))).toBe(false);
    expect(progressPercent(empty, progress([]))).toBe(0);
  });

  it('continues at the first required lesson not done, then the first lesson not done', () => {
    expect(nextLesson(outline, progress([]))).toBe('permits');
    expect(nextLesson(outline, progress(['permits']))).toBe('induction');
    expect(nextLesson(outline, progress(['permits', 'induction']))).toBe('intro');
    expect(nextLesson(outline, progress(['intro', 'permits', 'induction']))).toBe('extra');
    expect(nextLesson(outline, progress(['intro', 'permits', 'induction', 'extra']))).toBeNull();
  });

  it('never revokes a completion when a required lesson is added, but holds back unfinished enrollments', () => {
    const edited: CourseOutline = { ...outline, lessons: [...outline.lessons, { id: 'new-law', required: true }] };
    const finished = progress(['permits', 'induction'], ['final-quiz']);
    const completedAt = new Date('2026-11-01T10:00:00Z');
    const now = new Date('2026-11-20T10:00:00Z');
    expect(completionAfterEdit(completedAt, edited, finished, now)).toBe(completedAt);
    expect(completionAfterEdit(null, edited, finished, now)).toBeNull();
    expect(nextLesson(edited, finished)).toBe('new-law');
    expect(completionAfterEdit(null, edited, progress(['permits', 'induction', 'new-law'], ['final-quiz']), now)).toBe(
      now,
    );
  });

  it('stops counting a removed lesson, which may complete an unfinished enrollment', () => {
    const edited: CourseOutline = { ...outline, lessons: outline.lessons.filter((l) => l.id !== 'induction') };
    const before = progress(['permits'], ['final-quiz']);
    expect(completionAfterEdit(null, outline, before, 'then')).toBeNull();
    expect(completionAfterEdit(null, edited, before, 'now')).toBe('now');
  });
});

const outlineArb: fc.Arbitrary<CourseOutline> = fc
  .record({
    lessons: fc.array(fc.boolean(), { maxLength: 12 }),
    quizzes: fc.array(fc.boolean(), { maxLength: 4 }),
  })
  .map(({ lessons, quizzes }) => ({
    lessons: lessons.map((required, i) => ({ id: `lesson-${i}`, required })),
    requiredQuizIds: quizzes.flatMap((required, i) => (required ? [`quiz-${i}`] : [])),
  }));

const outlineAndProgressArb = outlineArb.chain((o) =>
  fc
    .record({
      doneLessonIds: fc.shuffledSubarray(o.lessons.map((l) => l.id)),
      passedQuizIds: fc.shuffledSubarray([...o.requiredQuizIds, 'optional-quiz']),
    })
    .map((p) => ({ outline: o, progress: p })),
);

const removedIdsArb = fc.array(fc.constantFrom('removed-1', 'removed-2', 'old-quiz'), { maxLength: 4 });

describe('completion properties', () => {
  it('keeps progress within 0..100, reaching 100 exactly when complete', () => {
    fc.assert(
      fc.property(outlineAndProgressArb, ({ outline: o, progress: p }) => {
        const percent = progressPercent(o, p);
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100);
        expect(percent === 100).toBe(isComplete(o, p));
      }),
    );
  });

  it('completes a non-empty course once every required item is done', () => {
    fc.assert(
      fc.property(outlineArb, fc.array(fc.string(), { maxLength: 3 }), (o, extra) => {
        fc.pre(o.lessons.length > 0 || o.requiredQuizIds.length > 0);
        const items = countedItems(o);
        const p = progress([...extra, ...items.lessonIds], items.quizIds);
        expect(isComplete(o, p)).toBe(true);
        expect(completionAfterEdit(null, o, p, 1)).toBe(1);
      }),
    );
  });

  it('ignores progress on lessons and quizzes no longer in the course', () => {
    fc.assert(
      fc.property(
        outlineAndProgressArb,
        removedIdsArb,
        removedIdsArb,
        ({ outline: o, progress: p }, lessons, quizzes) => {
          const withRemoved = progress([...lessons, ...p.doneLessonIds], [...p.passedQuizIds, ...quizzes]);
          expect(isComplete(o, withRemoved)).toBe(isComplete(o, p));
          expect(progressPercent(o, withRemoved)).toBe(progressPercent(o, p));
          expect(nextLesson(o, withRemoved)).toBe(nextLesson(o, p));
        },
      ),
    );
  });

  it('never takes back a completion, whatever the edit', () => {
    fc.assert(
      fc.property(outlineAndProgressArb, outlineArb, ({ progress: p }, edited) => {
        expect(completionAfterEdit('2026-01-01T00:00:00Z', edited, p, 'now')).toBe('2026-01-01T00:00:00Z');
      }),
    );
  });

  it('points "continue" at an undone lesson, required ones first, or null when all are done', () => {
    fc.assert(
      fc.property(outlineAndProgressArb, ({ outline: o, progress: p }) => {
        const next = nextLesson(o, p);
        const undone = o.lessons.filter((l) => !p.doneLessonIds.includes(l.id));
        if (undone.length === 0) return expect(next).toBeNull();
        expect(p.doneLessonIds).not.toContain(next);
        const requiredUndone = undone.filter((l) => l.required);
        expect(next).toBe((requiredUndone[0] ?? undone[0]).id);
      }),
    );
  });
});
