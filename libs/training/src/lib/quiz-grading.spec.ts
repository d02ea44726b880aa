import { QUESTION_KINDS, type QuizAnswer } from '@kotopaikka/contracts';

import fc from 'fast-check';

import {
  answerKey,
  attemptsLeft,
  gradeAttempt,
  mayAttempt,
  mayRevealKey,
  publicQuiz,
  type Quiz,
  type QuizQuestion,
  validateAnswers,
} from './quiz-grading';

type L10n = { fi: string; en: string };
const t = (s: string): L10n => ({ fi: `${s} (fi)`, en: `${s} (en)` });

const quiz: Quiz<L10n> = {
  id: 'quiz-1',
  passMarkPercent: 60,
  maxAttempts: 3,
  questions: [
    {
      id: 'q-single',
      kind: 'single',
      prompt: t('Which card?'),
      options: [
        { id: 's-a', text: t('hygiene passport'), correct: true, feedback: t('yes') },
        { id: 's-b', text: t('driving licence'), correct: false, feedback: t('no') },
        { id: 's-c', text: t('library card'), correct: false, feedback: null },
      ],
    },
    {
      id: 'q-multi',
      kind: 'multiple',
      prompt: t('Which help?'),
      options: [
        { id: 'm-a', text: t('plain language'), correct: true, feedback: t('good') },
        { id: 'm-b', text: t('pictures'), correct: true, feedback: t('good too') },
        { id: 'm-c', text: t('speak faster'), correct: false, feedback: t('rather not') },
      ],
    },
    {
      id: 'q-tf',
      kind: 'true_false',
      prompt: t('Card needed?'),
      options: [
        { id: 'tf-true', text: t('true'), correct: false, feedback: t('not quite') },
        { id: 'tf-false', text: t('false'), correct: true, feedback: t('right') },
      ],
    },
  ],
};

const allCorrect: QuizAnswer[] = [
  { questionId: 'q-single', optionIds: ['s-a'] },
  { questionId: 'q-multi', optionIds: ['m-b', 'm-a'] },
  { questionId: 'q-tf', optionIds: ['tf-false'] },
];

describe('gradeAttempt', () => {
  it('grades each question, scores and passes', () => {
    const grade = gradeAttempt(quiz, allCorrect);
    expect(grade.questions.map((q) => q.correct)).toEqual([true, true, true]);
    expect(grade.scorePercent).toBe(100);
    expect(grade.passed).toBe(true);
  });

  it('fails below the pass mark and returns the feedback of the chosen options only', () => {
    const grade = gradeAttempt(quiz, [
      { questionId: 'q-single', optionIds: ['s-b'] },
      { questionId: 'q-multi', optionIds: ['m-a'] },
      { questionId: 'q-tf', optionIds: ['tf-false'] },
    ]);
    expect(grade.questions.map((q) => q.correct)).toEqual([false, false, true]);
    expect(grade.correctCount).toBe(1);
    expect(grade.scorePercent).toBe(33);
    expect(grade.passed).toBe(false);
    expect(grade.questions[0].feedback).toEqual([{ optionId: 's-b', text: t('no') }]);
    expect(grade.questions[1].feedback).toEqual([{ optionId: 'm-a', text: t('good') }]);
  });

  it('floors the score so that 2 of 3 does not pass a 67 % mark', () => {
    const twoOfThree = [allCorrect[0], allCorrect[1], { questionId: 'q-tf', optionIds: ['tf-true'] }];
    expect(gradeAttempt({ ...quiz, passMarkPercent: 67 }, twoOfThree)).toMatchObject({
      scorePercent: 66,
      passed: false,
    });
    expect(gradeAttempt({ ...quiz, passMarkPercent: 66 }, twoOfThree)).toMatchObject({
      scorePercent: 66,
      passed: true,
    });
  });

  it('counts a missing answer and a chosen unknown option as incorrect', () => {
    const grade = gradeAttempt(quiz, [
      { questionId: 'q-single', optionIds: ['s-a', 'nope'] },
      { questionId: 'q-multi', optionIds: ['m-a', 'm-b'] },
    ]);
    expect(grade.questions.map((q) => q.correct)).toEqual([false, true, false]);
    expect(grade.questions[0].chosenOptionIds).toEqual(['s-a']);
  });

  it('never passes a quiz without questions, whatever its pass mark', () => {
    expect(gradeAttempt({ ...quiz, questions: [] }, [])).toMatchObject({ scorePercent: 0, passed: false });
    expect(gradeAttempt({ ...quiz, passMarkPercent: 0, questions: [] }, [])).toMatchObject({
      scorePercent: 0,
      passed: false,
    });
  });
});

