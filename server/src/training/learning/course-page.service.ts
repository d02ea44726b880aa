import type { CourseDetail, CourseModule, IdName, LessonBlock, Locale } from '@kotopaikka/contracts';
import { type LocalizedField, type Localizer, localizer } from '@kotopaikka/training';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { preparedQuery } from '../../database/prepared-query';
import type { Nullable, TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import type { CourseModuleEntity } from '../courses/course.entity';
import type { LessonBlockEntity, LessonEntity } from '../courses/lesson.entity';
import type { QuizEntity } from '../courses/quiz.entity';
import type { StoredFileEntity } from '../files/stored-file.entity';
import {
  type EnrollmentRow,
  enrollmentState,
  PROGRESS_COLUMNS_SQL,
  type ProgressColumns,
  progressOf,
} from './course-outline';
import { asLocale, contentLocales, type CourseSummaryRow, fileUrl, visibleCourseSql } from './learner-scope';
import { VersionedCache } from './versioned-cache';

/** One row per block (or per empty lesson/module): the whole course in one ordered query. */
type PageRow = CourseSummaryRow & { municipalities: IdName[] | null } & Nullable<StructureColumns>;

// What sits below the course comes through LEFT JOINs, so every column of it may be null (PageRow).
type StructureColumns = TableRow<LessonBlockEntity, 'kind' | 'content' | 'fileId' | 'quizId'> &
  TableRow<StoredFileEntity, 'fileName' | 'mimeType' | 'sizeBytes'> & {
    module_id: CourseModuleEntity['id'];
    module_title: CourseModuleEntity['title'];
    lesson_id: LessonEntity['id'];
    lesson_title: LessonEntity['title'];
    lesson_required: LessonEntity['required'];
    block_id: LessonBlockEntity['id'];
    quiz_title: QuizEntity['title'];
    quiz_required: QuizEntity['required'];
  };

/** The reader's side of a visible course: its content version, and their enrollment and progress if any. */
type PersonRow = ProgressColumns &
  Nullable<EnrollmentRow> & {
    version: string;
    reflections: Record<string, string>;
  };

/** Courses whose structure a node keeps (a 30-lesson course is some 100 rows); the least recently read goes first. */
const CACHED_COURSES = 64;

function field(content: Record<string, unknown>, key: string): LocalizedField {
  const value = content[key];
  return value && typeof value === 'object' ? (value as LocalizedField) : {};
}

/**
 * The course page in at most two queries whatever the course size: the reader's state (with the course's
 * visibility and content version), then the structure, which a node keeps per version. Every authoring write
 * bumps `course.updated_at` in its transaction (course-scope.ts touchCourse), so a cached structure is used
 * only while it is current, on any node.
 */
@Injectable()
export class CoursePageService {
  private readonly structures = new VersionedCache<PageRow[]>(CACHED_COURSES);

  constructor(private readonly db: DataSource) {}

  async detail(p: Principal, courseId: string, askedLocale: Locale | undefined): Promise<CourseDetail> {
    const params = new SqlParams();
    const userParam = params.add(p.id);
    const courseParam = params.add(courseId);
    const people = await preparedQuery<PersonRow>(
      this.db,
      `SELECT c.updated_at::text AS version, e.id AS enrollment_id, e.due_date::text AS due_date, e.completed_at, ${PROGRESS_COLUMNS_SQL},
              COALESCE((SELECT json_object_agg(ra.block_id, ra.answer) FROM reflection_answer ra WHERE ra.enrollment_id = e.id), '{}') AS reflections
         FROM course c
         LEFT JOIN enrollment e ON e.course_id = c.id AND e.user_id = ${userParam}
        WHERE c.id = ${courseParam}::uuid AND ${visibleCourseSql(p, params)}`,
      params.values,
    );
    const person = people[0];
    if (!person) throw ApiException.notFound('Course');
    const rows = await this.structure(courseId, person.version);
    if (rows.length === 0) throw ApiException.notFound('Course');
    const locale = askedLocale ?? asLocale(p.locale);
    const text = localizer(locale);
    const progress = progressOf(person);
    const done = new Set(progress.doneLessonIds);
    const passed = new Set(progress.passedQuizIds);
    const reflections = person.reflections;

    const modules: CourseModule[] = [];
    const lessons: { id: string; required: boolean }[] = [];
    const requiredQuizIds: string[] = [];
    for (const row of rows) {
      if (!row.module_id) continue;
      let module = modules[modules.length - 1];
      if (module?.id !== row.module_id) {
        module = { id: row.module_id, title: text.text(row.module_title ?? {}), lessons: [] };
        modules.push(module);
      }
      if (!row.lesson_id) continue;
      let lesson = module.lessons[module.lessons.length - 1];
      if (lesson?.id !== row.lesson_id) {
        const required = row.lesson_required ?? true;
        lesson = {
          id: row.lesson_id,
          title: text.text(row.lesson_title ?? {}),
          required,
          done: done.has(row.lesson_id),
          blocks: [],
        };
        module.lessons.push(lesson);
        lessons.push({ id: row.lesson_id, required });
      }
      if (!row.block_id) continue;
      const block = this.block(row, text, reflections, passed);
      if (block.kind === 'quiz' && block.required) requiredQuizIds.push(block.quizId);
      lesson.blocks.push(block);
    }

    const first = rows[0];
    const enrollment = person.enrollment_id
      ? enrollmentState(person as PersonRow & { enrollment_id: string }, { lessons, requiredQuizIds }, progress)
      : null;
    const title = text.text(first.title);
    const summary = text.text(first.summary);
    return {
      id: first.id,
      title,
      summary,
      coverImageUrl: fileUrl(first.cover_file_id),
      estimatedMinutes: first.estimated_minutes,
      audiences: first.audiences,
      locales: contentLocales(first.title),
      status: first.status,
      locale,
      fallback: text.fallback,
      municipalities: first.municipalities ?? [],
      enrollment,
      modules,
    };
  }

  /** The course's structure as of `version`, from this node's cache when current. */
  private async structure(courseId: string, version: string): Promise<PageRow[]> {
    const cached = this.structures.get(courseId, version);
    if (cached) return cached;
    const rows = await preparedQuery<PageRow & { version: string }>(
      this.db,
      `SELECT c.updated_at::text AS version, c.id, c.title, c.summary, c.cover_file_id, c.estimated_minutes, c.audiences, c.status,
              (SELECT json_agg(json_build_object('id', mu.id, 'name', mu.name) ORDER BY mu.name)
                 FROM municipality mu WHERE mu.id = ANY(c.municipality_ids)) AS municipalities,
              m.id AS module_id, m.title AS module_title,
              l.id AS lesson_id, l.title AS lesson_title, l.required AS lesson_required,
              b.id AS block_id, b.kind, b.content, b.file_id, b.quiz_id,
              f.file_name, f.mime_type, f.size_bytes, q.title AS quiz_title, q.required AS quiz_required
         FROM course c
         LEFT JOIN course_module m ON m.course_id = c.id
         LEFT JOIN lesson l ON l.module_id = m.id
         LEFT JOIN lesson_block b ON b.lesson_id = l.id
         LEFT JOIN stored_file f ON f.id = b.file_id
         LEFT JOIN quiz q ON q.id = b.quiz_id
        WHERE c.id = $1::uuid
        ORDER BY m.position, m.id, l.position, l.id, b.position, b.id`,
      [courseId],
    );
    // Kept under the version this read saw (an edit may have landed since the reader's state was read).
    if (rows[0]) this.structures.set(courseId, rows[0].version, rows);
    return rows;
  }

  private block(
    row: PageRow,
    text: Localizer,
    reflections: Record<string, string>,
    passed: ReadonlySet<string>,
  ): LessonBlock {
    const id = row.block_id as string;
    const content = row.content ?? {};
    switch (row.kind) {
      case 'video': {
        const transcript = field(content, 'transcript');
        return {
          id,
          kind: 'video',
          url: typeof content['url'] === 'string' ? content['url'] : '',
          title: text.text(field(content, 'title')),
          transcript: Object.keys(transcript).length > 0 ? text.text(transcript) : null,
          captionsUrl: typeof content['captionsUrl'] === 'string' ? content['captionsUrl'] : null,
        };
      }
      case 'file':
        return {
          id,
          kind: 'file',
          fileId: row.file_id as string,
          fileName: row.file_name ?? '',
          mimeType: row.mime_type ?? 'application/octet-stream',
          sizeBytes: row.size_bytes ?? 0,
          url: fileUrl(row.file_id) as string,
        };
      case 'reflection':
        return { id, kind: 'reflection', prompt: text.text(field(content, 'prompt')), answer: reflections[id] ?? null };
      case 'quiz': {
        const quizId = row.quiz_id as string;
        return {
          id,
          kind: 'quiz',
          quizId,
          title: text.text(row.quiz_title ?? {}),
          required: row.quiz_required ?? true,
          passed: passed.has(quizId),
        };
      }
      default:
        return { id, kind: 'text', markdown: text.text(field(content, 'markdown')) };
    }
  }
}
