import type {
  Invitation,
  InvitationImportResult,
  InvitationStatus,
  InviteUserRequest,
  Page,
} from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import { queryParams } from '../../core/http/query-params';

@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly http = inject(HttpClient);

  invite(request: InviteUserRequest): Observable<Invitation> {
    return this.http.post<Invitation>('/api/invitations', request);
  }

  import(file: File, municipalityId: string): Observable<InvitationImportResult> {
    const form = new FormData();
    form.append('municipalityId', municipalityId);
    form.append('file', file, file.name);
    return this.http.post<InvitationImportResult>('/api/invitations/import', form);
  }

  list(status: InvitationStatus | '', cursor: string | null): Observable<Page<Invitation>> {
    return this.http.get<Page<Invitation>>('/api/invitations', { params: queryParams({ status, cursor }) });
  }

  resend(id: string): Observable<Invitation> {
    return this.http.post<Invitation>(`/api/invitations/${encodeURIComponent(id)}/resend`, {});
  }

  revoke(id: string): Observable<Invitation> {
    return this.http.post<Invitation>(`/api/invitations/${encodeURIComponent(id)}/revoke`, {});
  }
}
