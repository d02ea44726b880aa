import type {
  MenteeRequest,
  MenteeRequestInput,
  MentoringProgram,
  MentoringProgramInput,
  MentoringProgramStatus,
  MentorProfile,
  MentorProfileInput,
} from '@kotopaikka/contracts';

import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, type Observable, of, throwError } from 'rxjs';

const base = '/api/mentoring';
const programPath = (id: string, ...rest: string[]): string =>
  [base, 'programs', encodeURIComponent(id), ...rest].join('/');

/** A 404 is an answer here: one has not signed up (yet). */
function noneWhenMissing<T>(request: Observable<T>): Observable<T | null> {
  return request.pipe(
    catchError((error: unknown) =>
      error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
    ),
  );
}

/** The mentoring programs' calls: programs, mentors' offers and mentees' requests. */
@Injectable({ providedIn: 'root' })
export class MentoringProgramsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<MentoringProgram[]> {
    return this.http.get<MentoringProgram[]>(`${base}/programs`);
  }

  get(id: string): Observable<MentoringProgram> {
    return this.http.get<MentoringProgram>(programPath(id));
  }

  create(input: MentoringProgramInput): Observable<MentoringProgram> {
    return this.http.post<MentoringProgram>(`${base}/programs`, input);
  }

  update(id: string, changes: Partial<MentoringProgramInput>): Observable<MentoringProgram> {
    return this.http.patch<MentoringProgram>(programPath(id), changes);
  }

  moveTo(id: string, status: MentoringProgramStatus): Observable<MentoringProgram> {
    return this.http.post<MentoringProgram>(programPath(id, 'status'), { status });
  }

  offerToMentor(programId: string, input: MentorProfileInput): Observable<MentorProfile> {
    return this.http.post<MentorProfile>(programPath(programId, 'mentor-profile'), input);
  }

  /** One's own offer in the program, or null when there is none. */
  myMentorProfile(programId: string): Observable<MentorProfile | null> {
    return noneWhenMissing(this.http.get<MentorProfile>(programPath(programId, 'mentor-profile')));
  }

  mentorProfiles(programId: string): Observable<MentorProfile[]> {
    return this.http.get<MentorProfile[]>(programPath(programId, 'mentor-profiles'));
  }

  decideMentor(profileId: string, decision: 'approve' | 'decline'): Observable<MentorProfile> {
    return this.http.post<MentorProfile>(`${base}/mentor-profiles/${encodeURIComponent(profileId)}/${decision}`, {});
  }

  withdrawMentorProfile(profileId: string): Observable<MentorProfile> {
    return this.http.post<MentorProfile>(`${base}/mentor-profiles/${encodeURIComponent(profileId)}/withdraw`, {});
  }

  askForMentor(programId: string, input: MenteeRequestInput): Observable<MenteeRequest> {
    return this.http.post<MenteeRequest>(programPath(programId, 'mentee-request'), input);
  }

  /** One's own request in the program, or null when there is none. */
  myMenteeRequest(programId: string): Observable<MenteeRequest | null> {
    return noneWhenMissing(this.http.get<MenteeRequest>(programPath(programId, 'mentee-request')));
  }

  menteeRequests(programId: string): Observable<MenteeRequest[]> {
    return this.http.get<MenteeRequest[]>(programPath(programId, 'mentee-requests'));
  }

  withdrawMenteeRequest(requestId: string): Observable<MenteeRequest> {
    return this.http.post<MenteeRequest>(`${base}/mentee-requests/${encodeURIComponent(requestId)}/withdraw`, {});
  }
}
