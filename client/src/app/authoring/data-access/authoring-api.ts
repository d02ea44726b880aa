import type {
  AssignCourseRequest,
  AssignCourseResult,
  AuthoringBlock,
  AuthoringLesson,
  AuthoringModule,
  AuthoringQuiz,
  BlockInput,
  BlockUpdate,
  CourseAuthoring,
  CourseCoverInput,
  CourseOrderRequest,
  CourseSummary,
  CreateCourseRequest,
  LessonInput,
  LocalizedText,
  Page,
  QuizInput,
  StoredFileInfo,
  UpdateCourseRequest,
} from '@kotopaikka/contracts';

import { HttpClient, type HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, type Observable, throwError } from 'rxjs';

const path = (...parts: string[]) => '/api/' + parts.map(encodeURIComponent).join('/');

/** Course authoring endpoints (coordinators and admins); every language is sent and received at once. */
@Injectable({ providedIn: 'root' })
export class AuthoringApi {
  private readonly http = inject(HttpClient);

  /**
   * Every course the author may edit, drafts included (`GET /api/authoring/courses`); until the server has that list,
   * a 404 falls back to the published catalog.
   */
  listCourses(cursor: string | null): Observable<Page<CourseSummary>> {
    const params: Record<string, string> = { limit: '50' };
    if (cursor) params['cursor'] = cursor;
    return this.http
      .get<Page<CourseSummary>>('/api/authoring/courses', { params })
      .pipe(
        catchError((error: { status?: number }) =>
          error?.status === 404
            ? this.http.get<Page<CourseSummary>>('/api/courses', { params })
            : throwError(() => error),
        ),
      );
  }

  course(id: string): Observable<CourseAuthoring> {
    return this.http.get<CourseAuthoring>(path('courses', id, 'authoring'));
  }

  createCourse(request: CreateCourseRequest): Observable<CourseAuthoring> {
    return this.http.post<CourseAuthoring>('/api/courses', request);
  }

  updateCourse(id: string, changes: UpdateCourseRequest): Observable<CourseAuthoring> {
    return this.http.patch<CourseAuthoring>(path('courses', id), changes);
  }

  /** `null` removes the cover. */
  setCover(id: string, coverFileId: string | null): Observable<CourseAuthoring> {
    const body: CourseCoverInput = { coverFileId };
    return this.http.patch<CourseAuthoring>(path('courses', id), body);
  }

  publish(id: string): Observable<CourseAuthoring> {
    return this.http.post<CourseAuthoring>(path('courses', id, 'publish'), {});
  }

  archive(id: string): Observable<CourseAuthoring> {
    return this.http.post<CourseAuthoring>(path('courses', id, 'archive'), {});
  }

  saveOrder(courseId: string, order: CourseOrderRequest): Observable<CourseAuthoring> {
    return this.http.put<CourseAuthoring>(path('courses', courseId, 'order'), order);
  }

  addModule(courseId: string, title: LocalizedText): Observable<AuthoringModule> {
    return this.http.post<AuthoringModule>(path('courses', courseId, 'modules'), { title });
  }

  renameModule(id: string, title: LocalizedText): Observable<AuthoringModule> {
    return this.http.patch<AuthoringModule>(path('modules', id), { title });
  }

  deleteModule(id: string): Observable<unknown> {
    return this.http.delete(path('modules', id));
  }

  addLesson(moduleId: string, title: LocalizedText): Observable<AuthoringLesson> {
    const body: LessonInput = { title, required: true };
    return this.http.post<AuthoringLesson>(path('modules', moduleId, 'lessons'), body);
  }

  updateLesson(id: string, changes: Partial<LessonInput>): Observable<AuthoringLesson> {
    return this.http.patch<AuthoringLesson>(path('lessons', id), changes);
  }

  deleteLesson(id: string): Observable<unknown> {
    return this.http.delete(path('lessons', id));
  }

  addBlock(lessonId: string, content: BlockInput): Observable<AuthoringBlock> {
    return this.http.post<AuthoringBlock>(path('lessons', lessonId, 'blocks'), content);
  }

  updateBlock(id: string, content: BlockUpdate): Observable<AuthoringBlock> {
    return this.http.patch<AuthoringBlock>(path('blocks', id), content);
  }

  deleteBlock(id: string): Observable<unknown> {
    return this.http.delete(path('blocks', id));
  }

  saveQuiz(id: string, quiz: QuizInput): Observable<AuthoringQuiz> {
    return this.http.put<AuthoringQuiz>(path('quizzes', id), quiz);
  }

  /** Enrolls a group (organisation, audience and/or municipality) in a published course. */
  assign(courseId: string, request: AssignCourseRequest): Observable<AssignCourseResult> {
    return this.http.post<AssignCourseResult>(path('courses', courseId, 'assign'), request);
  }

  /** Multipart upload with progress events; the server checks type and size on the content (415, 413). */
  upload(file: File): Observable<HttpEvent<StoredFileInfo>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<StoredFileInfo>('/api/files', body, {
      reportProgress: true,
      observe: 'events',
    });
  }
}
