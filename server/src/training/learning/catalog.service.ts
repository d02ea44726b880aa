import type { CourseSummary, MyCourse, MyCoursesQuery, Page } from '@kotopaikka/contracts';
import { type LocalizedField, localizer } from '@kotopaikka/training';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { preparedQuery } from '../../database/prepared-query';
import type { Nullable, TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { DEFAULT_PAGE_SIZE } from '../../platform/http/page-query.dto';
import { cursorTimeSql, decodeCursor, likePattern, SqlParams, toPage } from '../../platform/http/sql-support';
import type { CertificateEntity } from '../certificates/certificate.entity';
import type { CourseEntity } from '../courses/course.entity';
import {
  CourseOutlines,
  type EnrollmentRow,
  enrollmentState,
  PROGRESS_COLUMNS_SQL,
  type ProgressColumns,
  progressOf,
} from './course-outline';
import type { CourseListQueryDto } from './dto/course.dto';
import type { EnrollmentEntity } from './enrollment.entity';
import { asLocale, courseSummary, type CourseSummaryRow, fileUrl, isoOrNull, visibleCourseSql } from './learner-scope';

// The person's enrollment, if any, through a LEFT JOIN.
type CatalogRow = CourseSummaryRow & ProgressColumns & Nullable<EnrollmentRow> & { sort_at: string; version: string };

type MyCourseRow = EnrollmentRow &
  ProgressColumns &
  TableRow<EnrollmentEntity, 'courseId'> &
  TableRow<CourseEntity, 'title' | 'coverFileId'> & {
    version: string;
    unfinished: boolean;
    activity_at: string;
    certificate_code: CertificateEntity['code'] | null;
  };

/** The catalog and "my courses": what a person may take, and where they are in what they took. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly db: DataSource,
    private readonly outlines: CourseOutlines,
  ) {}

  async list(p: Principal, query: CourseListQueryDto): Promise<Page<CourseSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const params = new SqlParams();
    const userParam = params.add(p.id);
    const where = [visibleCourseSql(p, params)];
    if (query.audience)
      where.push(`(cardinality(c.audiences) = 0 OR ${params.add(query.audience)} = ANY(c.audiences))`);
    if (query.locale) where.push(`btrim(COALESCE(c.title ->> ${params.add(query.locale)}, '')) <> ''`);
    if (query.municipalityId)
      where.push(`(c.municipality_ids IS NULL OR ${params.add(query.municipalityId)}::uuid = ANY(c.municipality_ids))`);
    if (query.q?.trim()) {
      const pattern = params.add(likePattern(query.q.trim()));
      where.push(`(EXISTS (SELECT 1 FROM jsonb_each_text(c.title) t WHERE t.value ILIKE ${pattern})
                OR EXISTS (SELECT 1 FROM jsonb_each_text(c.summary) s WHERE s.value ILIKE ${pattern}))`);
    }
    if (after) {
      where.push(
        `(COALESCE(c.published_at, c.created_at), c.id) < (${params.add(after[0])}::timestamptz, ${params.add(after[1])}::uuid)`,
      );
    }
    const rows = await preparedQuery<CatalogRow>(
      this.db,
      `SELECT c.id, c.title, c.summary, c.cover_file_id, c.estimated_minutes, c.audiences, c.status,
              ${cursorTimeSql('COALESCE(c.published_at, c.created_at)')} AS sort_at, c.updated_at::text AS version,
              e.id AS enrollment_id, e.due_date::text AS due_date, e.completed_at, ${PROGRESS_COLUMNS_SQL}
         FROM course c
         LEFT JOIN enrollment e ON e.course_id = c.id AND e.user_id = ${userParam}
        WHERE ${where.join(' AND ')}
        ORDER BY COALESCE(c.published_at, c.created_at) DESC, c.id DESC
        LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
    const enrolled = rows.slice(0, limit).filter((r) => r.enrollment_id !== null);
    const locale = query.lang ?? asLocale(p.locale);
    const outlines = await this.outlines.of(new Map(enrolled.map((r) => [r.id, r.version])));
    return toPage(
      rows,
      limit,
      (row) => {
        const outline = outlines.get(row.id);
        const state =
          row.enrollment_id && outline ? enrollmentState(row as EnrollmentRow, outline, progressOf(row)) : null;
        return courseSummary(row, locale, state);
      },
      (row) => [row.sort_at, row.id],
    );
  }

  /** Unfinished first, then by latest activity; the sort key, with the id last, is the cursor. */
  async myCourses(p: Principal, query: MyCoursesQuery): Promise<Page<MyCourse>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['boolean', 'timestamp', 'uuid']);
    const params = new SqlParams();
    const where = [`e.user_id = ${params.add(p.id)}`];
    if (after) {
      where.push(`(e.completed_at IS NULL, e.last_activity_at, e.id)
                  < (${params.add(after[0])}::boolean, ${params.add(after[1])}::timestamptz, ${params.add(after[2])}::uuid)`);
    }
    const rows = await preparedQuery<MyCourseRow>(
      this.db,
      `SELECT e.id AS enrollment_id, e.course_id, e.due_date::text AS due_date, e.completed_at,
              e.completed_at IS NULL AS unfinished, ${cursorTimeSql('e.last_activity_at')} AS activity_at,
              c.updated_at::text AS version, ${PROGRESS_COLUMNS_SQL}, c.title, c.cover_file_id, cert.code AS certificate_code
         FROM enrollment e
         JOIN course c ON c.id = e.course_id AND c.status = 'published'
         LEFT JOIN certificate cert ON cert.enrollment_id = e.id
        WHERE ${where.join(' AND ')}
        ORDER BY (e.completed_at IS NULL) DESC, e.last_activity_at DESC, e.id DESC
        LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
    const locale = query.locale ?? asLocale(p.locale);
    const outlines = await this.outlines.of(new Map(rows.slice(0, limit).map((r) => [r.course_id, r.version])));
    const myCourse = (row: MyCourseRow): MyCourse => {
      const outline = outlines.get(row.course_id) ?? {
        lessons: [],
        requiredQuizIds: [],
        lessonTitles: new Map<string, LocalizedField>(),
      };
      const state = enrollmentState(row, outline, progressOf(row));
      const text = localizer(locale);
      const title = text.text(row.title);
      const next = state.continueLessonId;
      return {
        enrollmentId: row.enrollment_id,
        course: { id: row.course_id, title, coverImageUrl: fileUrl(row.cover_file_id), fallback: text.fallback },
        progressPercent: state.progressPercent,
        dueDate: row.due_date,
        completedAt: isoOrNull(row.completed_at),
        continueLesson: next ? { id: next, title: localizer(locale).text(outline.lessonTitles.get(next) ?? {}) } : null,
        certificateCode: row.certificate_code,
      };
    };
    return toPage(rows, limit, myCourse, (row) => [String(row.unfinished), row.activity_at, row.enrollment_id]);
  }
}
