import type { LiveSessionReport } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest } from '../../testing/test-app';
import { LIVE_ID, setUpLiveTest } from '../shared/live-testing';
import { LiveReportPage } from './live-report-page';

function aReport(overrides: Partial<LiveSessionReport> = {}): LiveSessionReport {
  return {
    session: {
      id: LIVE_ID,
      kind: 'strategy_workshop',
      title: { fi: 'Strategiatyöpaja', en: 'Strategy workshop' },
      status: 'ended',
      startsAt: '2026-03-20T08:00:00.000Z',
      endsAt: '2026-03-20T10:00:00.000Z',
      startedAt: '2026-03-20T08:02:00.000Z',
      endedAt: '2026-03-20T09:58:00.000Z',
      municipality: { id: 'm-1', name: 'Äänekoski' },
      hosts: [{ id: 'u-host', name: 'Hanna Host' }],
      course: null,
      completionMinutes: null,
    },
    attendance: [
      {
        participantId: 'p-1',
        name: 'Hanna Host',
        role: 'host',
        firstJoinedAt: '2026-03-20T08:00:00.000Z',
        lastLeftAt: '2026-03-20T09:58:00.000Z',
        minutes: 118,
        stays: [{ joinedAt: '2026-03-20T08:00:00.000Z', leftAt: '2026-03-20T09:58:00.000Z' }],
      },
      {
        participantId: 'p-2',
        name: 'Amina',
        role: 'guest',
        firstJoinedAt: '2026-03-20T08:10:00.000Z',
        lastLeftAt: '2026-03-20T09:40:00.000Z',
        minutes: 85,
        stays: [
          { joinedAt: '2026-03-20T08:10:00.000Z', leftAt: '2026-03-20T08:40:00.000Z' },
          { joinedAt: '2026-03-20T08:45:00.000Z', leftAt: '2026-03-20T09:40:00.000Z' },
        ],
      },
    ],
    totals: { participants: 2, guests: 1, medianMinutes: 101.5, averageMinutes: 101.5, peakConcurrent: 2 },
    chatMessages: 1234,
    polls: [
      {
        id: 'poll-1',
        sessionId: LIVE_ID,
        question: 'Mikä toimii?',
        kind: 'single',
        anonymous: true,
        quiz: false,
        status: 'closed',
        options: [
          { id: 'o-1', text: 'Kielikahvila', votes: 3 },
          { id: 'o-2', text: 'Mentorointi', votes: 1 },
        ],
        voters: 4,
        correctOptionIds: null,
        myVote: null,
        createdAt: '2026-03-20T08:30:00.000Z',
        closedAt: '2026-03-20T08:40:00.000Z',
      },
    ],
    boards: [
      {
        id: 'b-1',
        sessionId: LIVE_ID,
        groupId: null,
        groupName: null,
        title: 'Strategia',
        prompts: [{ id: 'pr-1', text: 'Mikä toimii' }],
        dotsPerParticipant: 3,
        hideVotes: false,
        status: 'closed',
        revealedAt: null,
        closedAt: null,
        createdAt: '2026-03-20T08:20:00.000Z',
        votesVisible: true,
        myDotsUsed: 0,
        cards: [
          {
            id: 'c-2',
            promptId: 'pr-1',
            text: 'Toinen idea',
            groupLabel: null,
            mergedInto: null,
            votes: 1,
            myVotes: 0,
            rank: 2,
          },
          {
            id: 'c-1',
            promptId: 'pr-1',
            text: 'Paras idea',
            groupLabel: null,
            mergedInto: null,
            votes: 5,
            myVotes: 0,
            rank: 1,
          },
          {
            id: 'c-3',
            promptId: 'pr-1',
            text: 'Yhdistetty',
            groupLabel: null,
            mergedInto: 'c-1',
            votes: null,
            myVotes: 0,
            rank: null,
          },
        ],
      },
    ],
    notes: { text: '## Päätökset\n\n- Kielikahvila <b>keväällä</b>', updatedAt: '2026-03-20T09:50:00.000Z' },
    ...overrides,
  };
}

