import type { CsrfResponse } from '@kotopaikka/contracts';

import { HttpBackend, HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, type Observable, of, shareReplay, tap } from 'rxjs';

/** Holds the CSRF token from `GET /api/auth/csrf`; fetched once, shared by concurrent requests, refetched on demand. */
@Injectable({ providedIn: 'root' })
export class CsrfToken {
  // A bare client (no interceptors) so that fetching the token can never recurse into the interceptors.
  private readonly http = new HttpClient(inject(HttpBackend));
  private token: string | null = null;
  private inFlight: Observable<string> | null = null;

  get(): Observable<string> {
    if (this.token) return of(this.token);
    this.inFlight ??= this.http.get<CsrfResponse>('/api/auth/csrf', { withCredentials: true }).pipe(
      map((r) => r.token),
      tap({
        next: (token) => {
          this.token = token;
          this.inFlight = null;
        },
        error: () => (this.inFlight = null),
      }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.inFlight;
  }

  /** The server rotates the token on login and says so in the `X-CSRF-Token` response header. */
  set(token: string): void {
    this.token = token;
    this.inFlight = null;
  }

  reset(): void {
    this.token = null;
    this.inFlight = null;
  }
}
