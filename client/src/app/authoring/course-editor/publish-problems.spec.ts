import { type CourseAuthoring, ErrorCode, PUBLISH_PROBLEMS, SUPPORTED_LOCALES } from '@kotopaikka/contracts';

import { HttpErrorResponse } from '@angular/common/http';

import { ALL_DICTIONARIES } from '../../core/i18n/all-dictionaries';
import { publishProblems } from './publish-problems';

const refusal = (code: ErrorCode, details: unknown): HttpErrorResponse =>
  new HttpErrorResponse({ status: 409, error: { statusCode: 409, code, error: 'Conflict', message: 'x', details } });

const course = {
  modules: [
    {
      lessons: [
        {
          blocks: [
            {
              id: 'b1',
              kind: 'quiz',
              quiz: {
                id: 'q1',
                title: { fi: 'Loppukoe', en: 'Final quiz' },
                required: true,
                passMarkPercent: 60,
                maxAttempts: null,
                questions: [],
              },
            },
          ],
        },
      ],
    },
  ],
} as unknown as CourseAuthoring;

describe('publishProblems', () => {
  it('lists what a course_incomplete refusal names, quizzes by their title in the language on screen', () => {
    const error = refusal(ErrorCode.CourseIncomplete, [
      { field: 'title.fi', problems: ['finnish_title_missing'] },
      { field: 'quizzes.q1', problems: ['quiz_without_questions'] },
    ]);
    expect(publishProblems(error, course, 'en')).toEqual([
      { key: 'authoring.publishProblem.finnish_title_missing', params: {} },
      { key: 'authoring.publishProblem.quiz_without_questions', params: { quiz: 'Final quiz' } },
    ]);
  });

  it('lists nothing for other failures', () => {
    expect(publishProblems(refusal(ErrorCode.Forbidden, null), course, 'fi')).toEqual([]);
  });

  it('has a text for every problem the server can name, in every language', () => {
    const missing = SUPPORTED_LOCALES.flatMap((l) =>
      PUBLISH_PROBLEMS.filter((p) => !ALL_DICTIONARIES.some((d) => d[l][`authoring.publishProblem.${p}`])).map(
        (p) => `${p} (${l})`,
      ),
    );
    expect(missing).toEqual([]);
  });
});
