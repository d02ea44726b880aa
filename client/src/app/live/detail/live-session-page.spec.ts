import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest, until } from '../../testing/test-app';
import { aDetail, LIVE_ID, setUpLiveTest } from '../shared/live-testing';
import { LiveSessionPage } from './live-session-page';

describe('LiveSessionPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LiveSessionPage>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = (id: string) => el.querySelector<HTMLElement>(`[data-testid=${id}]`);

  beforeEach(() => {
    http = setUpLiveTest();
  });

  afterEach(() => http.verify());

  async function open(detail = aDetail()): Promise<void> {
    fixture = TestBed.createComponent(LiveSessionPage);
    fixture.componentRef.setInput('id', LIVE_ID);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    (await nextRequest(http, 'GET', `/api/live-sessions/${LIVE_ID}`)).flush(detail);
    await fixture.whenStable();
  }

  afterEach(() => {
    el?.remove();
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
  });

  it('shows when (Helsinki time, after the spring change), where, who, the video and calendar links, and the way in', async () => {
    await open();
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Aamupala Laukaassa');
    // 07:00 UTC on 29 March 2026 is 10:00 in Helsinki (summer time began at 03:00 that night).
    expect(byTestId('live-when')?.textContent).toContain('10.00');
    expect(byTestId('live-when')?.textContent).toContain('11.30');
    expect(el.textContent).toContain('Hanna Host');
    const video = byTestId('live-video') as HTMLAnchorElement;
    expect(video.getAttribute('href')).toBe('https://meet.example.fi/aamupala');
    expect(video.getAttribute('target')).toBe('_blank');
    expect(video.getAttribute('rel')).toContain('noopener');
    expect(byTestId('live-ics')?.getAttribute('href')).toBe(`/api/live-sessions/${LIVE_ID}/calendar.ics`);
    expect(byTestId('live-open-room')?.getAttribute('href')).toBe(`/live/${LIVE_ID}/room`);
    expect(byTestId('live-edit')).toBeNull();
  });

  it('answers yes onto the waitlist, says the position and moves the focus there; then no is declined', async () => {
    await open();
    expect(byTestId('rsvp-state')?.textContent?.trim()).toBe(t('live.rsvp.none'));
    byTestId('rsvp-yes')?.click();
    const put = await nextRequest(http, 'PUT', `/api/live-sessions/${LIVE_ID}/rsvp`);
    expect(put.request.body).toEqual({ answer: 'yes' });
    expect(put.request.headers.get('X-CSRF-Token')).toBe('csrf');
    put.flush({ state: 'waitlisted', waitlistPosition: 3 });
    await fixture.whenStable();
    const state = byTestId('rsvp-state') as HTMLElement;
    expect(state.textContent?.trim()).toBe(t('live.rsvp.state.waitlistedAt', { position: 3 }));
    expect(state.getAttribute('aria-live')).toBe('polite');
    await until(() => document.activeElement === state, 'focus on the RSVP state');
    expect(byTestId('rsvp-yes')?.getAttribute('aria-pressed')).toBe('true');

    byTestId('rsvp-no')?.click();
    (await nextRequest(http, 'PUT', `/api/live-sessions/${LIVE_ID}/rsvp`)).flush({
      state: 'declined',
      waitlistPosition: null,
    });
    await fixture.whenStable();
    expect(byTestId('rsvp-state')?.textContent?.trim()).toBe(t('live.rsvp.state.declined'));
    expect(byTestId('rsvp-no')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('rsvp-yes')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('counts a seat taken when yes lands on one, and shows a refusal with the focus on it', async () => {
    await open();
    byTestId('rsvp-yes')?.click();
    (await nextRequest(http, 'PUT', `/api/live-sessions/${LIVE_ID}/rsvp`)).flush({
      state: 'going',
      waitlistPosition: null,
    });
    await fixture.whenStable();
    expect(byTestId('rsvp-state')?.textContent?.trim()).toBe(t('live.rsvp.state.going'));
    expect(el.textContent).toContain(t('live.seats.ofCapacity', { count: 20, capacity: 20 }));

    byTestId('rsvp-maybe')?.click();
    (await nextRequest(http, 'PUT', `/api/live-sessions/${LIVE_ID}/rsvp`)).flush(
      { statusCode: 409, code: 'conflict', error: 'Conflict', message: 'cancelled', details: null },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    const failure = byTestId('rsvp-failure') as HTMLElement;
    expect(failure.textContent?.trim()).toBe(t('core.error.conflict'));
    await until(() => document.activeElement === failure, 'focus on the failure');
  });

  it('shows the title in English when asked, and in Finnish when the English is missing', async () => {
    TestBed.inject(Translator).use('en');
    await open(aDetail({ title: { fi: 'Aamupala', en: '' }, description: { fi: 'Kuvaus', en: 'Description' } }));
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Aamupala');
    expect(el.querySelector('.kp-description')?.textContent?.trim()).toBe('Description');
  });

  it('gives managers edit and cancel, hosts no RSVP, and nobody the room once it is cancelled', async () => {
    await open(
      aDetail({
        mayManage: true,
        hosting: true,
        invitees: [{ kind: 'audience', audience: 'employer', name: 'Työnantajat' }],
      }),
    );
    expect(byTestId('rsvp-yes')).toBeNull();
    expect(byTestId('live-edit')?.getAttribute('href')).toBe(`/live/${LIVE_ID}/edit`);
    // An audience is named in the reader's language, not by the server's key.
    expect(byTestId('live-invitees')?.textContent).toContain(t('admin.audience.employer'));
    expect(byTestId('live-invitees')?.textContent).not.toContain('admin.audience');

    byTestId('live-cancel')?.click();
    await fixture.whenStable();
    const confirm = await until(
      () => document.querySelector<HTMLButtonElement>('mat-dialog-actions button:last-of-type'),
      'the confirmation',
    );
    confirm.click();
    await fixture.whenStable();
    const cancel = await nextRequest(http, 'POST', `/api/live-sessions/${LIVE_ID}/cancel`);
    cancel.flush({});
    await fixture.whenStable();
    expect(byTestId('live-status')?.textContent?.trim()).toBe(t('live.status.cancelled'));
    expect(byTestId('live-open-room')).toBeNull();
    expect(byTestId('live-edit')).toBeNull();
    const notice = byTestId('live-notice') as HTMLElement;
    expect(notice.textContent?.trim()).toBe(t('live.detail.cancelled'));
    await until(() => document.activeElement === notice, 'focus on the notice');
  });
  it('offers the video link while the session is to come or live, not once it has ended or was cancelled', async () => {
    await open(aDetail({ status: 'live' }));
    expect(byTestId('live-video')?.getAttribute('href')).toBe('https://meet.example.fi/aamupala');
    for (const status of ['ended', 'cancelled'] as const) {
      el.remove();
      await open(aDetail({ status, mayJoin: false }));
      expect(byTestId('live-video')).toBeNull();
      expect(el.textContent).not.toContain('meet.example.fi');
    }
  });

  it('links managers to the report once the session is live or over, not before, and never others', async () => {
    await open(aDetail({ mayManage: true, hosting: true, status: 'ended', mayJoin: false }));
    expect(byTestId('live-report')?.getAttribute('href')).toBe(`/live/${LIVE_ID}/report`);
    el.remove();
    await open(aDetail({ mayManage: true, hosting: true, status: 'scheduled' }));
    expect(byTestId('live-report')).toBeNull();
    el.remove();
    await open(aDetail({ mayManage: false, status: 'ended', mayJoin: false }));
    expect(byTestId('live-report')).toBeNull();
  });
});
