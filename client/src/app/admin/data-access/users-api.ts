import type { Page, UpdateUserRequest, UserListQuery, UserSummary } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import { queryParams } from '../../core/http/query-params';

export const USER_PAGE_SIZE = 25;

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery): Observable<Page<UserSummary>> {
    return this.http.get<Page<UserSummary>>('/api/users', {
      params: queryParams({ limit: USER_PAGE_SIZE, ...query }),
    });
  }

  get(id: string): Observable<UserSummary> {
    return this.http.get<UserSummary>(`/api/users/${encodeURIComponent(id)}`);
  }

  update(id: string, changes: UpdateUserRequest): Observable<UserSummary> {
    return this.http.patch<UserSummary>(`/api/users/${encodeURIComponent(id)}`, changes);
  }

  deactivate(id: string): Observable<UserSummary> {
    return this.http.post<UserSummary>(`/api/users/${encodeURIComponent(id)}/deactivate`, {});
  }

  reactivate(id: string): Observable<UserSummary> {
    return this.http.post<UserSummary>(`/api/users/${encodeURIComponent(id)}/reactivate`, {});
  }
}
