import type { CourseDetail, LessonProgress } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest } from '../../testing/test-app';
import { aCourse, aQuiz, COURSE_ID, expectRequest, QUIZ_ID, setUpTrainingTest } from '../shared/training-testing';
import { LessonPlayer } from './lesson-player';

const longText = Array.from({ length: 120 }, (_, i) => `Kappale ${i + 1}: perehdytys etenee rauhassa.`).join('\n\n');

function progress(lessonId: string, completedAt: string | null = null): LessonProgress {
  return {
    lessonId,
    doneAt: '2026-11-27T10:00:00Z',
    course: { enrollmentId: 'e1', progressPercent: 50, completedAt, dueDate: null, continueLessonId: 'l2' },
  };
}

describe('LessonPlayer', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LessonPlayer>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  async function open(course: CourseDetail, lessonId: string, withQuiz = false): Promise<void> {
    fixture = TestBed.createComponent(LessonPlayer);
    fixture.componentRef.setInput('id', COURSE_ID);
    fixture.componentRef.setInput('lessonId', lessonId);
    el = fixture.nativeElement;
    fixture.detectChanges();
    expectRequest(http, 'GET', `/api/courses/${COURSE_ID}`).flush(course);
    await fixture.whenStable();
    if (withQuiz) {
      expectRequest(http, 'GET', `/api/quizzes/${QUIZ_ID}`).flush(aQuiz());
      await fixture.whenStable();
    }
  }

  beforeEach(() => {
    http = setUpTrainingTest();
  });

  afterEach(() => http.verify());

  it('renders every kind of block', async () => {
    await open(aCourse({ enrollment: null }), 'l1', true);
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Kaikki lohkotyypit');
    const kinds = Array.from(el.querySelectorAll<HTMLElement>('.kp-block')).map((block) => block.dataset['kind']);
    expect(kinds).toEqual(['text', 'video', 'file', 'reflection', 'quiz']);
    expect(el.querySelector('.kp-markdown h2')?.textContent).toBe('Tervetuloa');
    expect(el.querySelector('.kp-markdown strong')?.textContent).toBe('tärkeää');
    expect(el.querySelector('kp-video-block')?.textContent).toContain('Puhuja kertoo perehdytyksestä.');
    const file = el.querySelector<HTMLAnchorElement>('a.kp-file');
    expect(file?.getAttribute('href')).toBe('/api/files/f1');
    expect(file?.textContent).toContain('tarkistuslista.pdf');
    expect(file?.parentElement?.textContent).toContain('PDF');
    expect(file?.parentElement?.textContent).toMatch(/244,1\s*kt/);
    expect(el.querySelector('kp-reflection-block textarea')).not.toBeNull();
    expect(el.querySelectorAll('kp-quiz-panel fieldset').length).toBe(3);
    // Not enrolled: nothing is marked done, and the page says progress is not saved.
    expect(el.textContent).toContain(t('training.lesson.notEnrolled'));
  });

  it('loads nothing from the video host until the learner agrees, then shows a titled frame', async () => {
    await open(aCourse({ enrollment: null }), 'l1', true);
    const video = el.querySelector('kp-video-block') as HTMLElement;
    expect(video.querySelector('iframe')).toBeNull();
    video.querySelector<HTMLButtonElement>('.kp-consent button')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    const frame = video.querySelector('iframe');
    expect(document.activeElement).toBe(frame);
    expect(frame?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frame?.getAttribute('title')).toBe(t('training.video.frameTitle', { title: 'Perehdytyksen perusteet' }));
  });

  it('saves a reflection and announces it', async () => {
    await open(aCourse({ enrollment: null }), 'l1', true);
    const textarea = el.querySelector<HTMLTextAreaElement>('kp-reflection-block textarea');
    if (!textarea) throw new Error('no textarea');
    textarea.value = 'Selkokieli auttaa.';
    textarea.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    el.querySelector<HTMLButtonElement>('kp-reflection-block button[type=submit]')?.click();
    const request = await nextRequest(http, 'PUT', '/api/blocks/b-reflection/reflection');
    expect(request.request.body).toEqual({ answer: 'Selkokieli auttaa.' });
    request.flush({ blockId: 'b-reflection', answer: 'Selkokieli auttaa.', updatedAt: '2026-11-27T10:00:00Z' });
    await fixture.whenStable();
    expect(el.querySelector('kp-reflection-block [role=status]')?.textContent?.trim()).toBe(
      t('training.reflection.saved'),
    );
  });

  it('marks a long lesson done with the button and announces it', async () => {
    const course = aCourse();
    course.modules[0].lessons[0].blocks[0] = { id: 'b-text', kind: 'text', markdown: longText };
    await open(course, 'l1', true);
    const button = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === t('training.lesson.markDone'),
    );
    button?.click();
    const request = await nextRequest(http, 'POST', '/api/lessons/l1/progress');
    expect(request.request.body).toEqual({ done: true });
    request.flush(progress('l1'));
    await fixture.whenStable();
    expect(el.querySelector('.kp-done-state')).not.toBeNull();
    expect(el.querySelector(':scope > [role=status]')?.textContent?.trim()).toBe(t('training.lesson.markedDone'));
  });

  it('marks the lesson done when the learner reaches its last block', async () => {
    await open(aCourse(), 'l2');
    el.querySelector('.kp-lesson-end')?.scrollIntoView();
    // Sent when the IntersectionObserver reports the end in view.
    const request = await nextRequest(http, 'POST', '/api/lessons/l2/progress');
    expect(request.request.body).toEqual({ lastBlockId: 'b2' });
    request.flush(progress('l2', '2026-11-27T10:00:00Z'));
    await fixture.whenStable();
    expect(el.querySelector(':scope > [role=status]')?.textContent?.trim()).toBe(t('training.lesson.courseCompleted'));
  });

  it('links to the previous and next lesson', async () => {
    await open(aCourse({ enrollment: null }), 'l2');
    const nav = el.querySelector('nav.kp-lesson-nav');
    expect(nav?.querySelector('.kp-prev')?.getAttribute('href')).toBe(`/learning/courses/${COURSE_ID}/lessons/l1`);
    expect(nav?.querySelector('.kp-next')?.getAttribute('href')).toBe(`/learning/courses/${COURSE_ID}`);
  });

  it('moves focus to the new lesson heading when the learner goes to the next lesson', async () => {
    await open(aCourse({ enrollment: null }), 'l1', true);
    expect(document.activeElement?.tagName).not.toBe('H1');
    fixture.componentRef.setInput('lessonId', 'l2');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent?.trim()).toBe('Lyhyt oppitunti');
  });

  it('moves focus to the done state once the button has marked the lesson done', async () => {
    const course = aCourse();
    course.modules[0].lessons[1].blocks[0] = { id: 'b2', kind: 'text', markdown: longText };
    await open(course, 'l2');
    const button = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === t('training.lesson.markDone'),
    );
    button?.focus();
    button?.click();
    await fixture.whenStable();
    expectRequest(http, 'POST', '/api/lessons/l2/progress').flush(progress('l2'));
    await fixture.whenStable();
    expect(document.activeElement).toBe(el.querySelector('.kp-done-state'));
    expect(document.activeElement?.textContent).toContain(t('training.lesson.done'));
  });

  it('does not call a lesson done while its required quiz is not passed', async () => {
    const course = aCourse();
    course.modules[0].lessons[0].done = true;
    await open(course, 'l1', true);
    expect(el.querySelector('.kp-done-state')?.textContent?.trim()).toBe(t('training.lesson.quizPending'));
    expect(el.textContent).not.toContain(t('training.lesson.done'));
  });
});
