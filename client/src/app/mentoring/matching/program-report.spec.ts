import type { MentoringProgramReport } from '@kotopaikka/contracts';

import { TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest } from '../../testing/test-app';
import { pageTest } from '../programs/programs-testing';
import { PROGRAM_ID, setUpMatchingTest } from './matching-testing';
import { ProgramReport } from './program-report';

const base = `/api/mentoring/programs/${PROGRAM_ID}`;

function aReport(overrides: Partial<MentoringProgramReport> = {}): MentoringProgramReport {
  return {
    program: { id: PROGRAM_ID, name: 'Vertaismentorointi 2027' },
    generatedAt: '2026-12-08T06:00:00.000Z',
    recruited: { mentors: 12, mentees: 1030 },
    matched: 25,
    unmatched: [
      { reason: 'no_shared_language', count: 2 },
      { reason: 'mentors_full', count: 3 },
    ],
    proposals: { sent: 30, accepted: 21, declined: 4, expired: 3, open: 2 },
    acceptanceRate: 0.75,
    pairsByStatus: { proposed: 2, active: 15, completed: 4, ended_early: 2, declined: 4, expired: 3 },
    earlyEndingRate: 1 / 3,
    meetingsHeld: 48,
    ratings: { usefulness: 4.25, match: 3.8, responses: 10 },
    goals: { total: 40, reached: 18 },
    suppressed: false,
    ...overrides,
  };
}

