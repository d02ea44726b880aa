import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { nextRequest, until } from '../../testing/test-app';
import { PairingMeetings } from './pairing-meetings';
import { aDetail, byTestId, PAIRING_URL, setUpPairingTest, t, typeInto } from './pairings-testing';

describe('PairingMeetings', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PairingMeetings>;
  let el: HTMLElement;
  let changed: number;

  beforeEach(async () => {
    // "Now" is 12:00 in Helsinki on 25 March 2026.
    http = setUpPairingTest('2026-03-25T10:00:00Z');
    fixture = TestBed.createComponent(PairingMeetings);
    fixture.componentRef.setInput('pairing', aDetail());
    changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    el.remove();
  });

  it('schedules a meeting from Helsinki times across the spring change and links to its session and room', async () => {
    typeInto(el, 'schedule-starts', '2026-03-30T10:00');
    typeInto(el, 'schedule-ends', '2026-03-30T09:00');
    byTestId(el, 'schedule-submit')?.click();
    await fixture.whenStable();
    expect(byTestId(el, 'schedule-order')?.textContent?.trim()).toBe(t('mentoring.pairings.meetings.endAfterStart'));
    http.expectNone(`${PAIRING_URL}/meetings/scheduled`);

    typeInto(el, 'schedule-ends', '2026-03-30T11:00');
    byTestId(el, 'schedule-submit')?.click();
    const post = await nextRequest(http, 'POST', `${PAIRING_URL}/meetings/scheduled`);
    // Summer time (+3) from 29 March.
    expect(post.request.body).toEqual({ startsAt: '2026-03-30T07:00:00.000Z', endsAt: '2026-03-30T08:00:00.000Z' });
    post.flush({ id: 'me1', liveSessionId: 'live-1' });
    await fixture.whenStable();
    expect(changed).toBe(1);
    const notice = byTestId(el, 'meetings-notice') as HTMLElement;
    expect(notice.textContent).toContain(t('mentoring.pairings.meetings.scheduled'));
    await until(() => document.activeElement === notice, 'focus on the notice');
    expect(byTestId(el, 'scheduled-session')?.getAttribute('href')).toBe('/live/live-1');
    expect(byTestId(el, 'scheduled-room')?.getAttribute('href')).toBe('/live/live-1/room');
  });

  it('logs a meeting held, refusing one in the future', async () => {
    typeInto(el, 'log-held', '2026-03-25T13:00');
    byTestId(el, 'log-submit')?.click();
    await fixture.whenStable();
    expect(el.textContent).toContain(t('mentoring.pairings.meetings.notInFuture'));
    http.expectNone(`${PAIRING_URL}/meetings`);

    typeInto(el, 'log-held', '2026-03-24T16:30');
    typeInto(el, 'log-duration', '90');
    const mode = byTestId(el, 'log-mode') as HTMLSelectElement;
    mode.value = 'online';
    mode.dispatchEvent(new Event('change'));
    typeInto(el, 'log-place', 'Teams');
    byTestId(el, 'log-submit')?.click();
    const post = await nextRequest(http, 'POST', `${PAIRING_URL}/meetings`);
    expect(post.request.body).toEqual({
      heldAt: '2026-03-24T14:30:00.000Z',
      durationMinutes: 90,
      mode: 'online',
      place: 'Teams',
    });
    post.flush(null);
    await fixture.whenStable();
    expect(byTestId(el, 'meetings-notice')?.textContent).toContain(t('mentoring.pairings.meetings.logged'));
  });

  it('lists a scheduled meeting with its session and room links', async () => {
    fixture.componentRef.setInput(
      'pairing',
      aDetail({
        meetings: [
          {
            id: 'me1',
            liveSessionId: 'live-9',
            heldAt: '2026-04-01T07:00:00Z',
            durationMinutes: 60,
            mode: 'online',
            place: '',
            upcoming: true,
          },
        ],
      }),
    );
    await fixture.whenStable();
    const list = byTestId(el, 'meetings') as HTMLElement;
    expect(list.textContent).toContain('10.00');
    const links = Array.from(list.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/live/live-9', '/live/live-9/room']);
  });
});
