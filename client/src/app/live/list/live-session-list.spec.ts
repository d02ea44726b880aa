import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { until } from '../../testing/test-app';
import { aSummary, setUpLiveTest } from '../shared/live-testing';
import { LiveSessionList } from './live-session-list';

// "Now" is Wednesday 25 March 2026 in Helsinki; summer time begins on Sunday the 29th.
describe('LiveSessionList', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LiveSessionList>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = (id: string) => el.querySelector<HTMLElement>(`[data-testid=${id}]`);

  const beforeChange = aSummary({
    id: 's-before',
    title: { fi: 'Webinaari lauantaina', en: 'Saturday webinar' },
    kind: 'training_webinar',
    startsAt: '2026-03-28T08:00:00.000Z',
    endsAt: '2026-03-28T09:00:00.000Z',
    myRsvp: 'going',
  });
  const afterChange = aSummary({ id: 's-after', myRsvp: 'waitlisted' });

  beforeEach(() => {
    http = setUpLiveTest('2026-03-25T10:00:00Z');
  });

  afterEach(() => {
    http.verify();
    el?.remove();
  });

  function listRequest(): Promise<TestRequest> {
    return until(() => http.match((r) => r.method === 'GET' && r.url === '/api/live-sessions')[0], 'a list request');
  }

  async function answer(sessions = [beforeChange, afterChange]): Promise<TestRequest> {
    const request = await listRequest();
    request.flush(sessions);
    await fixture.whenStable();
    return request;
  }

  const range = (r: TestRequest) => [r.request.params.get('from'), r.request.params.get('to')];

  async function open(): Promise<void> {
    fixture = TestBed.createComponent(LiveSessionList);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    fixture.detectChanges();
  }

  async function showMonth(): Promise<void> {
    await open();
    await answer();
    byTestId('live-view-month')?.click();
    await fixture.whenStable();
  }

  it('asks for the month between Helsinki midnights (+2 h before the change, +3 h after) and shows 10.00 on both days', async () => {
    await open();
    const request = await answer();
    expect(range(request)).toEqual(['2026-02-28T22:00:00.000Z', '2026-03-31T21:00:00.000Z']);
    byTestId('live-view-month')?.click();
    await fixture.whenStable();
    const saturday = el.querySelector('td[data-day="2026-03-28"]') as HTMLElement;
    const sunday = el.querySelector('td[data-day="2026-03-29"]') as HTMLElement;
    expect(saturday.textContent).toContain('10.00 Webinaari lauantaina');
    expect(sunday.textContent).toContain('10.00 Aamupala Laukaassa');
    expect(el.querySelector('td[aria-current=date]')?.getAttribute('data-day')).toBe('2026-03-25');
    expect(el.querySelectorAll('table[role=grid] thead th[scope=col]').length).toBe(7);
    expect(byTestId('live-period')?.textContent?.trim()).toBe('maaliskuu 2026');
  });

  it('moves by month and back to today, announcing the period and its count politely', async () => {
    await showMonth();
    byTestId('live-next')?.click();
    fixture.detectChanges();
    const april = await answer([]);
    expect(range(april)).toEqual(['2026-03-31T21:00:00.000Z', '2026-04-30T21:00:00.000Z']);
    expect(byTestId('live-period')?.textContent?.trim()).toBe('huhtikuu 2026');
    const announcement = byTestId('live-announcement') as HTMLElement;
    expect(announcement.getAttribute('aria-live')).toBe('polite');
    expect(announcement.textContent?.trim()).toBe(t('live.calendar.shown', { period: 'huhtikuu 2026', count: 0 }));
    byTestId('live-today')?.click();
    fixture.detectChanges();
    const march = await answer();
    expect(range(march)[0]).toBe('2026-02-28T22:00:00.000Z');
  });

  it('shows a week of seven days from Monday, moves by week, and bounds the week across the change', async () => {
    await open();
    await answer();
    byTestId('live-view-week')?.click();
    fixture.detectChanges();
    const week = await answer();
    expect(range(week)).toEqual(['2026-03-22T22:00:00.000Z', '2026-03-29T21:00:00.000Z']);
    const days = el.querySelectorAll('[data-testid=live-week] > li');
    expect(days.length).toBe(7);
    expect(days[0].getAttribute('data-day')).toBe('2026-03-23');
    expect(days[6].textContent).toContain('Aamupala Laukaassa');
    expect(days[6].textContent).toContain(t('live.myRsvp.waitlisted'));
    expect(days[5].textContent).toContain(t('live.myRsvp.going'));
    expect(days[0].textContent).toContain(t('live.calendar.noSessions'));
    expect(byTestId('live-period')?.textContent).toContain('13');

    byTestId('live-previous')?.click();
    fixture.detectChanges();
    const previous = await answer([]);
    expect(range(previous)).toEqual(['2026-03-15T22:00:00.000Z', '2026-03-22T22:00:00.000Z']);
  });

  it('moves through the month grid with the arrow keys and Page Down, keeping the focus on the day', async () => {
    await showMonth();
    const today = el.querySelector('td[data-day="2026-03-25"]') as HTMLElement;
    expect(today.tabIndex).toBe(0);
    expect(el.querySelector('td[data-day="2026-03-26"]')?.getAttribute('tabindex')).toBe('-1');
    today.focus();
    today.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await fixture.whenStable();
    await until(() => (document.activeElement as HTMLElement)?.dataset['day'] === '2026-03-26', 'focus on the 26th');
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }),
    );
    await fixture.whenStable();
    await until(() => (document.activeElement as HTMLElement)?.dataset['day'] === '2026-04-02', 'focus on 2 April');
    // Into April: the next month is asked for.
    const april = await answer([]);
    expect(range(april)[0]).toBe('2026-03-31T21:00:00.000Z');
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true }),
    );
    await fixture.whenStable();
    await answer();
    await until(() => (document.activeElement as HTMLElement)?.dataset['day'] === '2026-03-02', 'focus on 2 March');
  });

  it('lists sessions by day with their kind, seats and own answer, and filters by kind', async () => {
    await open();
    await answer();
    byTestId('live-view-list')?.click();
    await fixture.whenStable();
    const list = byTestId('live-list') as HTMLElement;
    const days = list.querySelectorAll(':scope > li');
    expect(days.length).toBe(2);
    expect(days[0].querySelector('a')?.getAttribute('href')).toBe('/live/s-before');
    expect(days[0].textContent).toContain(t('live.kind.training_webinar'));
    expect(days[1].textContent).toContain(t('live.seats.ofCapacity', { count: 19, capacity: 20 }));

    const kind = el.querySelector('select') as HTMLSelectElement;
    kind.value = 'info_session';
    kind.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    const filtered = await answer([afterChange]);
    expect(filtered.request.params.get('kind')).toBe('info_session');
    expect(byTestId('live-list')?.querySelectorAll(':scope > li').length).toBe(1);
  });
});
