import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CourseReport } from '@kotopaikka/contracts';

import {
  adminTestProviders,
  MUNICIPALITIES,
  signInAs,
} from '../admin/shared/testing';
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
    },
    {
      municipality: null,
      audience: 'employer',
      enrolled: 4,
      inProgress: 2,
      completed: 2,
      averageQuizScorePercent: null,
      averageCompletionDays: null,
    },
  ],
};

describe('ReportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ReportPage>;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const root = () => fixture.nativeElement as HTMLElement;

  async function open(role: 'coordinator' | 'admin'): Promise<void> {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs(role);
    fixture = TestBed.createComponent(ReportPage);
    await stable();
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
    const chartValues = Array.from(
      root().querySelectorAll<SVGRectElement>('rect.kp-chart-bar'),
    ).map((bar) => [
      bar.getAttribute('data-series') ?? '',
      Number(bar.getAttribute('data-value')),
    ]);
    const tableValues = Array.from(root().querySelectorAll('tbody tr')).flatMap(
      (row) =>
        series.map((s) => [
          s,
          Number(
            row.querySelector(`td[data-series="${s}"]`)?.textContent?.trim(),
          ),
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
    const chartLabels = Array.from(
      root().querySelectorAll('text.kp-chart-label'),
    ).map((t) => t.textContent?.trim());
    const rowHeaders = Array.from(
      root().querySelectorAll('tbody th[scope="row"]'),
    ).map((t) => t.textContent?.trim());
    expect(chartLabels).toEqual(rowHeaders);
  });

  it('names the chart, captions the table and links the CSV export', async () => {
    await open('coordinator');
    const svg = root().querySelector('svg[role="img"]');
    const titleId = svg?.getAttribute('aria-labelledby') ?? '';
    expect(
      root().querySelector(`[id="${titleId}"]`)?.textContent?.trim(),
    ).toBeTruthy();
    expect(root().querySelector('table caption')?.textContent).toContain(
      COURSE.name,
    );
    expect(root().querySelector('a[download]')?.getAttribute('href')).toBe(
      `/api/reports/courses/${COURSE.id}.csv`,
    );
  });

  it('shows the reader’s scope in the heading: a coordinator’s municipalities', async () => {
    await open('coordinator');
    expect(root().querySelector('h1')?.textContent).toContain(
      MUNICIPALITIES[1].name,
    );
  });

  it('narrows the figures and the CSV export to one audience', async () => {
    await open('coordinator');
    const audience = root().querySelector<HTMLSelectElement>(
      '[data-testid="filter-audience"]',
    );
    if (!audience) throw new Error('no audience filter');
    audience.value = 'employer';
    audience.dispatchEvent(new Event('change'));
    await stable();

    const request = http.expectOne(
      (req) => req.url === `/api/reports/courses/${COURSE.id}`,
    );
    expect(request.request.params.get('audience')).toBe('employer');
    expect(request.request.params.has('municipalityId')).toBeFalse();
    request.flush({ ...REPORT, rows: [REPORT.rows[1]] });
    await stable();

    expect(root().querySelectorAll('tbody tr').length).toBe(1);
    expect(root().querySelector('a[download]')?.getAttribute('href')).toBe(
      `/api/reports/courses/${COURSE.id}.csv?audience=employer`,
    );
    expect(
      root().querySelector('[data-testid="filter-audience"]'),
    ).not.toBeNull();
  });
});