describe('ProgramReport', () => {
  const page = pageTest(ProgramReport, setUpMatchingTest);
  const { t, byTestId } = page;
  beforeEach(() => page.setUp());
  // Collapses the template's line breaks, not the no-break spaces of Finnish numbers.
  const text = (id: string) =>
    byTestId(id)
      ?.textContent?.replace(/[ \n]+/g, ' ')
      .trim();
  afterEach(() => page.tearDown());

  async function open(answer: (req: Awaited<ReturnType<typeof nextRequest>>) => void): Promise<void> {
    page.mount({ id: PROGRAM_ID });
    answer(await nextRequest(page.http, 'GET', `${base}/report`));
    await page.fixture.whenStable();
  }

  it('shows the figures in the locale’s way, percentages included', async () => {
    await open((req) => req.flush(aReport()));
    expect(page.el.querySelector('h1')?.textContent?.trim()).toBe(
      t('mentoring.matching.reportHeading', { program: 'Vertaismentorointi 2027' }),
    );
    expect(text('figure-mentors')).toBe('12');
    expect(text('figure-mentees')).toBe('1\u00a0030');
    expect(text('figure-matched')).toBe('25');
    expect(text('figure-acceptance')).toBe('75\u00a0%');
    expect(text('figure-early')).toBe('33,3\u00a0%');
    expect(text('figure-meetings')).toBe('48');
    expect(text('figure-usefulness')).toBe('4,3 / 5');
    expect(text('figure-match')).toBe('3,8 / 5');
    expect(text('figure-goals')).toBe('18 / 40');

    TestBed.inject(Translator).use('en');
    await page.fixture.whenStable();
    expect(text('figure-acceptance')).toBe('75%');
    expect(text('figure-early')).toBe('33.3%');
    expect(text('figure-mentees')).toBe('1,030');
    expect(text('figure-goals')).toBe('18 of 40');
  });

  it('draws pairs by status as a named chart with the same figures in a table, and the unmatched by reason', async () => {
    await open((req) => req.flush(aReport()));
    const chart = page.el.querySelector('kp-bar-chart svg[role=img]');
    expect(chart?.querySelector('title')?.textContent?.trim()).toBe(
      t('mentoring.matching.report.chartTitle', { program: 'Vertaismentorointi 2027' }),
    );
    const bars = Array.from(page.el.querySelectorAll('kp-bar-chart rect.kp-chart-bar')).map((r) =>
      r.getAttribute('data-value'),
    );
    expect(bars).toEqual(['2', '15', '4', '2', '4', '3']);

    const table = byTestId('report-status-table') as HTMLTableElement;
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      t('mentoring.matching.report.status'),
      t('mentoring.matching.report.pairs'),
    ]);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent?.trim()),
    );
    expect(rows[1]).toEqual([t('mentoring.matching.pairingStatus.active'), '15']);
    expect(rows[3]).toEqual([t('mentoring.matching.pairingStatus.ended_early'), '2']);
    expect(rows.length).toBe(6);
    expect(table.querySelector('tfoot td')?.textContent?.trim()).toBe('30');
    expect(table.closest('[role=region]')?.getAttribute('aria-labelledby')).toBe('report-status-caption');

    const unmatched = Array.from(byTestId('report-unmatched')?.querySelectorAll('tbody tr') ?? []).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent?.trim()),
    );
    expect(unmatched).toEqual([
      [t('mentoring.matching.unmatchedReason.no_shared_language'), '2'],
      [t('mentoring.matching.unmatchedReason.mentors_full'), '3'],
    ]);
    const proposals = Array.from(byTestId('report-proposals')?.querySelectorAll('tbody td') ?? []).map((td) =>
      td.textContent?.trim(),
    );
    expect(proposals).toEqual(['30', '21', '4', '3', '2']);
  });

  it('links the CSV with headers in the UI language', async () => {
    await open((req) => req.flush(aReport()));
    const csv = byTestId('report-csv') as HTMLAnchorElement;
    expect(csv.getAttribute('href')).toBe(`${base}/report.csv?locale=fi`);
    expect(csv.hasAttribute('download')).toBeTrue();
    TestBed.inject(Translator).use('en');
    await page.fixture.whenStable();
    expect(csv.getAttribute('href')).toBe(`${base}/report.csv?locale=en`);
  });

  it('shows dashes before any proposal was answered or rated, and no chart before any pair', async () => {
    await open((req) =>
      req.flush(
        aReport({
          matched: 0,
          unmatched: [],
          proposals: { sent: 0, accepted: 0, declined: 0, expired: 0, open: 0 },
          acceptanceRate: null,
          earlyEndingRate: null,
          pairsByStatus: { proposed: 0, active: 0, completed: 0, ended_early: 0, declined: 0, expired: 0 },
          ratings: { usefulness: null, match: null, responses: 0 },
          goals: { total: 0, reached: 0 },
        }),
      ),
    );
    expect(text('figure-acceptance')).toBe('–');
    expect(text('figure-early')).toBe('–');
    expect(text('figure-usefulness')).toBe('–');
    expect(page.el.querySelector('kp-bar-chart')).toBeNull();
    expect(text('report-no-pairs')).toBe(t('mentoring.matching.report.noPairs'));
    expect(text('report-no-unmatched')).toBe(t('mentoring.matching.report.noUnmatched'));
  });

  it("writes a decision-maker's withheld counts of 1–4 as <5, says why, and totals no pairs it cannot count", async () => {
    // Withheld counts are null (the insight branch makes the contract's counts nullable).
    const withheld = null as unknown as number;
    await open((req) =>
      req.flush(
        aReport({
          recruited: { mentors: withheld, mentees: 30 },
          unmatched: [
            { reason: 'no_shared_language', count: withheld },
            { reason: 'mentors_full', count: 0 },
          ],
          pairsByStatus: { proposed: 0, active: 15, completed: withheld, ended_early: 0, declined: 5, expired: 0 },
        }),
      ),
    );
    expect(text('figure-mentors')).toBe('<5');
    expect(text('figure-mentees')).toBe('30');
    expect(text('report-withheld')).toBe(t('mentoring.matching.report.withheld'));
    const table = byTestId('report-status-table') as HTMLTableElement;
    expect(table.querySelectorAll('tbody td')[2].textContent?.trim()).toBe('<5');
    expect(table.querySelector('tfoot')).toBeNull();
    const completedBar = page.el.querySelectorAll('kp-bar-chart rect.kp-chart-bar')[2];
    expect(completedBar.getAttribute('data-value')).toBeNull();
    expect(page.el.querySelector('kp-bar-chart')?.textContent).toContain('<5');
    // A reason nobody was left for is not listed.
    const reasons = Array.from(byTestId('report-unmatched')?.querySelectorAll('tbody tr') ?? []).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent?.trim()),
    );
    expect(reasons).toEqual([[t('mentoring.matching.unmatchedReason.no_shared_language'), '<5']]);
  });

  it('says nothing of withheld figures when none is', async () => {
    await open((req) => req.flush(aReport()));
    expect(byTestId('report-withheld')).toBeNull();
  });

  it('says plainly when the report is not for the viewer, and offers a retry when loading failed', async () => {
    await open((req) => req.flush({ code: 'not_found' }, { status: 404, statusText: 'Not Found' }));
    expect(text('report-failure')).toBe(t('mentoring.matching.notFound'));
    page.el.remove();
    await open((req) => req.flush({ code: 'internal' }, { status: 500, statusText: 'Server Error' }));
    expect(text('report-failure')).toContain(t('mentoring.matching.loadFailed'));
    (byTestId('report-failure')?.querySelector('button') as HTMLButtonElement).click();
    (await nextRequest(page.http, 'GET', `${base}/report`)).flush(aReport());
    await page.fixture.whenStable();
    expect(text('figure-matched')).toBe('25');
  });
});
