import type { CourseAuthoring, Locale, PublishProblem } from '@kotopaikka/contracts';
import { ErrorCode, PUBLISH_PROBLEMS } from '@kotopaikka/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { fieldProblems } from '../../core/http/form-errors';
import { pick } from '../data-access/localized';

/** One thing that keeps a course from being published: a dictionary key and its params. */
export interface PublishProblemText {
  key: string;
  params: Record<string, string>;
}

/**
 * What a `course_incomplete` refusal lists, as texts to show beside the publish button: quizzes named by their
 * title in the course as loaded. Empty for any other failure.
 */
export function publishProblems(error: unknown, course: CourseAuthoring | null, locale: Locale): PublishProblemText[] {
  if (apiErrorCode(error) !== ErrorCode.CourseIncomplete) return [];
  const quizTitles = new Map<string, string>();
  for (const block of (course?.modules ?? []).flatMap((m) => m.lessons.flatMap((l) => l.blocks))) {
    if (block.kind === 'quiz') quizTitles.set(block.quiz.id, pick(block.quiz.title, locale));
  }
  const texts: PublishProblemText[] = [];
  for (const [field, problems] of fieldProblems(error)) {
    const quizId = /^quizzes\.(.+)$/.exec(field)?.[1];
    for (const problem of problems) {
      if (!(PUBLISH_PROBLEMS as readonly string[]).includes(problem)) continue;
      texts.push({
        key: `authoring.publishProblem.${problem as PublishProblem}`,
        params: quizId ? { quiz: quizTitles.get(quizId) ?? '' } : {},
      });
    }
  }
  return texts;
}
