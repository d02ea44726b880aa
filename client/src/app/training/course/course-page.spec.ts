import { ErrorCode } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest } from '../../testing/test-app';
import { aCourse, COURSE_ID, expectRequest, setUpTrainingTest } from '../shared/training-testing';
import { CoursePage } from './course-page';

describe('CoursePage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CoursePage>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  async function open(answer: () => void): Promise<void> {
    fixture = TestBed.createComponent(CoursePage);
    fixture.componentRef.setInput('id', COURSE_ID);
    el = fixture.nativeElement;
    fixture.detectChanges();
    answer();
    await fixture.whenStable();
  }

  beforeEach(() => {
    http = setUpTrainingTest();
  });

  afterEach(() => http.verify());

  it('asks in the current language, lists modules and lessons with their done state, and notes a language fallback', async () => {
    const course = aCourse({ fallback: true });
    const lesson = course.modules[0].lessons[0];
    lesson.done = true;
    lesson.blocks = lesson.blocks.map((block) => (block.kind === 'quiz' ? { ...block, passed: true } : block));
    await open(() => {
      const request = expectRequest(http, 'GET', `/api/courses/${COURSE_ID}`);
      expect(request.request.params.get('locale')).toBe('fi');
      request.flush(course);
    });
    expect(el.querySelector('h1')?.textContent?.trim()).toBe(course.title);
    expect(el.querySelector('[role=note]')?.textContent?.trim()).toBe(t('training.course.fallback'));
    const lessons = el.querySelectorAll('.kp-lessons li');
    expect(lessons.length).toBe(2);
    expect(lessons[0].textContent).toContain(t('training.lesson.stateDone'));
    expect(lessons[1].textContent).toContain(t('training.lesson.stateNotDone'));
  });

  it('enrolls and then offers to start, announcing it', async () => {
    await open(() => expectRequest(http, 'GET', `/api/courses/${COURSE_ID}`).flush(aCourse({ enrollment: null })));
    expect(el.querySelector('mat-progress-bar')).toBeNull();
    Array.from(el.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === t('training.course.enroll'))
      ?.click();
    (await nextRequest(http, 'POST', `/api/courses/${COURSE_ID}/enroll`)).flush({
      enrollmentId: 'e9',
      progressPercent: 0,
      completedAt: null,
      dueDate: null,
      continueLessonId: 'l1',
    });
    await fixture.whenStable();
    expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('0');
    expect(el.querySelector('.kp-enrollment-box a')?.getAttribute('href')).toBe(
      `/learning/courses/${COURSE_ID}/lessons/l1`,
    );
    expect(el.querySelector('[aria-live=polite]')?.textContent?.trim()).toBe(t('training.course.enrolledNow'));
  });

  it('says the course is not available when the server answers 404 (a draft)', async () => {
    const body = { statusCode: 404, code: ErrorCode.NotFound, error: 'Not Found', message: 'x', details: null };
    await open(() =>
      expectRequest(http, 'GET', `/api/courses/${COURSE_ID}`).flush(body, { status: 404, statusText: 'Not Found' }),
    );
    expect(el.querySelector('h1')?.textContent?.trim()).toBe(t('training.course.unavailable'));
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe(t('training.course.notFound'));
  });

  it('marks a read lesson whose required quiz is not passed as such, and continues to that quiz', async () => {
    const course = aCourse({
      enrollment: { enrollmentId: 'e1', progressPercent: 80, completedAt: null, dueDate: null, continueLessonId: null },
    });
    for (const lesson of course.modules[0].lessons) lesson.done = true;
    await open(() => expectRequest(http, 'GET', `/api/courses/${COURSE_ID}`).flush(course));
    const lessons = el.querySelectorAll('.kp-lessons li');
    expect(lessons[0].classList).not.toContain('kp-done');
    expect(lessons[0].textContent).toContain(t('training.lesson.stateQuizPending'));
    expect(lessons[1].textContent).toContain(t('training.lesson.stateDone'));
    const next = el.querySelector('.kp-enrollment-box a');
    expect(next?.getAttribute('href')).toBe(`/learning/courses/${COURSE_ID}/lessons/l1`);
    expect(next?.textContent?.trim()).toBe(t('training.course.toQuiz'));
  });

  it('links a completed course to its certificate and verification page', async () => {
    const course = aCourse({
      enrollment: {
        enrollmentId: 'e1',
        progressPercent: 100,
        completedAt: '2026-11-20T10:00:00Z',
        dueDate: null,
        continueLessonId: null,
      },
    });
    await open(() => expectRequest(http, 'GET', `/api/courses/${COURSE_ID}`).flush(course));
    const other = {
      code: 'OTHER',
      course: { id: 'c-other', name: 'Muu' },
      completedAt: '',
      issuedAt: '',
      downloadUrl: '/x',
      verifyUrl: '/y',
    };
    const mine = {
      ...other,
      code: 'ABCD2345',
      course: { id: COURSE_ID, name: course.title },
      downloadUrl: '/api/certificates/ABCD2345/pdf',
    };
    expectRequest(http, 'GET', '/api/me/certificates').flush({ items: [other, mine], nextCursor: null });
    await fixture.whenStable();
    const links = Array.from(el.querySelectorAll('[data-testid=course-certificate] a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(['/api/certificates/ABCD2345/pdf', '/verify/ABCD2345']);
  });

  it('says the certificate is on its way when the worker has not issued it yet', async () => {
    const course = aCourse({
      enrollment: {
        enrollmentId: 'e1',
        progressPercent: 100,
        completedAt: '2026-11-20T10:00:00Z',
        dueDate: null,
        continueLessonId: null,
      },
    });
    await open(() => expectRequest(http, 'GET', `/api/courses/${COURSE_ID}`).flush(course));
    expectRequest(http, 'GET', '/api/me/certificates').flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(el.textContent).toContain(t('training.course.certificatePending'));
  });
});
