import type {
  AcceptInvitationRequest,
  ChangePasswordRequest,
  EmailPreferences,
  InvitationPreview,
  LoginRequest,
  Me,
  UpdateProfileRequest,
} from '@kotopaikka/contracts';

import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

import { SKIP_AUTH_REDIRECT } from '../http/http-context';

/** The account endpoints of `/api/auth`, `/api/invitations` and `/api/me`. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  // A 401 from these means "not logged in" or "wrong password", never "session lost, go to login".
  private readonly quiet = { context: new HttpContext().set(SKIP_AUTH_REDIRECT, true) };

  me(): Observable<Me> {
    return this.http.get<Me>('/api/auth/me', this.quiet);
  }

  login(body: LoginRequest): Observable<Me> {
    return this.http.post<Me>('/api/auth/login', body, this.quiet);
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', {}, this.quiet);
  }

  updateMe(body: UpdateProfileRequest): Observable<Me> {
    return this.http.patch<Me>('/api/auth/me', body);
  }

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password', body, this.quiet);
  }

  forgotPassword(email: string): Observable<void> {
    return this.http.post<void>('/api/auth/password/forgot', { email }, this.quiet);
  }

  checkResetToken(token: string): Observable<unknown> {
    return this.http.get(`/api/auth/password/reset/${encodeURIComponent(token)}`, this.quiet);
  }

  resetPassword(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/password/reset', { token, password }, this.quiet);
  }

  invitation(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(`/api/invitations/token/${encodeURIComponent(token)}`, this.quiet);
  }

  acceptInvitation(body: AcceptInvitationRequest): Observable<unknown> {
    return this.http.post('/api/invitations/accept', body, this.quiet);
  }

  emailPreferences(): Observable<EmailPreferences> {
    return this.http.get<EmailPreferences>('/api/me/email-preferences');
  }

  saveEmailPreferences(body: EmailPreferences): Observable<EmailPreferences> {
    return this.http.put<EmailPreferences>('/api/me/email-preferences', body);
  }
}
