import type { FieldProblem, LocalizedText } from '@kotopaikka/contracts';

import { randomUUID } from 'node:crypto';

import type { QuizQuestionInputDto } from './dto/quiz.dto';
import type { StoredQuizOption, StoredQuizQuestion } from './quiz.entity';

function hasText(text: LocalizedText): boolean {
  return Object.values(text).some((v) => v.trim() !== '');
}

/**
 * The stored questions of a quiz from the author's input, and the problems naming each field (empty when valid). Ids sent back
 * are kept (so past attempts still match their questions and options); new items get server-made UUIDs.
 */
export function quizQuestions(
  input: QuizQuestionInputDto[],
  before: readonly StoredQuizQuestion[],
): { questions: StoredQuizQuestion[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const add = (field: string, text: string): void => void problems.push({ field, problems: [text] });
  const existing = new Map(before.map((q) => [q.id, q]));
  const seenQuestions = new Set<string>();
  const questions = input.map((q, i): StoredQuizQuestion => {
    const field = `questions.${i}`;
    const old = q.id ? existing.get(q.id) : undefined;
    if (q.id && !old) add(`${field}.id`, 'not a question of this quiz');
    if (q.id && seenQuestions.has(q.id)) add(`${field}.id`, 'the same question twice');
    if (q.id) seenQuestions.add(q.id);
    if (!hasText(q.prompt)) add(`${field}.prompt`, 'write the question in at least one language');
    const oldOptions = new Map((old?.options ?? []).map((o) => [o.id, o]));
    const seenOptions = new Set<string>();
    const options = q.options.map((o, j): StoredQuizOption => {
      const optionField = `${field}.options.${j}`;
      if (o.id && !oldOptions.has(o.id)) add(`${optionField}.id`, 'not an option of this question');
      if (o.id && seenOptions.has(o.id)) add(`${optionField}.id`, 'the same option twice');
      if (o.id) seenOptions.add(o.id);
      if (!hasText(o.text)) add(`${optionField}.text`, 'write the option in at least one language');
      const feedback = o.feedback && hasText(o.feedback) ? { fi: o.feedback.fi, en: o.feedback.en } : null;
      return { id: o.id ?? randomUUID(), text: { fi: o.text.fi, en: o.text.en }, correct: o.correct, feedback };
    });
    const correct = options.filter((o) => o.correct).length;
    if (q.kind === 'true_false' && options.length !== 2)
      add(`${field}.options`, 'a true/false question has exactly two options');
    if (q.kind !== 'multiple' && correct !== 1) add(`${field}.options`, 'exactly one option must be correct');
    if (q.kind === 'multiple' && correct < 1) add(`${field}.options`, 'at least one option must be correct');
    return { id: q.id ?? randomUUID(), kind: q.kind, prompt: { fi: q.prompt.fi, en: q.prompt.en }, options };
  });
  return { questions, problems };
}
