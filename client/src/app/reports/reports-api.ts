import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CourseReport,
  CourseReportQuery,
  CourseReportSummary,
  Locale,
  Page,
} from '@kotopaikka/contracts';
import { EMPTY, expand, map, type Observable, reduce } from 'rxjs';

/** Course reports; the server scopes them to what the reader may see. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  /** Every course the reader may report on, all pages, named in `locale` (the language on screen). */
  courses(locale: Locale): Observable<CourseReportSummary[]> {
    const page = (cursor: string | null) =>
      this.http.get<Page<CourseReportSummary>>('/api/reports/courses', {
        params: cursor ? { cursor, locale } : { locale },
      });
    return page(null).pipe(
      expand((p) => (p.nextCursor ? page(p.nextCursor) : EMPTY)),
      map((p) => p.items),
      reduce((all, items) => [...all, ...items], [] as CourseReportSummary[]),
    );
  }

  course(id: string, query: CourseReportQuery = {}): Observable<CourseReport> {
    return this.http.get<CourseReport>(`/api/reports/courses/${encodeURIComponent(id)}`, { params: params(query) });
  }

  /** The export with the same filters as the figures on screen. */
  csvUrl(id: string, query: CourseReportQuery = {}): string {
    const search = new URLSearchParams(params(query)).toString();
    return `/api/reports/courses/${encodeURIComponent(id)}.csv${search ? '?' + search : ''}`;
  }
}

function params(query: CourseReportQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => !!value),
  ) as Record<string, string>;
}
