import type { Locale, TrainingHome } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { type Observable, shareReplay } from 'rxjs';

/** How long the panels of one home page view share an answer; a later visit asks again. */
const SHARED_MS = 3000;

/** `GET /api/training/home`: the panels shown together (own learning, the municipality) share one request. */
@Injectable({ providedIn: 'root' })
export class TrainingHomeApi {
  private readonly http = inject(HttpClient);
  private shared: { locale: Locale; at: number; request: Observable<TrainingHome> } | null = null;

  home(locale: Locale): Observable<TrainingHome> {
    const now = Date.now();
    if (this.shared && this.shared.locale === locale && now - this.shared.at < SHARED_MS) return this.shared.request;
    const request = this.http.get<TrainingHome>('/api/training/home', { params: { locale } }).pipe(shareReplay(1));
    this.shared = { locale, at: now, request };
    return request;
  }
}
