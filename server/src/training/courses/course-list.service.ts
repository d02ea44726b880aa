import type { CourseSummary, Page } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { DEFAULT_PAGE_SIZE } from '../../platform/http/page-query.dto';
import { cursorTimeSql, decodeCursor, likePattern, SqlParams, toPage } from '../../platform/http/sql-support';
import { asLocale, courseSummary, type CourseSummaryRow } from '../learning/learner-scope';
import { authorableCourseSql } from './course-scope';
import type { AuthoringCourseListQueryDto } from './dto/course-list.dto';

type AuthoringListRow = CourseSummaryRow & { sort_at: string };

/** The author's desk: every course they may edit, drafts and archived ones too, most recently edited first. */
@Injectable()
export class CourseListService {
  constructor(private readonly db: DataSource) {}

  async list(actor: Principal, query: AuthoringCourseListQueryDto): Promise<Page<CourseSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const params = new SqlParams();
    const where = [authorableCourseSql(actor, params)];
    if (query.status) where.push(`c.status = ${params.add(query.status)}`);
    if (query.q?.trim()) {
      where.push(
        `EXISTS (SELECT 1 FROM jsonb_each_text(c.title) t WHERE t.value ILIKE ${params.add(likePattern(query.q.trim()))})`,
      );
    }
    if (after)
      where.push(`(c.updated_at, c.id) < (${params.add(after[0])}::timestamptz, ${params.add(after[1])}::uuid)`);
    const rows = (await this.db.query(
      `SELECT c.id, c.title, c.summary, c.cover_file_id, c.estimated_minutes, c.audiences, c.status,
              ${cursorTimeSql('c.updated_at')} AS sort_at
         FROM course c
        WHERE ${where.join(' AND ')}
        ORDER BY c.updated_at DESC, c.id DESC
        LIMIT ${params.add(limit + 1)}`,
      params.values,
    )) as AuthoringListRow[];
    const locale = asLocale(actor.locale);
    return toPage(
      rows,
      limit,
      // The author's list is about editing; their own progress lives in the catalog.
      (row): CourseSummary => courseSummary(row, locale, null),
      (row) => [row.sort_at, row.id],
    );
  }
}
