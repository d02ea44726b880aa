import type { QuestionKind, QuizAnswer } from '@kotopaikka/contracts';

/** `T` is how texts are carried: localized objects on the server, plain strings once localized. */
export interface QuizOption<T = string> {
  id: string;
  text: T;
  correct: boolean;
  feedback: T | null;
}

export interface QuizQuestion<T = string> {
  id: string;
  kind: QuestionKind;
  prompt: T;
  options: readonly QuizOption<T>[];
}

export interface Quiz<T = string> {
  id: string;
  passMarkPercent: number;
  /** null: unlimited attempts. */
  maxAttempts: number | null;
  questions: readonly QuizQuestion<T>[];
}

export interface OptionFeedback<T = string> {
  optionId: string;
  text: T;
}

export interface QuestionGrade<T = string> {
  questionId: string;
  correct: boolean;
  chosenOptionIds: string[];
  /** Feedback of the options the learner chose, in the question's option order. */
  feedback: OptionFeedback<T>[];
}

export interface AttemptGrade<T = string> {
  questions: QuestionGrade<T>[];
  correctCount: number;
  /** Floored, so a learner never sees a rounded-up score that still fails. */
  scorePercent: number;
  passed: boolean;
}

export interface AnswerKeyEntry {
  questionId: string;
  correctOptionIds: string[];
}

export interface OptionWithoutKey<T = string> {
  id: string;
  text: T;
}

export interface QuestionWithoutKey<T = string> {
  id: string;
  kind: QuestionKind;
  prompt: T;
  options: OptionWithoutKey<T>[];
}

export interface QuizWithoutKey<T = string> {
  id: string;
  passMarkPercent: number;
  maxAttempts: number | null;
  questions: QuestionWithoutKey<T>[];
}

export const ANSWER_PROBLEMS = [
  'unknown_question',
  'duplicate_question',
  'unknown_option',
  'duplicate_option',
  'too_many_options',
  'missing_answer',
] as const;
export type AnswerProblemCode = (typeof ANSWER_PROBLEMS)[number];

/** `field` is a dotted path into the request body, as the validation pipe names fields (`answers.2.optionIds.0`). */
export interface AnswerProblem {
  field: string;
  code: AnswerProblemCode;
  questionId: string;
  optionId?: string;
}

/** The chosen options per question; answers for the same question are merged so that order never matters. */
function chosenByQuestion(answers: readonly QuizAnswer[]): Map<string, Set<string>> {
  const chosen = new Map<string, Set<string>>();
  for (const answer of answers) {
    const set = chosen.get(answer.questionId) ?? new Set<string>();
    for (const optionId of answer.optionIds) set.add(optionId);
    chosen.set(answer.questionId, set);
  }
  return chosen;
}

function gradeQuestion<T>(question: QuizQuestion<T>, chosen: ReadonlySet<string>): QuestionGrade<T> {
  const chosenOptions = question.options.filter((o) => chosen.has(o.id));
  const correctIds = question.options.filter((o) => o.correct).map((o) => o.id);
  // Unknown option ids count against the learner: the chosen set must equal the correct set exactly.
  const correct = chosen.size > 0 && chosen.size === correctIds.length && correctIds.every((id) => chosen.has(id));
  const feedback: OptionFeedback<T>[] = [];
  for (const option of chosenOptions) {
    if (option.feedback !== null) feedback.push({ optionId: option.id, text: option.feedback });
  }
  return {
    questionId: question.id,
    correct,
    chosenOptionIds: chosenOptions.map((o) => o.id),
    feedback,
  };
}

export function scorePercent(correctCount: number, questionCount: number): number {
  // A quiz without questions shows nothing was learnt: it scores nothing (and never passes, see gradeAttempt).
  if (questionCount === 0) return 0;
  return Math.floor((correctCount * 100) / questionCount);
}

export function gradeAttempt<T>(quiz: Quiz<T>, answers: readonly QuizAnswer[]): AttemptGrade<T> {
  const chosen = chosenByQuestion(answers);
  const questions = quiz.questions.map((q) => gradeQuestion(q, chosen.get(q.id) ?? new Set<string>()));
  const correctCount = questions.filter((q) => q.correct).length;
  const score = scorePercent(correctCount, quiz.questions.length);
  return {
    questions,
    correctCount,
    scorePercent: score,
    passed: quiz.questions.length > 0 && score >= quiz.passMarkPercent,
  };
}

/** Every problem of an answer set, so the server can answer 400 naming each field; empty when valid. */
export function validateAnswers<T>(quiz: Quiz<T>, answers: readonly QuizAnswer[]): AnswerProblem[] {
  const questions = new Map(quiz.questions.map((q) => [q.id, q]));
  const answered = new Set<string>();
  const problems: AnswerProblem[] = [];
  answers.forEach((answer, i) => {
    const field = `answers.${i}`;
    const { questionId } = answer;
    const question = questions.get(questionId);
    if (!question) {
      problems.push({ field: `${field}.questionId`, code: 'unknown_question', questionId });
      return;
    }
    if (answered.has(questionId)) {
      problems.push({ field: `${field}.questionId`, code: 'duplicate_question', questionId });
      return;
    }
    answered.add(questionId);
    if (answer.optionIds.length === 0) {
      problems.push({ field: `${field}.optionIds`, code: 'missing_answer', questionId });
      return;
    }
    const optionIds = new Set(question.options.map((o) => o.id));
    const seen = new Set<string>();
    answer.optionIds.forEach((optionId, j) => {
      const optionField = `${field}.optionIds.${j}`;
      if (!optionIds.has(optionId)) {
        problems.push({ field: optionField, code: 'unknown_option', questionId, optionId });
      } else if (seen.has(optionId)) {
        problems.push({ field: optionField, code: 'duplicate_option', questionId, optionId });
      }
      seen.add(optionId);
    });
    if (question.kind !== 'multiple' && seen.size > 1) {
      problems.push({ field: `${field}.optionIds`, code: 'too_many_options', questionId });
    }
  });
  for (const question of quiz.questions) {
    if (!answered.has(question.id)) {
      problems.push({ field: 'answers', code: 'missing_answer', questionId: question.id });
    }
  }
  return problems;
}

/** null means unlimited. */
export function attemptsLeft(maxAttempts: number | null, used: number): number | null {
  if (maxAttempts === null) return null;
  return Math.max(0, maxAttempts - used);
}

export function mayAttempt(maxAttempts: number | null, used: number): boolean {
  const left = attemptsLeft(maxAttempts, used);
  return left === null || left > 0;
}

/** The full key only after passing or after the last allowed attempt; never with unlimited attempts before a pass. */
export function mayRevealKey(passed: boolean, attemptsUsed: number, maxAttempts: number | null): boolean {
  return passed || (maxAttempts !== null && attemptsUsed >= maxAttempts);
}

export function answerKey<T>(quiz: Quiz<T>): AnswerKeyEntry[] {
  return quiz.questions.map((q) => ({
    questionId: q.id,
    correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
  }));
}

/** What the browser may see before an attempt: built field by field so nothing else can leak through. */
export function publicQuiz<T>(quiz: Quiz<T>): QuizWithoutKey<T> {
  return {
    id: quiz.id,
    passMarkPercent: quiz.passMarkPercent,
    maxAttempts: quiz.maxAttempts,
    questions: quiz.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
    })),
  };
}
