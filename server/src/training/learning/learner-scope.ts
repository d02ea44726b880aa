import {
  type CourseSummary,
  DEFAULT_LOCALE,
  type EnrollmentState,
  ErrorCode,
  type Locale,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';
import { availableLocales, type LocalizedField, localizer } from '@kotopaikka/training';

import { HttpStatus } from '@nestjs/common';

import type { TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import type { SqlParams } from '../../platform/http/sql-support';
import type { CourseEntity } from '../courses/course.entity';

/** Anything that runs SQL: the DataSource or a transaction's EntityManager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Published courses offered where the person is: everywhere-courses, their home municipality's, and for
 * coordinators the municipalities they manage; admins see every published course. Drafts never.
 */
export function visibleCourseSql(p: Principal, params: SqlParams, alias = 'c'): string {
  if (p.role === 'admin') return `${alias}.status = 'published'`;
  const offered = [`${alias}.municipality_ids IS NULL`];
  if (p.municipalityId) offered.push(`${params.add(p.municipalityId)}::uuid = ANY(${alias}.municipality_ids)`);
  if (p.role === 'coordinator' && p.managedMunicipalityIds.length > 0) {
    offered.push(`${alias}.municipality_ids && ${params.add(p.managedMunicipalityIds)}::uuid[]`);
  }
  return `${alias}.status = 'published' AND (${offered.join(' OR ')})`;
}

export function notEnrolled(): ApiException {
  return new ApiException(HttpStatus.FORBIDDEN, ErrorCode.NotEnrolled, 'Enroll in the course first');
}

export function asLocale(value: string | null | undefined): Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** Locales a field has text in that the platform supports, Finnish first. */
export function contentLocales(field: LocalizedField): Locale[] {
  return availableLocales(field).filter((l): l is Locale => (SUPPORTED_LOCALES as readonly string[]).includes(l));
}

export function fileUrl(fileId: string | null): string | null {
  return fileId ? `/api/files/${fileId}` : null;
}

export function isoOrNull(value: Date | string | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? new Date(value).toISOString() : value.toISOString();
}

/** The columns of `course` a summary is made of. */
export type CourseSummaryRow = TableRow<
  CourseEntity,
  'id' | 'title' | 'summary' | 'coverFileId' | 'estimatedMinutes' | 'audiences' | 'status'
>;

/** One course as a catalog or author's-list entry, in `locale` with fallback. */
export function courseSummary(
  row: CourseSummaryRow,
  locale: Locale,
  enrollment: EnrollmentState | null,
): CourseSummary {
  const text = localizer(locale);
  return {
    id: row.id,
    title: text.text(row.title),
    summary: text.text(row.summary),
    coverImageUrl: fileUrl(row.cover_file_id),
    estimatedMinutes: row.estimated_minutes,
    audiences: row.audiences,
    locales: contentLocales(row.title),
    status: row.status,
    fallback: text.fallback,
    enrollment,
  };
}
