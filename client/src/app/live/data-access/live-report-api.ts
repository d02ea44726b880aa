import type { LiveSessionReport, Locale } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

const reportPath = (id: string): string => `/api/live-sessions/${encodeURIComponent(id)}/report`;

/** A session's kept record: the report and its attendance CSV. */
@Injectable({ providedIn: 'root' })
export class LiveReportApi {
  private readonly http = inject(HttpClient);

  get(id: string): Observable<LiveSessionReport> {
    return this.http.get<LiveSessionReport>(reportPath(id));
  }

  /** The attendance CSV with headers in `locale`, for a plain download link. */
  csvUrl(id: string, locale: Locale): string {
    return `${reportPath(id)}.csv?locale=${locale}`;
  }
}
