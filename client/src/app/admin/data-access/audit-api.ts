import type { AuditEntry, Page } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import { queryParams } from '../../core/http/query-params';

export interface AuditFilter {
  action: string;
  entityType: string;
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  /** `locale`: the language to name courses and other titled targets in. */
  list(filter: AuditFilter, cursor: string | null, locale?: string): Observable<Page<AuditEntry>> {
    return this.http.get<Page<AuditEntry>>('/api/audit', {
      params: queryParams({ action: filter.action.trim(), entityType: filter.entityType.trim(), cursor, locale }),
    });
  }
}
