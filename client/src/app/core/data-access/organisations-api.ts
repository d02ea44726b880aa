import type { CreateOrganisationRequest, Organisation, Page, UpdateOrganisationRequest } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { EMPTY, expand, map, type Observable, reduce } from 'rxjs';

import { queryParams } from '../http/query-params';

@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  list(municipalityId: string | null, cursor: string | null): Observable<Page<Organisation>> {
    return this.http.get<Page<Organisation>>('/api/organisations', {
      params: queryParams({ municipalityId, cursor }),
    });
  }

  /** Every organisation of one municipality, for pickers (a municipality has tens, not thousands). */
  listAll(municipalityId: string): Observable<Organisation[]> {
    return this.list(municipalityId, null).pipe(
      expand((page) => (page.nextCursor ? this.list(municipalityId, page.nextCursor) : EMPTY)),
      map((page) => page.items),
      reduce((all, items) => [...all, ...items], [] as Organisation[]),
    );
  }

  create(request: CreateOrganisationRequest): Observable<Organisation> {
    return this.http.post<Organisation>('/api/organisations', request);
  }

  update(id: string, changes: UpdateOrganisationRequest): Observable<Organisation> {
    return this.http.patch<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, changes);
  }

  delete(id: string): Observable<unknown> {
    return this.http.delete(`/api/organisations/${encodeURIComponent(id)}`);
  }
}
