import type {
  Certificate,
  CourseDetail,
  CourseListQuery,
  CourseSummary,
  EnrollmentState,
  LessonProgress,
  LessonProgressRequest,
  Locale,
  Municipality,
  MyCourse,
  Page,
  PublicQuiz,
  QuizAttemptRequest,
  QuizAttemptResult,
} from '@kotopaikka/contracts';

import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';

/** Learner endpoints of the training API; the server answers texts in the learner's locale. */
@Injectable({ providedIn: 'root' })
export class TrainingApi {
  private readonly http = inject(HttpClient);

  catalog(query: CourseListQuery): Observable<Page<CourseSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && String(value).trim() !== '')
        params = params.set(key, String(value).trim());
    }
    return this.http.get<Page<CourseSummary>>('/api/courses', { params });
  }

  /** `locale`: the language the learner reads in now (it may differ from the one saved on them a moment ago). */
  course(id: string, locale: Locale): Observable<CourseDetail> {
    return this.http.get<CourseDetail>(`/api/courses/${encodeURIComponent(id)}`, { params: { locale } });
  }

  enroll(courseId: string): Observable<EnrollmentState> {
    return this.http.post<EnrollmentState>(`/api/courses/${encodeURIComponent(courseId)}/enroll`, {});
  }

  /** `locale`: the language the learner reads in now (see `course`). */
  myCourses(locale: Locale, cursor: string | null): Observable<Page<MyCourse>> {
    return this.http.get<Page<MyCourse>>('/api/me/courses', { params: cursor ? { locale, cursor } : { locale } });
  }

  /** `{ done: true }` from the button, `{ lastBlockId }` when the learner reached the lesson's last block. */
  markLesson(lessonId: string, request: LessonProgressRequest): Observable<LessonProgress> {
    return this.http.post<LessonProgress>(`/api/lessons/${encodeURIComponent(lessonId)}/progress`, request);
  }

  saveReflection(blockId: string, answer: string): Observable<unknown> {
    return this.http.put(`/api/blocks/${encodeURIComponent(blockId)}/reflection`, { answer });
  }

  quiz(quizId: string): Observable<PublicQuiz> {
    return this.http.get<PublicQuiz>(`/api/quizzes/${encodeURIComponent(quizId)}`);
  }

  submitQuiz(quizId: string, request: QuizAttemptRequest): Observable<QuizAttemptResult> {
    return this.http.post<QuizAttemptResult>(`/api/quizzes/${encodeURIComponent(quizId)}/attempts`, request);
  }

  /** Newest completion first; the first page covers a learner's courses. */
  myCertificates(): Observable<Page<Certificate>> {
    return this.http.get<Page<Certificate>>('/api/me/certificates');
  }

  municipalities(): Observable<{ items: Municipality[] }> {
    return this.http.get<{ items: Municipality[] }>('/api/municipalities');
  }
}
