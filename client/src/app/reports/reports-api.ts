import type { CourseReport, CourseReportQuery, CourseReportSummary, Locale, Page } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

/** Course reports; the server scopes them to what the reader may see. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  /** A page of the courses the reader may report on, newest first, with figures; named in `locale` (the language on screen). */
  courses(locale: Locale, cursor: string | null): Observable<Page<CourseReportSummary>> {
    return this.http.get<Page<CourseReportSummary>>('/api/reports/courses', {
      params: cursor ? { locale, cursor } : { locale },
    });
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
  return Object.fromEntries(Object.entries(query).filter(([, value]) => !!value)) as Record<string, string>;
}
