import type { EmailCategory, MailLogDetail, MailLogEntry, Page } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import { queryParams } from '../../core/http/query-params';

@Injectable({ providedIn: 'root' })
export class MailLogApi {
  private readonly http = inject(HttpClient);

  list(filter: { to: string; category: EmailCategory | '' }, cursor: string | null): Observable<Page<MailLogEntry>> {
    return this.http.get<Page<MailLogEntry>>('/api/mail-log', {
      params: queryParams({ to: filter.to.trim(), category: filter.category, cursor }),
    });
  }

  get(id: string): Observable<MailLogDetail> {
    return this.http.get<MailLogDetail>(`/api/mail-log/${encodeURIComponent(id)}`);
  }
}
