import type { BlockKind, CourseStatus, LocalizedText, QuestionKind } from './training';

/** `POST /api/files`: the stored upload; `url` serves it to those allowed. */
export interface StoredFileInfo {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  url: string;
}

/** `GET /api/authoring/courses`: the courses the author may edit, any status; `q` matches the title in any language. */
export interface AuthoringCourseListQuery {
  status?: CourseStatus;
  q?: string;
  cursor?: string;
  limit?: number;
}

/** Course fields beyond CreateCourseRequest/UpdateCourseRequest: an uploaded image as the cover, null to remove. */
export interface CourseCoverInput {
  coverFileId?: string | null;
}

export interface ModuleInput {
  title: LocalizedText;
}

export interface LessonInput {
  title: LocalizedText;
  required?: boolean;
}

export interface QuizOptionInput {
  /** Keep the id of an unchanged option so past attempts still make sense; omit for a new one. */
  id?: string;
  text: LocalizedText;
  correct: boolean;
  feedback: LocalizedText | null;
}

export interface QuizQuestionInput {
  id?: string;
  kind: QuestionKind;
  prompt: LocalizedText;
  options: QuizOptionInput[];
}

/** `PUT /api/quizzes/{id}` and the `quiz` of a new quiz block. */
export interface QuizInput {
  title: LocalizedText;
  required: boolean;
  passMarkPercent: number;
  /** null: unlimited. */
  maxAttempts: number | null;
  questions: QuizQuestionInput[];
}

/** The fields a block of each kind takes: text {markdown}; video {url, title, transcript and/or captionsUrl}; file {fileId}; reflection {prompt}; quiz {quiz}. */
export interface BlockInput {
  kind: BlockKind;
  markdown?: LocalizedText;
  url?: string;
  title?: LocalizedText;
  transcript?: LocalizedText | null;
  captionsUrl?: string | null;
  fileId?: string;
  prompt?: LocalizedText;
  quiz?: QuizInput;
}

/** `PATCH /api/blocks/{id}`: the fields of the block's own kind; the kind never changes. */
export type BlockUpdate = Omit<BlockInput, 'kind' | 'quiz'>;

/** `PUT /api/courses/{id}/order`: the whole new order; lessons and blocks may move between parents. */
export interface CourseOrderRequest {
  modules: { id: string; lessons: { id: string; blockIds: string[] }[] }[];
}

/**
 * Why a course cannot be published yet: one `FieldProblem` each in the `course_incomplete` error's details,
 * `field` naming the place (`title.fi`, `lessons`, `required`, `quizzes.<id>`) and `problems` these codes.
 */
export const PUBLISH_PROBLEMS = [
  'finnish_title_missing',
  'no_lessons',
  'nothing_required',
  'quiz_without_questions',
  'pass_mark_unreachable',
] as const;
export type PublishProblem = (typeof PUBLISH_PROBLEMS)[number];
