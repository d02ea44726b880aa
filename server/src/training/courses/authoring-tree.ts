import type { LocalizedText } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import type { Nullable, TableRow } from '../../database/table-row';
import { ApiException } from '../../platform/errors/api.exception';
import type { StoredFileEntity } from '../files/stored-file.entity';
import type { CourseEntity, CourseModuleEntity } from './course.entity';
import type { CourseAuthoringDto } from './dto/course.dto';
import type { AuthoringQuizDto } from './dto/quiz.dto';
import type { AuthoringBlockDto, AuthoringLessonDto } from './dto/structure.dto';
import type { LessonBlockEntity, LessonEntity } from './lesson.entity';
import type { QuizEntity } from './quiz.entity';

type Texts = LocalizedText;

type CourseRow = TableRow<
  CourseEntity,
  | 'id'
  | 'status'
  | 'title'
  | 'summary'
  | 'coverFileId'
  | 'estimatedMinutes'
  | 'audiences'
  | 'municipalityIds'
  | 'updatedAt'
>;

type QuizRow = TableRow<QuizEntity, 'id' | 'title' | 'required' | 'passMarkPercent' | 'maxAttempts' | 'questions'>;

// The file's columns come through a LEFT JOIN: null for every block but a file block.
type BlockRow = TableRow<LessonBlockEntity, 'id' | 'lessonId' | 'kind' | 'content' | 'fileId' | 'quizId'> &
  Nullable<TableRow<StoredFileEntity, 'fileName' | 'mimeType' | 'sizeBytes'>>;

/** Every locale present, so an author always edits complete objects even for rows written before a locale existed. */
export function texts(value: Partial<Texts> | null | undefined): Texts {
  return { fi: value?.fi ?? '', en: value?.en ?? '' };
}

export const fileUrl = (id: string): string => `/api/files/${id}`;

export function toAuthoringQuiz(q: QuizRow): AuthoringQuizDto {
  return {
    id: q.id,
    title: texts(q.title),
    required: q.required,
    passMarkPercent: q.pass_mark_percent,
    maxAttempts: q.max_attempts,
    questions: q.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      prompt: texts(question.prompt),
      options: question.options.map((o) => ({
        id: o.id,
        text: texts(o.text),
        correct: o.correct,
        feedback: o.feedback ? texts(o.feedback) : null,
      })),
    })),
  };
}

function toBlock(b: BlockRow, quizzes: Map<string, QuizRow>): AuthoringBlockDto {
  const c = b.content;
  switch (b.kind) {
    case 'text':
      return { id: b.id, kind: 'text', markdown: texts(c['markdown'] as Texts) };
    case 'video':
      return {
        id: b.id,
        kind: 'video',
        url: c['url'] as string,
        title: texts(c['title'] as Texts),
        transcript: c['transcript'] ? texts(c['transcript'] as Texts) : null,
        captionsUrl: (c['captionsUrl'] as string | null) ?? null,
      };
    case 'file':
      return {
        id: b.id,
        kind: 'file',
        fileId: b.file_id as string,
        title: texts(c['title'] as Texts),
        fileName: b.file_name ?? '',
        mimeType: b.mime_type ?? '',
        sizeBytes: b.size_bytes ?? 0,
      };
    case 'reflection':
      return { id: b.id, kind: 'reflection', prompt: texts(c['prompt'] as Texts) };
    case 'quiz':
      return { id: b.id, kind: 'quiz', quiz: toAuthoringQuiz(quizzes.get(b.quiz_id as string) as QuizRow) };
  }
}

export async function loadQuiz(m: EntityManager, quizId: string): Promise<AuthoringQuizDto> {
  const rows: QuizRow[] = await m.query(
    `SELECT id, title, required, pass_mark_percent, max_attempts, questions FROM quiz WHERE id = $1`,
    [quizId],
  );
  if (!rows[0]) throw ApiException.notFound('Quiz');
  return toAuthoringQuiz(rows[0]);
}

/** The whole course for its authors, in five queries whatever its size. */
export async function loadAuthoringTree(m: EntityManager, courseId: string): Promise<CourseAuthoringDto> {
  const courses: CourseRow[] = await m.query(
    `SELECT id, status, title, summary, cover_file_id, estimated_minutes, audiences, municipality_ids, updated_at FROM course WHERE id = $1`,
    [courseId],
  );
  const course = courses[0];
  if (!course) throw ApiException.notFound('Course');
  const modules: TableRow<CourseModuleEntity, 'id' | 'title'>[] = await m.query(
    `SELECT id, title FROM course_module WHERE course_id = $1 ORDER BY position, id`,
    [courseId],
  );
  const lessons: TableRow<LessonEntity, 'id' | 'moduleId' | 'title' | 'required'>[] = await m.query(
    `SELECT id, module_id, title, required FROM lesson WHERE course_id = $1 ORDER BY position, id`,
    [courseId],
  );
  const blocks: BlockRow[] = await m.query(
    `SELECT b.id, b.lesson_id, b.kind, b.content, b.file_id, b.quiz_id, f.file_name, f.mime_type, f.size_bytes
       FROM lesson_block b JOIN lesson l ON l.id = b.lesson_id LEFT JOIN stored_file f ON f.id = b.file_id
      WHERE l.course_id = $1 ORDER BY b.position, b.id`,
    [courseId],
  );
  const quizRows: QuizRow[] = await m.query(
    `SELECT id, title, required, pass_mark_percent, max_attempts, questions FROM quiz WHERE course_id = $1`,
    [courseId],
  );
  const quizzes = new Map(quizRows.map((q) => [q.id, q]));
  const blocksByLesson = new Map<string, AuthoringBlockDto[]>();
  for (const b of blocks)
    blocksByLesson.set(b.lesson_id, [...(blocksByLesson.get(b.lesson_id) ?? []), toBlock(b, quizzes)]);
  const lessonsByModule = new Map<string, AuthoringLessonDto[]>();
  for (const l of lessons) {
    const lesson: AuthoringLessonDto = {
      id: l.id,
      title: texts(l.title),
      required: l.required,
      blocks: blocksByLesson.get(l.id) ?? [],
    };
    lessonsByModule.set(l.module_id, [...(lessonsByModule.get(l.module_id) ?? []), lesson]);
  }
  return {
    id: course.id,
    status: course.status,
    title: texts(course.title),
    summary: texts(course.summary),
    coverImageUrl: course.cover_file_id ? fileUrl(course.cover_file_id) : null,
    estimatedMinutes: course.estimated_minutes,
    audiences: course.audiences,
    municipalityIds: course.municipality_ids ?? [],
    modules: modules.map((mod) => ({
      id: mod.id,
      title: texts(mod.title),
      lessons: lessonsByModule.get(mod.id) ?? [],
    })),
    updatedAt: new Date(course.updated_at).toISOString(),
  };
}
