import type {
  CalendarFeed,
  CourseSummary,
  IdName,
  LiveSessionDetail,
  LiveSessionInput,
  LiveSessionListQuery,
  LiveSessionSummary,
  LiveSessionUpdate,
  Locale,
  Organisation,
  Page,
  RsvpAnswer,
  RsvpResult,
  UserSummary,
} from '@kotopaikka/contracts';

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';

const base = '/api/live-sessions';
const sessionPath = (id: string, ...rest: string[]): string => [base, encodeURIComponent(id), ...rest].join('/');

function params(values: Record<string, string | number | null | undefined>): HttpParams {
  let result = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') result = result.set(key, String(value));
  }
  return result;
}

/** A list answered bare or as the API's page shape: the client reads either. */
function items<T>(answer: T[] | Page<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

/** Every HTTP call of the live-session pages: scheduling, RSVP, calendar links, and the pickers of the form. */
@Injectable({ providedIn: 'root' })
export class LiveSessionsApi {
  private readonly http = inject(HttpClient);

  list(query: LiveSessionListQuery): Observable<LiveSessionSummary[]> {
    return this.http
      .get<LiveSessionSummary[] | Page<LiveSessionSummary>>(base, { params: params({ ...query }) })
      .pipe(map(items));
  }

  get(id: string): Observable<LiveSessionDetail> {
    return this.http.get<LiveSessionDetail>(sessionPath(id));
  }

  create(input: LiveSessionInput): Observable<LiveSessionDetail> {
    return this.http.post<LiveSessionDetail>(base, input);
  }

  update(id: string, changes: LiveSessionUpdate): Observable<LiveSessionDetail> {
    return this.http.patch<LiveSessionDetail>(sessionPath(id), changes);
  }

  cancel(id: string): Observable<unknown> {
    return this.http.post(sessionPath(id, 'cancel'), {});
  }

  rsvp(id: string, answer: RsvpAnswer): Observable<RsvpResult> {
    return this.http.put<RsvpResult>(sessionPath(id, 'rsvp'), { answer });
  }

  /** The `.ics` of one session, for a plain download link. */
  calendarFileUrl(id: string): string {
    return sessionPath(id, 'calendar.ics');
  }

  /** Creates the personal calendar feed, or regenerates it (the old URL stops working). */
  createCalendarFeed(): Observable<CalendarFeed> {
    return this.http.post<CalendarFeed>('/api/me/calendar-feed', {});
  }

  revokeCalendarFeed(): Observable<unknown> {
    return this.http.delete('/api/me/calendar-feed');
  }

  // The form's pickers read the APIs that other pages own.

  searchPeople(q: string, municipalityId: string | null): Observable<UserSummary[]> {
    return this.http
      .get<Page<UserSummary>>('/api/users', { params: params({ q, municipalityId, status: 'active', limit: 10 }) })
      .pipe(map(items));
  }

  organisations(municipalityId: string): Observable<Organisation[]> {
    return this.http
      .get<Page<Organisation>>('/api/organisations', { params: params({ municipalityId, limit: 100 }) })
      .pipe(map(items));
  }

  courses(locale: Locale): Observable<IdName[]> {
    return this.http
      .get<Page<CourseSummary>>('/api/courses', { params: params({ locale, limit: 100 }) })
      .pipe(map((page) => items(page).map((c) => ({ id: c.id, name: c.title }))));
  }
}
