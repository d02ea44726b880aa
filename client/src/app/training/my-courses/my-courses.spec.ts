import type { MyCourse } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { expectRequest, setUpTrainingTest } from '../shared/training-testing';
import { MyCourses } from './my-courses';

const inProgress: MyCourse = {
  enrollmentId: 'e1',
  course: { id: 'c1', title: 'Rekrytointi', coverImageUrl: null, fallback: false },
  progressPercent: 40,
  dueDate: '2026-12-31',
  completedAt: null,
  continueLesson: { id: 'l3', title: 'Hygieniapassi' },
  certificateCode: null,
};

const completed: MyCourse = {
  enrollmentId: 'e2',
  course: { id: 'c2', title: 'Perehdytys', coverImageUrl: null, fallback: false },
  progressPercent: 100,
  dueDate: null,
  completedAt: '2026-11-20T10:00:00Z',
  continueLesson: null,
  certificateCode: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
};

describe('MyCourses', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyCourses>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  beforeEach(async () => {
    http = setUpTrainingTest();
    fixture = TestBed.createComponent(MyCourses);
    el = fixture.nativeElement;
    fixture.detectChanges();
    const mine = expectRequest(http, 'GET', '/api/me/courses');
    expect(mine.request.params.get('locale')).toBe('fi');
    expect(mine.request.params.has('cursor')).toBeFalse();
    mine.flush({ items: [inProgress, completed], nextCursor: 'page2' });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows progress as a labelled bar with its value in words, the due date and where to continue', () => {
    const bar = el.querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-label')).toBe(t('training.my.progressOf', { title: 'Rekrytointi' }));
    expect(bar?.getAttribute('aria-valuenow')).toBe('40');
    expect(bar?.getAttribute('aria-valuetext')).toBe(t('training.my.progressValue', { percent: 40 }));
    expect(el.textContent).toContain('31.12.2026');
    const continueLink = el.querySelector<HTMLAnchorElement>('a[href="/learning/courses/c1/lessons/l3"]');
    // The lesson is part of the link's name, with no stray space before the colon (a hidden span gave one).
    expect(continueLink?.getAttribute('aria-label')).toBe(`${t('training.my.continue')}: Hygieniapassi`);
    expect(continueLink?.textContent?.trim()).toBe(t('training.my.continue'));
  });

  it('lists completed courses separately with the certificate and its verification page', () => {
    const sections = el.querySelectorAll('section');
    expect(sections.length).toBe(2);
    const done = sections[1];
    expect(done.textContent).toContain('Perehdytys');
    const hrefs = Array.from(done.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`/api/certificates/${completed.certificateCode}/pdf`);
    expect(hrefs).toContain(`/verify/${completed.certificateCode}`);
  });

  it('shows more with the next cursor: each page sorted into its section, focus on the first new course, the count announced', async () => {
    const more = el.querySelector<HTMLButtonElement>('kp-show-more button');
    expect(more?.textContent?.trim()).toBe(t('core.paging.showMore'));
    expect(el.querySelector('kp-show-more [aria-live="polite"]')?.textContent?.trim()).toBe(
      t('training.my.shownCount', { count: 2 }),
    );
    more?.focus();
    more?.click();
    const next = expectRequest(http, 'GET', '/api/me/courses');
    expect(next.request.params.get('cursor')).toBe('page2');
    expect(next.request.params.get('locale')).toBe('fi');
    const later: MyCourse = {
      ...inProgress,
      enrollmentId: 'e3',
      course: { ...inProgress.course, id: 'c3', title: 'Kielitietoisuus' },
    };
    const older: MyCourse = {
      ...completed,
      enrollmentId: 'e4',
      course: { ...completed.course, id: 'c4', title: 'Tulityökortti' },
    };
    next.flush({ items: [later, older], nextCursor: null });
    await fixture.whenStable();

    const titles = (section: Element) => Array.from(section.querySelectorAll('h3')).map((h) => h.textContent?.trim());
    const [current, done] = Array.from(el.querySelectorAll('section'));
    expect(titles(current)).toEqual(['Rekrytointi', 'Kielitietoisuus']);
    expect(titles(done)).toEqual(['Perehdytys', 'Tulityökortti']);
    expect(document.activeElement?.textContent?.trim()).toBe('Kielitietoisuus');
    expect(document.activeElement?.getAttribute('href')).toBe('/learning/courses/c3');
    expect(el.querySelector('kp-show-more [aria-live="polite"]')?.textContent?.trim()).toBe(
      t('training.my.shownCount', { count: 4 }),
    );
    expect(el.querySelector('kp-show-more button')).toBeNull();
  });

  it('leads on to the quiz when every lesson is done but the course is not complete', async () => {
    fixture.destroy();
    const quizLeft: MyCourse = { ...inProgress, enrollmentId: 'e5', progressPercent: 80, continueLesson: null };
    fixture = TestBed.createComponent(MyCourses);
    el = fixture.nativeElement;
    fixture.detectChanges();
    expectRequest(http, 'GET', '/api/me/courses').flush({ items: [quizLeft], nextCursor: null });
    await fixture.whenStable();
    const link = el.querySelector<HTMLAnchorElement>('section a[href="/learning/courses/c1"][mat-flat-button]');
    expect(link?.getAttribute('aria-label')).toBe(`${t('training.my.toQuiz')}: Rekrytointi`);
    expect(el.textContent).toContain(t('training.my.quizPending'));
  });
});
