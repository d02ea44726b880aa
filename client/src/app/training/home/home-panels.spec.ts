import type { TrainingHome } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { Translator } from '../../core/i18n/translator';
import { MunicipalityGlancePanel } from '../../reports/home/municipality-glance-panel';
import { adminTestProviders } from '../../testing/admin-testing';
import { TrainingHomePanel } from './training-home-panel';

const HOME: TrainingHome = {
  continueWith: {
    course: { id: 'c1', name: 'Perehdytys' },
    progressPercent: 40,
    dueDate: '2027-02-01',
    nextLesson: { id: 'l2', name: 'Kielitietoinen perehdytys' },
  },
  due: [
    { course: { id: 'c1', name: 'Perehdytys' }, progressPercent: 40, dueDate: '2027-02-01', nextLesson: null },
    { course: { id: 'c2', name: 'Strategiatyö' }, progressPercent: 0, dueDate: '2027-03-01', nextLesson: null },
  ],
  glance: {
    municipalities: [{ id: 'm1', name: 'Laukaa' }],
    from: '2026-10-01',
    to: '2026-12-31',
    byAudience: [
      { audience: 'employer', completed: 12, suppressed: false },
      { audience: 'decision_maker', completed: null, suppressed: true },
    ],
  },
};

describe('home panels of training and reports', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [...adminTestProviders(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render<T>(component: Type<T>): Promise<ComponentFixture<T>> {
    const fixture = TestBed.createComponent(component);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/training/home' && r.params.get('locale') === 'fi').flush(HOME);
    await fixture.whenStable();
    return fixture;
  }

  it('leads to the next lesson of the course under way and lists due dates soonest first', async () => {
    const el = (await render(TrainingHomePanel)).nativeElement as HTMLElement;
    const t = TestBed.inject(Translator);
    const go = el.querySelector('[data-testid=home-continue]') as HTMLAnchorElement;
    expect(go.getAttribute('href')).toBe('/learning/courses/c1/lessons/l2');
    expect(go.textContent?.trim()).toBe(
      t.t('home.training.continueLesson', { course: 'Perehdytys', lesson: 'Kielitietoinen perehdytys' }),
    );
    expect(Array.from(el.querySelectorAll('[data-testid=home-due] a')).map((a) => a.getAttribute('href'))).toEqual([
      '/learning/courses/c1',
      '/learning/courses/c2',
    ]);
    expect(el.querySelector('section h2')?.id).toBe(
      el.querySelector('section')?.getAttribute('aria-labelledby') ?? 'none',
    );
  });

  it('shows the municipality’s completions by audience, a small group as <5, with a link to the reports', async () => {
    const el = (await render(MunicipalityGlancePanel)).nativeElement as HTMLElement;
    expect(Array.from(el.querySelectorAll('[data-testid=glance-completed]')).map((c) => c.textContent?.trim())).toEqual(
      ['12', '<5'],
    );
    expect(el.querySelector('h2')?.textContent).toContain('Laukaa');
    expect(el.querySelector('a[href="/reports"]')).not.toBeNull();
    expect(el.textContent).toContain(TestBed.inject(Translator).t('reports.smallGroupsNote'));
  });
});