describe('validateAnswers', () => {
  it('accepts a complete answer set', () => {
    expect(validateAnswers(quiz, allCorrect)).toEqual([]);
  });

  it('names every problem with its field', () => {
    const problems = validateAnswers(quiz, [
      { questionId: 'other-quiz-question', optionIds: ['x'] },
      { questionId: 'q-single', optionIds: ['s-a', 's-b'] },
      { questionId: 'q-multi', optionIds: ['m-a', 'tf-true', 'm-a'] },
      { questionId: 'q-single', optionIds: ['s-a'] },
    ]);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['answers.0.questionId', 'unknown_question'],
      ['answers.1.optionIds', 'too_many_options'],
      ['answers.2.optionIds.1', 'unknown_option'],
      ['answers.2.optionIds.2', 'duplicate_option'],
      ['answers.3.questionId', 'duplicate_question'],
      ['answers', 'missing_answer'],
    ]);
    expect(problems[5].questionId).toBe('q-tf');
  });

  it('rejects more than one option for true/false and an empty choice', () => {
    const problems = validateAnswers(quiz, [
      allCorrect[0],
      { questionId: 'q-multi', optionIds: [] },
      { questionId: 'q-tf', optionIds: ['tf-true', 'tf-false'] },
    ]);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['answers.1.optionIds', 'missing_answer'],
      ['answers.2.optionIds', 'too_many_options'],
    ]);
  });
});

describe('attempts and the answer key', () => {
  it('counts attempts left, unlimited as null', () => {
    expect(attemptsLeft(3, 0)).toBe(3);
    expect(attemptsLeft(3, 2)).toBe(1);
    expect(attemptsLeft(3, 5)).toBe(0);
    expect(attemptsLeft(null, 40)).toBeNull();
    expect(mayAttempt(3, 2)).toBe(true);
    expect(mayAttempt(3, 3)).toBe(false);
    expect(mayAttempt(null, 1000)).toBe(true);
  });

  it('reveals the key only after passing or the last allowed attempt', () => {
    expect(mayRevealKey(false, 1, 3)).toBe(false);
    expect(mayRevealKey(false, 3, 3)).toBe(true);
    expect(mayRevealKey(true, 1, 3)).toBe(true);
    expect(mayRevealKey(false, 99, null)).toBe(false);
    expect(mayRevealKey(true, 1, null)).toBe(true);
  });

  it('lists the correct options per question', () => {
    expect(answerKey(quiz)).toEqual([
      { questionId: 'q-single', correctOptionIds: ['s-a'] },
      { questionId: 'q-multi', correctOptionIds: ['m-a', 'm-b'] },
      { questionId: 'q-tf', correctOptionIds: ['tf-false'] },
    ]);
  });

  it('keeps correct flags and feedback out of the public quiz', () => {
    const sneaky = { ...quiz, answerKey: 'leak', questions: quiz.questions.map((q) => ({ ...q, hint: 'leak' })) };
    const json = JSON.stringify(publicQuiz(sneaky));
    expect(json).not.toMatch(/correct|feedback|leak|yes|rather not/);
    expect(publicQuiz(quiz).questions[1].options.map((o) => o.id)).toEqual(['m-a', 'm-b', 'm-c']);
  });
});

// Unique ids across the whole quiz, so options of one question never collide with another's.
const questionArb = (index: number): fc.Arbitrary<QuizQuestion> =>
  fc
    .record({
      kind: fc.constantFrom(...QUESTION_KINDS),
      optionCount: fc.integer({ min: 2, max: 6 }),
      seed: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      pick: fc.nat(),
    })
    .map(({ kind, optionCount, seed, pick }) => {
      const count = kind === 'true_false' ? 2 : optionCount;
      const single = pick % count;
      const options = Array.from({ length: count }, (_, j) => ({
        id: `q${index}-o${j}`,
        text: `option ${j}`,
        correct: kind === 'multiple' ? seed[j] || j === single : j === single,
        feedback: `feedback ${j}`,
      }));
      return { id: `q${index}`, kind, prompt: `question ${index}`, options };
    });

