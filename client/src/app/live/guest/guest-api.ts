import type {
  CancelRegistrationResult,
  JoinLinkView,
  PublicLiveSession,
  RegistrationRequest,
  RegistrationResult,
  ResendRegistrationRequest,
  ResendRegistrationResult,
} from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

/** The public info-session routes: no session needed (the CSRF interceptor still sends its token on POSTs). */
@Injectable({ providedIn: 'root' })
export class GuestApi {
  private readonly http = inject(HttpClient);

  session(slug: string): Observable<PublicLiveSession> {
    return this.http.get<PublicLiveSession>(`/api/public/live-sessions/${encodeURIComponent(slug)}`);
  }

  register(slug: string, request: RegistrationRequest): Observable<RegistrationResult> {
    return this.http.post<RegistrationResult>(
      `/api/public/live-sessions/${encodeURIComponent(slug)}/registrations`,
      request,
    );
  }

  /** Asks for the registration mail again; the answer is the same whether the address is registered or not. */
  resend(slug: string, request: ResendRegistrationRequest): Observable<ResendRegistrationResult> {
    return this.http.post<ResendRegistrationResult>(
      `/api/public/live-sessions/${encodeURIComponent(slug)}/registrations/resend`,
      request,
    );
  }

  cancel(token: string): Observable<CancelRegistrationResult> {
    return this.http.post<CancelRegistrationResult>('/api/public/registrations/cancel', { token });
  }

  joinLink(token: string): Observable<JoinLinkView> {
    return this.http.get<JoinLinkView>(`/api/public/join/${encodeURIComponent(token)}`);
  }
}
