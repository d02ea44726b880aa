import type { Audience } from './accounts';
import type { IdName, Locale, PageQuery } from './common';

/** A field in every supported language; authoring sends and receives all of them. */
export type LocalizedText = Record<Locale, string>;

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const BLOCK_KINDS = ['text', 'video', 'file', 'reflection', 'quiz'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const QUESTION_KINDS = ['single', 'multiple', 'true_false'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const ENROLLMENT_STATUSES = ['in_progress', 'completed'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

// ---- Learner view: texts already in the learner's locale; `fallback` when some fell back to another language.

export interface CourseListQuery {
  audience?: Audience;
  /** Filter: only courses with content in this language. */
  locale?: Locale;
  /** The language to answer texts in (the reader's current one); defaults to the language saved on them. */
  lang?: Locale;
  municipalityId?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

/** `GET /api/me/courses`: unfinished first, then by latest activity. */
export interface MyCoursesQuery extends PageQuery {
  /** The language to answer texts in; defaults to the language saved on the person. */
  locale?: Locale;
}

/** The learner's own state in a course, when enrolled. */
export interface EnrollmentState {
  enrollmentId: string;
  progressPercent: number;
  completedAt: string | null;
  dueDate: string | null;
  continueLessonId: string | null;
}

/** A catalog entry. */
export interface CourseSummary {
  id: string;
  title: string;
  summary: string;
  coverImageUrl: string | null;
  estimatedMinutes: number;
  audiences: Audience[];
  /** Locales the course has content in, Finnish first. */
  locales: Locale[];
  status: CourseStatus;
  fallback: boolean;
  enrollment: EnrollmentState | null;
}

export type LessonBlock =
  | { id: string; kind: 'text'; markdown: string }
  | { id: string; kind: 'video'; url: string; title: string; transcript: string | null; captionsUrl: string | null }
  | { id: string; kind: 'file'; fileId: string; fileName: string; mimeType: string; sizeBytes: number; url: string }
  | { id: string; kind: 'reflection'; prompt: string; answer: string | null }
  | { id: string; kind: 'quiz'; quizId: string; title: string; required: boolean; passed: boolean };

export interface CourseLesson {
  id: string;
  title: string;
  required: boolean;
  done: boolean;
  blocks: LessonBlock[];
}

export interface CourseModule {
  id: string;
  title: string;
  lessons: CourseLesson[];
}

/** `GET /api/courses/{id}`: the whole course for the course page and lesson player. */
export interface CourseDetail extends CourseSummary {
  /** The locale the texts were asked in. */
  locale: Locale;
  municipalities: IdName[];
  modules: CourseModule[];
}

// ---- Authoring (coordinators and admins): every language at once.

export type AuthoringBlock =
  | { id: string; kind: 'text'; markdown: LocalizedText }
  | {
      id: string;
      kind: 'video';
      url: string;
      title: LocalizedText;
      transcript: LocalizedText | null;
      captionsUrl: string | null;
    }
  | { id: string; kind: 'file'; fileId: string; fileName: string; mimeType: string; sizeBytes: number }
  | { id: string; kind: 'reflection'; prompt: LocalizedText }
  | { id: string; kind: 'quiz'; quiz: AuthoringQuiz };

export interface AuthoringOption {
  id: string;
  text: LocalizedText;
  correct: boolean;
  feedback: LocalizedText | null;
}

export interface AuthoringQuestion {
  id: string;
  kind: QuestionKind;
  prompt: LocalizedText;
  options: AuthoringOption[];
}

export interface AuthoringQuiz {
  id: string;
  title: LocalizedText;
  required: boolean;
  passMarkPercent: number;
  /** null: unlimited. */
  maxAttempts: number | null;
  questions: AuthoringQuestion[];
}

export interface AuthoringLesson {
  id: string;
  title: LocalizedText;
  required: boolean;
  blocks: AuthoringBlock[];
}

export interface AuthoringModule {
  id: string;
  title: LocalizedText;
  lessons: AuthoringLesson[];
}

export interface CourseAuthoring {
  id: string;
  status: CourseStatus;
  title: LocalizedText;
  summary: LocalizedText;
  coverImageUrl: string | null;
  estimatedMinutes: number;
  audiences: Audience[];
  /** Empty: offered in every municipality. */
  municipalityIds: string[];
  modules: AuthoringModule[];
  updatedAt: string;
}

export interface CreateCourseRequest {
  title: LocalizedText;
  summary: LocalizedText;
  estimatedMinutes: number;
  audiences: Audience[];
  municipalityIds?: string[];
}

export interface UpdateCourseRequest {
  title?: LocalizedText;
  summary?: LocalizedText;
  estimatedMinutes?: number;
  audiences?: Audience[];
  municipalityIds?: string[];
  status?: CourseStatus;
}

/** Drag and drop or the keyboard alternative: the full new order of the children's ids. */
export interface ReorderRequest {
  ids: string[];
}

// ---- Enrollment and progress.

/** A coordinator assigns a course to a group; at least one of the group filters is given. */
export interface AssignCourseRequest {
  organisationId?: string;
  audience?: Audience;
  municipalityId?: string;
  dueDate?: string | null;
}

export interface AssignCourseResult {
  enrolled: number;
  alreadyEnrolled: number;
}

export interface Enrollment {
  id: string;
  course: IdName;
  learner: IdName;
  status: EnrollmentStatus;
  assignedBy: IdName | null;
  /** Calendar date `YYYY-MM-DD` (Europe/Helsinki). */
  dueDate: string | null;
  enrolledAt: string;
  lastActivityAt: string;
  completedAt: string | null;
  progressPercent: number;
}

/** A row of "my courses". */
export interface MyCourse {
  enrollmentId: string;
  course: { id: string; title: string; coverImageUrl: string | null; fallback: boolean };
  progressPercent: number;
  dueDate: string | null;
  completedAt: string | null;
  /** "Continue where I left off"; null when every lesson is done. */
  continueLesson: { id: string; title: string } | null;
  certificateCode: string | null;
}

/** `POST /api/lessons/{id}/progress`: marked done explicitly, or reached a block (the last one marks the lesson done). */
export interface LessonProgressRequest {
  done?: boolean;
  lastBlockId?: string;
}

export interface LessonProgress {
  lessonId: string;
  doneAt: string | null;
  /** The course as it stands after this change. */
  course: EnrollmentState;
}

export interface ReflectionAnswerRequest {
  answer: string;
}

export interface ReflectionAnswer {
  blockId: string;
  answer: string;
  updatedAt: string;
}

/** `GET /api/courses/{id}/reflections`: learners' answers, for coordinators (their municipalities) and admins. */
export interface CourseReflection {
  id: string;
  blockId: string;
  lessonId: string;
  learner: IdName;
  answer: string;
  updatedAt: string;
}

// ---- Quizzes: the correct answers never reach the browser before an attempt.

export interface PublicQuizQuestion {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options: { id: string; text: string }[];
}

export interface PublicQuiz {
  id: string;
  title: string;
  passMarkPercent: number;
  maxAttempts: number | null;
  attemptsUsed: number;
  /** null: unlimited. */
  attemptsLeft: number | null;
  passed: boolean;
  bestScorePercent: number | null;
  lastAttempt: { attemptNumber: number; scorePercent: number; passed: boolean } | null;
  questions: PublicQuizQuestion[];
  /** Only once the key may be revealed (passed, or no attempts left). */
  key: { questionId: string; correctOptionIds: string[] }[] | null;
}

export interface QuizAnswer {
  questionId: string;
  optionIds: string[];
}

export interface QuizAttemptRequest {
  answers: QuizAnswer[];
}

export interface QuizQuestionResult {
  questionId: string;
  correct: boolean;
  chosenOptionIds: string[];
  /** Feedback of the chosen options, in the learner's locale. */
  feedback: { optionId: string; text: string }[];
  /** Only once the key may be revealed (passed, or no attempts left). */
  correctOptionIds: string[] | null;
}

export interface QuizAttemptResult {
  attemptId: string;
  attemptNumber: number;
  scorePercent: number;
  passed: boolean;
  attemptsLeft: number | null;
  keyRevealed: boolean;
  questions: QuizQuestionResult[];
  /** The course as it stands after this attempt (complete when this pass was the last item). */
  course: EnrollmentState;
}

// ---- Certificates.

export interface Certificate {
  code: string;
  course: IdName;
  completedAt: string;
  issuedAt: string;
  /** Path of the PDF download, for the learner only. */
  downloadUrl: string;
  verifyUrl: string;
}

/**
 * `GET /api/certificates/{code}`, public. For an erased learner the certificate is still valid with
 * `learnerName: null`; for an unknown code `valid: false` and the other fields null.
 */
export interface CertificateVerification {
  valid: boolean;
  learnerName: string | null;
  courseTitle: string | null;
  completedAt: string | null;
  /** "Kotopaikka" and the learner's municipality at issue time, e.g. "Kotopaikka · Äänekoski". */
  issuer: string | null;
  code: string;
}

// ---- Reports (scoped on the server by role, municipality and organisation).

export interface CourseReportQuery {
  municipalityId?: string;
  audience?: Audience;
  /** The language to name courses in (the reader's current one); defaults to the language saved on them. */
  locale?: Locale;
}

/** `GET /api/reports/courses`: newest course first. */
export interface CourseReportListQuery extends PageQuery {
  /** The language to name courses in (the reader's current one); defaults to the language saved on them. */
  locale?: Locale;
}

/** The most people a group may have and still be withheld from readers who see figures, not people. */
export const SMALL_GROUP_MAX = 4;
/** How a withheld group's counts are shown. */
export const SMALL_GROUP_LABEL = '<5';

export interface CourseReportFigures {
  /** null when `suppressed`. */
  enrolled: number | null;
  inProgress: number | null;
  completed: number | null;
  averageQuizScorePercent: number | null;
  averageCompletionDays: number | null;
  /**
   * True for a decision-maker's group of 1–4 people (or one withheld with it so it cannot be worked out from the
   * totals): every figure is null and the counts are shown as "<5".
   */
  suppressed: boolean;
}

export interface CourseReportRow extends CourseReportFigures {
  municipality: IdName | null;
  audience: Audience;
}

/** One line of `GET /api/reports/courses`: a course with enrollments in the reader's scope. */
export interface CourseReportSummary extends CourseReportFigures {
  course: IdName;
}

export interface CourseReport {
  course: IdName;
  totals: CourseReportFigures;
  rows: CourseReportRow[];
}

/** Columns of the streamed CSV export, in order. */
export const COURSE_REPORT_CSV_COLUMNS = [
  'municipality',
  'audience',
  'enrolled',
  'inProgress',
  'completed',
  'averageQuizScorePercent',
  'averageCompletionDays',
] as const;