describe('LiveReportPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LiveReportPage>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = (id: string) => el.querySelector<HTMLElement>(`[data-testid=${id}]`);
  const present = (id: string): HTMLElement => {
    const found = byTestId(id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };

  beforeEach(() => {
    http = setUpLiveTest();
  });

  afterEach(() => {
    http.verify();
    el?.remove();
  });

  async function open(answer: (req: Awaited<ReturnType<typeof nextRequest>>) => void): Promise<void> {
    fixture = TestBed.createComponent(LiveReportPage);
    fixture.componentRef.setInput('id', LIVE_ID);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    answer(await nextRequest(http, 'GET', `/api/live-sessions/${LIVE_ID}/report`));
    await fixture.whenStable();
  }

  it('shows the facts with localised numbers, the chart with its name and the attendance table with headers', async () => {
    await open((req) => req.flush(aReport()));
    expect(el.querySelector('h1')?.textContent).toContain('Strategiatyöpaja');
    expect(byTestId('report-chat')?.textContent?.trim()).toBe('1\u00a0234');
    expect(byTestId('report-median')?.textContent?.trim()).toBe('101,5');
    const chart = el.querySelector('kp-bar-chart svg[role=img]');
    expect(chart?.querySelector('title')?.textContent?.trim()).toBe(t('live.report.chartTitle'));
    expect(el.querySelectorAll('kp-bar-chart rect.kp-chart-bar').length).toBe(2);
    const table = byTestId('report-table') as HTMLTableElement;
    const headers = Array.from(table.querySelectorAll('th[scope=col]')).map((th) => th.textContent?.trim());
    expect(headers).toEqual([
      t('live.report.name'),
      t('live.report.role'),
      t('live.report.firstJoined'),
      t('live.report.lastLeft'),
      t('live.report.minutes'),
      t('live.report.stays'),
    ]);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows.length).toBe(2);
    const guestCells = Array.from(rows[1].querySelectorAll('td'));
    expect(guestCells.map((c) => c.textContent?.trim())).toContain(t('live.role.guest'));
    expect(guestCells[4].getAttribute('data-label')).toBe(t('live.report.minutes'));
    expect(guestCells[4].textContent?.trim()).toBe('85');
    expect(guestCells[5].textContent?.trim()).toBe('2');
    // 08:10 UTC in March is 10.10 in Helsinki.
    expect(guestCells[2].textContent).toContain('10.10');
    expect((byTestId('report-csv') as HTMLAnchorElement).getAttribute('href')).toBe(
      `/api/live-sessions/${LIVE_ID}/report.csv?locale=fi`,
    );
  });

  it("labels a breakout group's board with its group", async () => {
    const report = aReport();
    report.boards = [{ ...report.boards[0], groupId: 'g-2', groupName: 'Äänekoski' }];
    await open((req) => req.flush(report));
    expect(present('report-board-group').textContent?.trim()).toBe(t('live.board.groupBoard', { name: 'Äänekoski' }));
  });

  it('lists poll results with shares, the board ranked without merged cards, and the notes with HTML escaped', async () => {
    await open((req) => req.flush(aReport()));
    const poll = present('report-poll');
    const cells = Array.from(poll.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.children).map((c: Element) => c.textContent?.trim()),
    );
    expect(cells).toEqual([
      ['Kielikahvila', '3', '75\u00a0%'],
      ['Mentorointi', '1', '25\u00a0%'],
    ]);
    const ideas = Array.from(present('report-board').querySelectorAll('li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(ideas).toEqual([
      `1. Paras idea (${t('live.report.dots', { count: 5 })})`,
      `2. Toinen idea (${t('live.report.dots', { count: 1 })})`,
    ]);
    // The main room's board names no group.
    expect(present('report-board').querySelector('[data-testid=report-board-group]')).toBeNull();
    const notes = present('report-notes');
    expect(notes.querySelector('h2')?.textContent).toBe('Päätökset');
    expect(notes.querySelector('b')).toBeNull();
    expect(notes.textContent).toContain('<b>keväällä</b>');
  });

  it('switches the CSV headers with the UI language', async () => {
    await open((req) => req.flush(aReport()));
    TestBed.inject(Translator).use('en');
    await fixture.whenStable();
    expect((byTestId('report-csv') as HTMLAnchorElement).getAttribute('href')).toBe(
      `/api/live-sessions/${LIVE_ID}/report.csv?locale=en`,
    );
  });

  it('says plainly when the report is not for the viewer', async () => {
    await open((req) => req.flush({ code: 'forbidden' }, { status: 403, statusText: 'Forbidden' }));
    expect(byTestId('report-failure')?.textContent?.trim()).toBe(t('live.report.forbidden'));
  });

  it('says when nobody attended', async () => {
    await open((req) =>
      req.flush(
        aReport({
          attendance: [],
          totals: { participants: 0, guests: 0, medianMinutes: 0, averageMinutes: 0, peakConcurrent: 0 },
        }),
      ),
    );
    expect(byTestId('report-no-attendance')).not.toBeNull();
    expect(byTestId('report-table')).toBeNull();
  });
});
