import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest } from '../../testing/test-app';
import { aSummary, setUpLiveTest } from '../shared/live-testing';
import { LiveHomePanel } from './live-home-panel';

describe('LiveHomePanel', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    http = setUpLiveTest('2026-03-25T10:00:00Z');
  });

  afterEach(() => http.verify());

  it('lists the next sessions one hosts or is invited to, soonest first, leaving out declined, ended and cancelled', async () => {
    const fixture = TestBed.createComponent(LiveHomePanel);
    const el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    const request = await nextRequest(http, 'GET', '/api/live-sessions');
    expect(request.request.params.get('from')).toBe('2026-03-24T22:00:00.000Z');
    request.flush([
      aSummary({ id: 'later', startsAt: '2026-04-02T07:00:00Z', endsAt: '2026-04-02T08:00:00Z', hosting: true }),
      aSummary({ id: 'sooner', myRsvp: 'maybe' }),
      aSummary({ id: 'declined', myRsvp: 'declined' }),
      aSummary({ id: 'cancelled', status: 'cancelled' }),
      aSummary({ id: 'over', startsAt: '2026-03-25T06:00:00Z', endsAt: '2026-03-25T07:00:00Z' }),
    ]);
    await fixture.whenStable();
    const links = Array.from(el.querySelectorAll('[data-testid=home-live-sessions] a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(['/live/sooner', '/live/later']);
    expect(el.textContent).toContain(TestBed.inject(Translator).t('home.live.hosting'));
    expect(el.querySelector('a[href="/live"]')).not.toBeNull();
    expect(el.querySelector('section')?.getAttribute('aria-labelledby')).toBe(el.querySelector('h2')?.id ?? 'none');
  });
});
