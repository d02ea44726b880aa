import type { QuizQuestionInputDto } from './dto/quiz.dto';
import { quizQuestions } from './quiz-content';

const L = (fi: string): { fi: string; en: string } => ({ fi, en: '' });

const single = (id?: string, optionIds: (string | undefined)[] = [undefined, undefined]): QuizQuestionInputDto => ({
  id,
  kind: 'single',
  prompt: L('Kysymys'),
  options: optionIds.map((oid, i) => ({ id: oid, text: L(`Vaihtoehto ${i}`), correct: i === 0, feedback: null })),
});

describe('quiz questions from an author', () => {
  it('gives new items fresh ids and keeps the ids sent back', () => {
    const first = quizQuestions([single()], []);
    expect(first.problems).toEqual([]);
    const [q] = first.questions;
    const again = quizQuestions([single(q.id, [q.options[1].id, undefined])], first.questions);
    expect(again.problems).toEqual([]);
    expect(again.questions[0].id).toBe(q.id);
    expect(again.questions[0].options[0].id).toBe(q.options[1].id);
    expect(again.questions[0].options[1].id).not.toBe(q.options[0].id);
  });

  it('refuses ids it never made, options borrowed from another question and a wrong number of correct options', () => {
    const { questions } = quizQuestions([single(), single()], []);
    const [a, b] = questions;
    const fields = (input: QuizQuestionInputDto[]): string[] =>
      quizQuestions(input, questions).problems.map((p) => p.field);
    expect(fields([single('00000000-0000-4000-8000-000000000000')])).toEqual(['questions.0.id']);
    expect(fields([single(a.id, [b.options[0].id, undefined])])).toEqual(['questions.0.options.0.id']);
    expect(fields([single(a.id), single(a.id)])).toEqual(['questions.1.id']);
    expect(fields([{ ...single(), options: single().options.map((o) => ({ ...o, correct: false })) }])).toEqual([
      'questions.0.options',
    ]);
    expect(
      fields([{ ...single(), kind: 'multiple', options: single().options.map((o) => ({ ...o, correct: true })) }]),
    ).toEqual([]);
    expect(
      fields([
        {
          ...single(),
          kind: 'true_false',
          options: [...single().options, { text: L('x'), correct: false, feedback: null }],
        },
      ]),
    ).toEqual(['questions.0.options']);
  });
});
