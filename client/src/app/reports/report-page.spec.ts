import type { CourseReport, CourseReportSummary } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../core/i18n/translator';
import { adminTestProviders, MUNICIPALITIES, signInAs } from '../testing/admin-testing';
import { ReportPage } from './report-page';

const COURSE = {
  id: 'c0c0c0c0-0000-4000-8000-0000000000r1',
  name: 'Monikulttuurinen osaaminen',
};
const REPORT: CourseReport = {
  course: COURSE,
  totals: {
    enrolled: 12,
    inProgress: 5,
    completed: 7,
    averageQuizScorePercent: 84.25,
    averageCompletionDays: 9.5,
    suppressed: false,
  },
  rows: [
    {
      municipality: { id: MUNICIPALITIES[1].id, name: MUNICIPALITIES[1].name },
      audience: 'decision_maker',
      enrolled: 8,
      inProgress: 3,
      completed: 5,
      averageQuizScorePercent: 90,
      averageCompletionDays: 7,
      suppressed: false,
    },
    {
      municipality: null,
      audience: 'employer',
      enrolled: 4,
      inProgress: 2,
      completed: 2,
      averageQuizScorePercent: null,
      averageCompletionDays: null,
      suppressed: false,
    },
  ],
};

describe('ReportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ReportPage>;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const root = () => fixture.nativeElement as HTMLElement;
  /** The chosen course's breakdown, not the list of courses above it. */
  const report = () => root().querySelector('.kp-report-grid') as HTMLElement;

  async function start(role: 'coordinator' | 'admin'): Promise<void> {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs(role);
    fixture = TestBed.createComponent(ReportPage);
    await stable();
  }

  /** With one course to report on, its report opens by itself. */
  async function open(role: 'coordinator' | 'admin'): Promise<void> {
    await start(role);
    // Course names are asked in the language on screen.
    http.expectOne('/api/reports/courses?locale=fi').flush({
      items: [{ course: COURSE, ...REPORT.totals }],
      nextCursor: null,
    });
    await stable();
    http.expectOne(`/api/reports/courses/${COURSE.id}?locale=fi`).flush(REPORT);
    await stable();
  }

  afterEach(() => http.verify());

  it('puts the same figures in the table as in the chart, row by row', async () => {
    await open('coordinator');
    const series = ['enrolled', 'inProgress', 'completed'];
    const chartValues = Array.from(root().querySelectorAll<SVGRectElement>('rect.kp-chart-bar')).map((bar) => [
      bar.getAttribute('data-series') ?? '',
      Number(bar.getAttribute('data-value')),
    ]);
    const tableValues = Array.from(report().querySelectorAll('tbody tr')).flatMap((row) =>
      series.map((s): (string | number | null)[] => [
        s,
        Number(row.querySelector(`td[data-series="${s}"]`)?.textContent?.trim()),
      ]),
    );
    expect(chartValues.length).toBe(REPORT.rows.length * series.length);
    expect(tableValues).toEqual(chartValues);
    expect(tableValues).toEqual(
      REPORT.rows.flatMap((r) => [
        ['enrolled', r.enrolled],
        ['inProgress', r.inProgress],
        ['completed', r.completed],
      ]),
    );
    const chartLabels = Array.from(root().querySelectorAll('text.kp-chart-label')).map((t) => t.textContent?.trim());
    const rowHeaders = Array.from(report().querySelectorAll('tbody th[scope="row"]')).map((t) => t.textContent?.trim());
    expect(chartLabels).toEqual(rowHeaders);
  });

  it('shows a withheld small group as <5 in the totals, the chart and the table beside it, and says why', async () => {
    const withheld = {
      enrolled: null,
      inProgress: null,
      completed: null,
      averageQuizScorePercent: null,
      averageCompletionDays: null,
      suppressed: true,
    };
    await start('coordinator');
    http
      .expectOne('/api/reports/courses?locale=fi')
      .flush({ items: [{ course: COURSE, ...withheld }], nextCursor: null });
    await stable();
    http
      .expectOne(`/api/reports/courses/${COURSE.id}?locale=fi`)
      .flush({ ...REPORT, totals: withheld, rows: [{ ...REPORT.rows[0], ...withheld }, REPORT.rows[1]] });
    await stable();
    const first = report().querySelector('tbody tr') as HTMLElement;
    expect(
      ['enrolled', 'inProgress', 'completed'].map((s) =>
        first.querySelector(`td[data-series="${s}"]`)?.textContent?.trim(),
      ),
    ).toEqual(['<5', '<5', '<5']);
    expect(
      report().querySelectorAll('tbody tr')[1].querySelector('td[data-series="enrolled"]')?.textContent?.trim(),
    ).toBe('4');
    const chartValues = Array.from(root().querySelectorAll('text.kp-chart-value')).map((t) => t.textContent?.trim());
    expect(chartValues).toEqual(['<5', '<5', '<5', '4', '2', '2']);
    expect(
      Array.from(root().querySelectorAll('.kp-totals dd'))
        .slice(0, 3)
        .map((d) => d.textContent?.trim()),
    ).toEqual(['<5', '<5', '<5']);
    expect(root().querySelector('[data-testid=course-list] td[data-series="enrolled"]')?.textContent?.trim()).toBe(
      '<5',
    );
    expect(root().querySelector('[data-testid=small-groups-note]')?.textContent?.trim()).toBe(
      TestBed.inject(Translator).t('reports.smallGroupsNote'),
    );
  });

  it('names the chart, captions the table and links the CSV export', async () => {
    await open('coordinator');
    const svg = root().querySelector('svg[role="img"]');
    const titleId = svg?.getAttribute('aria-labelledby') ?? '';
    expect(root().querySelector(`[id="${titleId}"]`)?.textContent?.trim()).toBeTruthy();
    expect(report().querySelector('table caption')?.textContent).toContain(COURSE.name);
    expect(root().querySelector('a[download]')?.getAttribute('href')).toBe(`/api/reports/courses/${COURSE.id}.csv`);
  });

  it('shows the reader’s scope in the heading: a coordinator’s municipalities', async () => {
    await open('coordinator');
    expect(root().querySelector('h1')?.textContent).toContain(MUNICIPALITIES[1].name);
  });

  it('narrows the figures and the CSV export to one audience', async () => {
    await open('coordinator');
    const audience = root().querySelector<HTMLSelectElement>('[data-testid="filter-audience"]');
    if (!audience) throw new Error('no audience filter');
    audience.value = 'employer';
    audience.dispatchEvent(new Event('change'));
    await stable();

    const request = http.expectOne((req) => req.url === `/api/reports/courses/${COURSE.id}`);
    expect(request.request.params.get('audience')).toBe('employer');
    expect(request.request.params.has('municipalityId')).toBeFalse();
    request.flush({ ...REPORT, rows: [REPORT.rows[1]] });
    await stable();

    expect(report().querySelectorAll('tbody tr').length).toBe(1);
    expect(root().querySelector('a[download]')?.getAttribute('href')).toBe(
      `/api/reports/courses/${COURSE.id}.csv?audience=employer`,
    );
    expect(root().querySelector('[data-testid="filter-audience"]')).not.toBeNull();
  });

  it('lists the courses with their figures a page at a time: show more appends, focuses the first new course and says how many', async () => {
    const t = (key: string, params?: Record<string, number>) => TestBed.inject(Translator).t(key, params);
    const summary = (n: number): CourseReportSummary => ({
      course: { id: `c0c0c0c0-0000-4000-8000-00000000000${n}`, name: `Kurssi ${n}` },
      ...REPORT.totals,
      enrolled: n,
    });
    await start('coordinator');
    http.expectOne('/api/reports/courses?locale=fi').flush({ items: [summary(1), summary(2)], nextCursor: 'page2' });
    await stable();
    const list = () => root().querySelector('[data-testid="course-list"]') as HTMLElement;
    const names = () =>
      Array.from(list().querySelectorAll('tbody th[scope="row"] button')).map((b) => b.textContent?.trim());
    expect(names()).toEqual(['Kurssi 1', 'Kurssi 2']);
    expect(list().querySelector('tbody tr td')?.textContent?.trim()).toBe('1');
    // Two courses: nothing is chosen for the reader.
    expect(report()).toBeNull();

    const more = root().querySelector<HTMLButtonElement>('kp-show-more button');
    expect(more?.textContent?.trim()).toBe(t('core.paging.showMore'));
    more?.click();
    await stable();
    http.expectOne('/api/reports/courses?locale=fi&cursor=page2').flush({ items: [summary(3)], nextCursor: null });
    await stable();
    expect(names()).toEqual(['Kurssi 1', 'Kurssi 2', 'Kurssi 3']);
    expect(document.activeElement?.textContent?.trim()).toBe('Kurssi 3');
    expect(root().querySelector('kp-show-more [aria-live="polite"]')?.textContent?.trim()).toBe(
      t('reports.shownCount', { count: 3 }),
    );
    expect(root().querySelector('kp-show-more button')).toBeNull();

    // Choosing a course from the list opens its report and takes the reader there.
    (document.activeElement as HTMLButtonElement).click();
    await stable();
    http
      .expectOne(`/api/reports/courses/${summary(3).course.id}?locale=fi`)
      .flush({ ...REPORT, course: summary(3).course });
    await stable();
    expect(document.activeElement?.id).toBe('kp-report-heading');
    expect(list().querySelector('[aria-current="true"]')?.textContent?.trim()).toBe('Kurssi 3');
  });
});