const quizArb: fc.Arbitrary<Quiz> = fc
  .record({ questionCount: fc.integer({ min: 0, max: 8 }), passMarkPercent: fc.integer({ min: 0, max: 100 }) })
  .chain(({ questionCount, passMarkPercent }) =>
    fc
      .tuple(...Array.from({ length: questionCount }, (_, i) => questionArb(i)))
      .map((questions) => ({ id: 'quiz', passMarkPercent, maxAttempts: null, questions })),
  );

// Any subset of each question's options (some questions left out), plus stray ids.
const quizWithAnswersArb = quizArb.chain((q) =>
  fc
    .tuple(
      ...q.questions.map((question) =>
        fc.record({
          include: fc.boolean(),
          optionIds: fc.subarray(question.options.map((o) => o.id)),
          stray: fc.option(fc.constantFrom('stray-1', 'stray-2'), { nil: undefined }),
        }),
      ),
    )
    .map((picks) => {
      const answers: QuizAnswer[] = [];
      picks.forEach((p, i) => {
        if (!p.include) return;
        answers.push({ questionId: q.questions[i].id, optionIds: p.stray ? [...p.optionIds, p.stray] : p.optionIds });
      });
      return { quiz: q, answers };
    }),
);

const correctAnswers = (q: Quiz): QuizAnswer[] =>
  answerKey(q).map((k) => ({ questionId: k.questionId, optionIds: k.correctOptionIds }));

describe('grading properties', () => {
  it('scores within 0..100, and passed agrees with the pass mark', () => {
    fc.assert(
      fc.property(quizWithAnswersArb, ({ quiz: q, answers }) => {
        const grade = gradeAttempt(q, answers);
        expect(grade.scorePercent).toBeGreaterThanOrEqual(0);
        expect(grade.scorePercent).toBeLessThanOrEqual(100);
        expect(Number.isInteger(grade.scorePercent)).toBe(true);
        expect(grade.passed).toBe(q.questions.length > 0 && grade.scorePercent >= q.passMarkPercent);
      }),
    );
  });

  it('always passes all-correct answers, which are also valid', () => {
    fc.assert(
      fc.property(
        quizArb.filter((q) => q.questions.length > 0),
        (q) => {
          const answers = correctAnswers(q);
          expect(validateAnswers(q, answers)).toEqual([]);
          const grade = gradeAttempt(q, answers);
          expect(grade.scorePercent).toBe(100);
          expect(grade.passed).toBe(true);
        },
      ),
    );
  });

  it('does not depend on the order of answers or of options within an answer', () => {
    fc.assert(
      fc.property(
        quizWithAnswersArb.chain((x) =>
          fc.tuple(fc.constant(x), fc.shuffledSubarray(x.answers, { minLength: x.answers.length })),
        ),
        fc.infiniteStream(fc.boolean()),
        ([{ quiz: q, answers }, shuffled], flips) => {
          const reordered = shuffled.map((a) => ({
            ...a,
            optionIds: flips.next().value ? [...a.optionIds].reverse() : a.optionIds,
          }));
          expect(gradeAttempt(q, reordered)).toEqual(gradeAttempt(q, answers));
          expect(
            validateAnswers(q, reordered)
              .map((p) => p.code)
              .sort(),
          ).toEqual(
            validateAnswers(q, answers)
              .map((p) => p.code)
              .sort(),
          );
        },
      ),
    );
  });

  it('counts a question correct only when the chosen set equals the correct set', () => {
    fc.assert(
      fc.property(quizWithAnswersArb, ({ quiz: q, answers }) => {
        const grade = gradeAttempt(q, answers);
        q.questions.forEach((question, i) => {
          const chosen = new Set(answers.find((a) => a.questionId === question.id)?.optionIds ?? []);
          const correct = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
          const equal = chosen.size === correct.size && [...correct].every((id) => chosen.has(id));
          expect(grade.questions[i].correct).toBe(equal);
        });
      }),
    );
  });

  it('never puts a correct flag or feedback in the public quiz', () => {
    fc.assert(
      fc.property(quizArb, (q) => {
        const json = JSON.stringify(publicQuiz(q));
        expect(json).not.toContain('"correct"');
        expect(json).not.toContain('feedback');
      }),
    );
  });
});
