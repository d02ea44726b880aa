import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest } from '../../testing/test-app';
import { MyPairings } from './my-pairings';
import { aPairing, byTestId, setUpPairingTest, t } from './pairings-testing';

describe('MyPairings', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyPairings>;
  let el: HTMLElement;

  beforeEach(() => {
    http = setUpPairingTest();
  });

  afterEach(() => http.verify());

  async function open(pairings = [aPairing()]): Promise<void> {
    fixture = TestBed.createComponent(MyPairings);
    el = fixture.nativeElement;
    (await nextRequest(http, 'GET', '/api/mentoring/pairings/mine')).flush(pairings);
    await fixture.whenStable();
  }

  it('lists proposals waiting for my answer first (soonest deadline first), then active, then past, each linked', async () => {
    await open([
      aPairing({ id: 'past', status: 'completed', finishedAt: '2026-02-01T10:00:00Z' }),
      aPairing({
        id: 'active',
        status: 'active',
        mentor: { ...aPairing().mentor, person: { id: 'm2', name: 'Ville' } },
      }),
      aPairing({
        id: 'later',
        status: 'proposed',
        mentee: { ...aPairing().mentee, answer: null },
        answerBy: '2026-03-30T08:00:00Z',
        mentor: { ...aPairing().mentor, person: { id: 'm3', name: 'Late Mentor' } },
      }),
      aPairing({
        id: 'sooner',
        status: 'proposed',
        mentee: { ...aPairing().mentee, answer: null },
        answerBy: '2026-03-27T08:00:00Z',
        mentor: { ...aPairing().mentor, person: { id: 'm4', name: 'Soon Mentor' } },
      }),
      // Answered by me, waiting for the mentor: under way, not waiting for me.
      aPairing({ id: 'mine-answered', status: 'proposed', mentor: { ...aPairing().mentor, answer: null } }),
    ]);
    const waiting = byTestId(el, 'pairings-waiting') as HTMLElement;
    const links = Array.from(waiting.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/mentoring/pairings/sooner', '/mentoring/pairings/later']);
    expect(waiting.textContent).toContain('Soon Mentor');
    expect(waiting.textContent).toContain('puhutte molemmat suomea ja arabiaa');
    // 08:00 UTC on 27 March is 10:00 in Helsinki (winter time).
    expect(waiting.textContent).toContain('10.00');
    const active = byTestId(el, 'pairings-active') as HTMLElement;
    expect(Array.from(active.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      '/mentoring/pairings/active',
      '/mentoring/pairings/mine-answered',
    ]);
    expect(active.textContent).toContain(t('mentoring.pairings.list.waitingOther'));
    expect(byTestId(el, 'pairings-past')?.querySelector('a')?.getAttribute('href')).toBe('/mentoring/pairings/past');
    expect(el.querySelector('a[href="/mentoring"]')).not.toBeNull();
  });

  it('shows the explanation in English when the language is English', async () => {
    TestBed.inject(Translator).use('en');
    await open([aPairing({ status: 'proposed', mentee: { ...aPairing().mentee, answer: null } })]);
    expect(byTestId(el, 'pairings-waiting')?.textContent).toContain('you both speak Finnish and Arabic');
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('My mentoring');
  });

  it('says so when there are no pairs', async () => {
    await open([]);
    expect(byTestId(el, 'pairings-empty')?.textContent?.trim()).toBe(t('mentoring.pairings.list.empty'));
  });
});
