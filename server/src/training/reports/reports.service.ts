import {
  type CourseReport,
  type CourseReportFigures,
  type CourseReportListQuery,
  type CourseReportQuery,
  type CourseReportSummary,
  type Locale,
  type Page,
  TIME_ZONE,
} from '@kotopaikka/contracts';
import { pickLocalized } from '@kotopaikka/training';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { MunicipalityEntity } from '../../accounts/municipalities/municipality.entity';
import type { OrganisationEntity } from '../../accounts/organisations/organisation.entity';
import type { UserEntity } from '../../accounts/users/user.entity';
import type { TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { CSV_BOM, csvRow } from '../../platform/csv/csv-writer';
import { ApiException } from '../../platform/errors/api.exception';
import { DEFAULT_PAGE_SIZE } from '../../platform/http/page-query.dto';
import { cursorTimeSql, decodeCursor, SqlParams, toPage } from '../../platform/http/sql-support';
import type { CourseEntity } from '../courses/course.entity';
import { authorableCourseSql } from '../courses/course-scope';
import type { EnrollmentEntity } from '../learning/enrollment.entity';
import { asLocale } from '../learning/learner-scope';
import {
  aggregateHeaders,
  audienceLabel,
  countCell,
  learnerHeaders,
  type OrganisationType,
  organisationTypeLabel,
} from './report-csv';
import { reportScope, scopeCondition } from './report-scope';
import { isSmallGroup, suppressSmallGroups, withheld } from './small-groups';

// Aggregates only: count() is a bigint and round() a numeric, both of which pg hands over as strings.
interface FigureRow {
  enrolled: string;
  in_progress: string;
  completed: string;
  avg_score: string | null;
  avg_days: string | null;
}

// Each enrollment's quiz result: the mean of its best score per quiz.
/** An enrollment's average of its best score per quiz, as `sc.score`: per row through the attempt-number index, not the whole table. */
const SCORES_JOIN = `
  LEFT JOIN LATERAL (
    SELECT avg(best) AS score
      FROM (SELECT max(qa.score_percent) AS best FROM quiz_attempt qa WHERE qa.enrollment_id = e.id GROUP BY qa.quiz_id) b
  ) sc ON true`;

const FIGURES = `
  count(*) AS enrolled,
  count(*) FILTER (WHERE e.completed_at IS NULL) AS in_progress,
  count(e.completed_at) AS completed,
  round(avg(sc.score), 1) AS avg_score,
  round((avg(extract(epoch FROM e.completed_at - e.enrolled_at)) / 86400)::numeric, 1) AS avg_days`;

const CSV_BATCH = 500;
// sv-SE writes 2026-11-27 10:00:00: sortable and read as a date by Finnish Excel.
const csvTime = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' });

function figures(row: FigureRow | undefined): CourseReportFigures {
  return {
    enrolled: Number(row?.enrolled ?? 0),
    inProgress: Number(row?.in_progress ?? 0),
    completed: Number(row?.completed ?? 0),
    averageQuizScorePercent: row?.avg_score == null ? null : Number(row.avg_score),
    averageCompletionDays: row?.avg_days == null ? null : Number(row.avg_days),
    suppressed: false,
  };
}

/** Course figures over the enrollments of learners in the reader's scope (municipalities, or an employer's organisation). */
@Injectable()
export class ReportsService {
  constructor(private readonly db: DataSource) {}

  /**
   * Courses with learners in scope, newest first: the catalog's key (published, else created, time; then id)
   * is fixed once a course is out, so pages neither skip nor repeat while enrollments keep coming.
   */
  async courses(me: Principal, query: CourseReportListQuery): Promise<Page<CourseReportSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const params = new SqlParams();
    const scope = scopeCondition(reportScope(me), params.values.length + 1);
    scope.params.forEach((value) => params.add(value));
    const pageWhere = [
      `EXISTS (SELECT 1 FROM enrollment e JOIN app_user u ON u.id = e.user_id WHERE e.course_id = c.id AND ${scope.sql})`,
    ];
    if (after) {
      pageWhere.push(
        `(COALESCE(c.published_at, c.created_at), c.id) < (${params.add(after[0])}::timestamptz, ${params.add(after[1])}::uuid)`,
      );
    }
    // The page of courses first, then figures over only their enrollments.
    const rows: (FigureRow & TableRow<CourseEntity, 'title'> & { course_id: CourseEntity['id']; sort_at: string })[] =
      await this.db.query(
        `WITH page AS (
         SELECT c.id, c.title, COALESCE(c.published_at, c.created_at) AS sort_at
           FROM course c
          WHERE ${pageWhere.join(' AND ')}
          ORDER BY COALESCE(c.published_at, c.created_at) DESC, c.id DESC
          LIMIT ${params.add(limit + 1)}
       )
       SELECT p.id AS course_id, p.title, ${cursorTimeSql('p.sort_at')} AS sort_at, ${FIGURES}
         FROM page p
         JOIN enrollment e ON e.course_id = p.id
         JOIN app_user u ON u.id = e.user_id
         ${SCORES_JOIN}
        WHERE ${scope.sql}
        GROUP BY p.id, p.title, p.sort_at
        ORDER BY p.sort_at DESC, p.id DESC`,
        params.values,
      );
    const page = toPage(
      rows,
      limit,
      (row) => ({
        course: { id: row.course_id, name: pickLocalized(row.title, query.locale ?? me.locale).text },
        ...figures(row),
      }),
      (row) => [row.sort_at, row.course_id],
    );
    // Each course is a total of its own: only its own smallness counts.
    return this.namesNobody(me) ? { ...page, items: page.items.map((c) => (isSmallGroup(c) ? withheld(c) : c)) } : page;
  }

  async course(me: Principal, courseId: string, query: CourseReportQuery): Promise<CourseReport> {
    const scope = reportScope(me);
    const course = await this.courseName(me, courseId, query.locale);
    const where = this.where(scope, courseId, query);
    const totals: FigureRow[] = await this.db.query(`SELECT ${FIGURES} ${where.from}`, where.params);
    const rows: (FigureRow &
      TableRow<UserEntity, 'municipalityId' | 'audience'> & {
        municipality_name: MunicipalityEntity['name'] | null;
      })[] = await this.db.query(
      `SELECT u.municipality_id, m.name AS municipality_name, u.audience, ${FIGURES} ${where.from}
        GROUP BY u.municipality_id, m.name, u.audience
        ORDER BY m.name NULLS LAST, u.audience`,
      where.params,
    );
    const report: CourseReport = {
      course,
      totals: figures(totals[0]),
      rows: rows.map((row) => ({
        municipality: row.municipality_id ? { id: row.municipality_id, name: row.municipality_name ?? '' } : null,
        audience: row.audience,
        ...figures(row),
      })),
    };
    if (scope.namesLearners) return report;
    return {
      ...report,
      totals: isSmallGroup(report.totals) ? withheld(report.totals) : report.totals,
      rows: suppressSmallGroups(report.rows),
    };
  }

  private namesNobody(me: Principal): boolean {
    return !reportScope(me).namesLearners;
  }

  /**
   * For those who work with the people, one line per enrollment in scope, fetched in keyset batches and written as it
   * goes; for decision-makers, figures per month, municipality, audience and organisation type, small groups as "<5".
   * Headers and values in the reader's language.
   */
  async streamCsv(
    me: Principal,
    courseId: string,
    query: CourseReportQuery,
    write: (chunk: string) => Promise<void>,
  ): Promise<void> {
    const scope = reportScope(me);
    await this.courseName(me, courseId);
    const where = this.where(scope, courseId, query);
    const locale = query.locale ?? asLocale(me.locale);
    if (!scope.namesLearners) return this.aggregateCsv(where, locale, write);
    await write(CSV_BOM + csvRow(learnerHeaders(locale)));
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch: (TableRow<EnrollmentEntity, 'id' | 'enrolledAt' | 'completedAt'> &
        TableRow<UserEntity, 'displayName' | 'audience'> & {
          municipality_name: MunicipalityEntity['name'] | null;
          organisation_name: OrganisationEntity['name'] | null;
          score: string | null;
        })[] = await this.db.query(
        `SELECT e.id, u.display_name, m.name AS municipality_name, o.name AS organisation_name, u.audience,
                  e.enrolled_at, e.completed_at, round(sc.score, 1) AS score
             ${where.from}
              AND e.id > $${where.params.length + 1}
            ORDER BY e.id LIMIT ${CSV_BATCH}`,
        [...where.params, after],
      );
      if (batch.length === 0) return;
      await write(
        batch
          .map((r) =>
            csvRow([
              r.display_name,
              r.municipality_name,
              r.organisation_name,
              audienceLabel(locale, r.audience),
              csvTime.format(r.enrolled_at),
              r.completed_at ? csvTime.format(r.completed_at) : null,
              r.score === null ? null : Number(r.score),
              r.completed_at
                ? Math.round(((r.completed_at.getTime() - r.enrolled_at.getTime()) / 86_400_000) * 10) / 10
                : null,
            ]),
          )
          .join(''),
      );
      after = (batch[batch.length - 1] as { id: string }).id;
      if (batch.length < CSV_BATCH) return;
    }
  }

  private async aggregateCsv(
    where: { from: string; params: unknown[] },
    locale: Locale,
    write: (chunk: string) => Promise<void>,
  ): Promise<void> {
    const rows: (FigureRow &
      TableRow<UserEntity, 'audience'> & {
        month: string;
        municipality_name: MunicipalityEntity['name'] | null;
        organisation_type: OrganisationType;
      })[] = await this.db.query(
      `SELECT to_char(e.enrolled_at AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM') AS month, m.name AS municipality_name, u.audience,
              COALESCE(o.kind, 'none') AS organisation_type, ${FIGURES}
         ${where.from}
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2 NULLS LAST, 3, 4`,
      where.params,
    );
    const groups = suppressSmallGroups(rows.map((r) => ({ ...r, ...figures(r) })));
    await write(
      CSV_BOM +
        csvRow(aggregateHeaders(locale)) +
        groups
          .map((g) =>
            csvRow([
              g.month,
              g.municipality_name,
              audienceLabel(locale, g.audience),
              organisationTypeLabel(locale, g.organisation_type),
              countCell(g.enrolled, g.suppressed),
              countCell(g.inProgress, g.suppressed),
              countCell(g.completed, g.suppressed),
              g.averageQuizScorePercent,
              g.averageCompletionDays,
            ]),
          )
          .join(''),
    );
  }

  /** A draft is nobody's figures yet: only those who may author it see its (empty) report, others get 404. */
  private async courseName(me: Principal, courseId: string, locale?: Locale): Promise<{ id: string; name: string }> {
    const params = new SqlParams();
    const id = params.add(courseId);
    const [row]: TableRow<CourseEntity, 'title'>[] = await this.db.query(
      `SELECT c.title FROM course c WHERE c.id = ${id} AND (c.status <> 'draft' OR ${authorableCourseSql(me, params)})`,
      params.values,
    );
    if (!row) throw ApiException.notFound('Course');
    return { id: courseId, name: pickLocalized(row.title, locale ?? me.locale).text };
  }

  private where(
    scope: ReturnType<typeof reportScope>,
    courseId: string,
    query: CourseReportQuery,
  ): { from: string; params: unknown[] } {
    const condition = scopeCondition(scope, 4);
    return {
      from: `FROM enrollment e
         JOIN app_user u ON u.id = e.user_id
         LEFT JOIN municipality m ON m.id = u.municipality_id
         LEFT JOIN organisation o ON o.id = u.organisation_id
         ${SCORES_JOIN}
        WHERE e.course_id = $1
          AND ($2::uuid IS NULL OR u.municipality_id = $2::uuid)
          AND ($3::text IS NULL OR u.audience = $3::text)
          AND ${condition.sql}`,
      params: [courseId, query.municipalityId ?? null, query.audience ?? null, ...condition.params],
    };
  }
}
