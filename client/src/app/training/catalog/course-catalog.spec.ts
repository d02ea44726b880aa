import type { CourseSummary, Page } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { nextRequest } from '../../testing/test-app';
import { aCourse, expectRequest, setUpTrainingTest } from '../shared/training-testing';
import { CourseCatalog } from './course-catalog';

function summary(id: string, title: string, enrolled = false, audiences = aCourse().audiences): CourseSummary {
  const course = aCourse();
  return {
    id,
    title,
    summary: course.summary,
    coverImageUrl: null,
    estimatedMinutes: course.estimatedMinutes,
    audiences,
    locales: course.locales,
    status: 'published',
    fallback: false,
    enrollment: enrolled ? course.enrollment : null,
  };
}

const page = (items: CourseSummary[], nextCursor: string | null = null): Page<CourseSummary> => ({ items, nextCursor });

describe('CourseCatalog', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CourseCatalog>;
  let el: HTMLElement;

  beforeEach(async () => {
    http = setUpTrainingTest();
    fixture = TestBed.createComponent(CourseCatalog);
    el = fixture.nativeElement;
    fixture.detectChanges();
    expectRequest(http, 'GET', '/api/municipalities').flush({ items: [{ id: 'mu1', code: '410', name: 'Laukaa' }] });
    expectRequest(http, 'GET', '/api/courses').flush(page([summary('c1', 'Rekrytointi', true)], 'next1'));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows each course as a card with a link, its languages and the enrolled state', () => {
    const card = el.querySelector('.kp-course-card');
    expect(card?.querySelector('h2 a')?.getAttribute('href')).toBe('/learning/courses/c1');
    expect(card?.querySelectorAll('.kp-badges li').length).toBe(2);
    expect(card?.querySelector('.kp-enrolled')).not.toBeNull();
  });

  it('searches with the typed words and the chosen filters', async () => {
    const search = el.querySelector<HTMLInputElement>('input[type=search]');
    const selects = el.querySelectorAll<HTMLSelectElement>('form select');
    if (!search || selects.length !== 3) throw new Error('no filters');
    search.value = 'perehdytys';
    search.dispatchEvent(new Event('input'));
    selects[0].value = 'employer';
    selects[0].dispatchEvent(new Event('change'));
    selects[2].value = 'mu1';
    selects[2].dispatchEvent(new Event('change'));

    // One request for all three changes, after the search's debounce.
    const request = await nextRequest(http, 'GET', '/api/courses');
    expect(request.request.params.get('q')).toBe('perehdytys');
    expect(request.request.params.get('audience')).toBe('employer');
    expect(request.request.params.get('municipalityId')).toBe('mu1');
    expect(request.request.params.has('locale')).toBeFalse();
    // Texts are asked in the language on screen, not the one saved a moment ago on the person.
    expect(request.request.params.get('lang')).toBe('fi');
    expect(request.request.params.has('cursor')).toBeFalse();
    request.flush(page([]));
    await fixture.whenStable();
    expect(el.querySelector('.kp-course-card')).toBeNull();
    expect(el.querySelector('.kp-state')).not.toBeNull();
  });

  it('loads the next page with the cursor, appends it and moves focus to the first new course', async () => {
    el.querySelector<HTMLButtonElement>('kp-show-more button')?.click();
    const request = expectRequest(http, 'GET', '/api/courses');
    expect(request.request.params.get('cursor')).toBe('next1');
    request.flush(page([summary('c2', 'Perehdytys')]));
    await fixture.whenStable();
    expect(el.querySelectorAll('.kp-course-card').length).toBe(2);
    expect(document.activeElement?.getAttribute('href')).toBe('/learning/courses/c2');
    expect(el.querySelector('kp-show-more button')).toBeNull();
  });

  it('says a course without audiences is for everyone', async () => {
    el.querySelector<HTMLButtonElement>('kp-show-more button')?.click();
    expectRequest(http, 'GET', '/api/courses').flush(page([summary('c3', 'Kaikille avoin', false, [])]));
    await fixture.whenStable();
    const facts = Array.from(el.querySelectorAll('.kp-course-card')[1].querySelectorAll('.kp-facts div'));
    const audience = facts.find((f) => f.querySelector('dt')?.textContent?.trim() === 'Kenelle');
    expect(audience?.querySelector('dd')?.textContent?.trim()).toBe('kaikille');
  });
});
