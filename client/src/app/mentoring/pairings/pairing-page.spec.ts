import type { PairingDetail } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { nextRequest, until } from '../../testing/test-app';
import { PairingPage } from './pairing-page';
import {
  aDetail,
  anAgreement,
  aPairing,
  byTestId,
  PAIRING_ID,
  PAIRING_URL,
  setUpPairingTest,
  t,
  typeInto,
} from './pairings-testing';

const conflict = { statusCode: 409, code: 'conflict', error: 'Conflict', message: 'conflict', details: null };

describe('PairingPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PairingPage>;
  let el: HTMLElement;

  beforeEach(() => {
    http = setUpPairingTest();
  });

  afterEach(() => {
    http.verify();
    el?.remove();
  });

  async function open(detail: PairingDetail): Promise<void> {
    fixture = TestBed.createComponent(PairingPage);
    fixture.componentRef.setInput('id', PAIRING_ID);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    (await nextRequest(http, 'GET', PAIRING_URL)).flush(detail);
    await fixture.whenStable();
  }

  /** The page reads the pairing again after a change. */
  async function refreshWith(detail: PairingDetail): Promise<void> {
    (await nextRequest(http, 'GET', PAIRING_URL)).flush(detail);
    await fixture.whenStable();
  }

  const proposed = (overrides: Partial<PairingDetail> = {}) =>
    aDetail({
      status: 'proposed',
      startedAt: null,
      mentor: { ...aPairing().mentor, answer: 'accepted' },
      mentee: { ...aPairing().mentee, answer: null },
      ...overrides,
    });

  it('shows the other person, the program, the answer-by time in Helsinki and the mentor’s answer; accepts', async () => {
    await open(proposed());
    expect(byTestId(el, 'pairing-heading')?.textContent?.trim()).toBe('Maija Mentor');
    expect(el.textContent).toContain('Jyväskylän seudun mentorointi');
    // 08:00 UTC on 15 March is 10:00 in Helsinki.
    expect(byTestId(el, 'pairing-answer-by')?.textContent).toContain('10.00');
    expect(byTestId(el, 'other-answer')?.textContent?.trim()).toBe(
      t('mentoring.pairings.answer.other.accepted', { side: t('mentoring.pairings.side.mentor') }),
    );
    byTestId(el, 'answer-accept')?.click();
    const post = await nextRequest(http, 'POST', `${PAIRING_URL}/answer`);
    expect(post.request.body).toEqual({ answer: 'accept' });
    post.flush(null);
    await refreshWith(aDetail({ status: 'active' }));
    const notice = byTestId(el, 'pairing-notice') as HTMLElement;
    expect(notice.textContent?.trim()).toBe(t('mentoring.pairings.answer.yours.accepted'));
    await until(() => document.activeElement === notice, 'focus on the notice');
    expect(byTestId(el, 'answer-accept')).toBeNull();
    expect(byTestId(el, 'agreement-form')).not.toBeNull();
  });

  it('declines with a reason typed in the inline field', async () => {
    await open(proposed());
    byTestId(el, 'answer-decline')?.click();
    await fixture.whenStable();
    typeInto(el, 'decline-reason', '  Ei aikaa tänä keväänä ');
    byTestId(el, 'decline-confirm')?.click();
    const post = await nextRequest(http, 'POST', `${PAIRING_URL}/answer`);
    expect(post.request.body).toEqual({ answer: 'decline', reason: 'Ei aikaa tänä keväänä' });
    post.flush(null);
    await refreshWith(proposed({ status: 'declined', mentee: { ...aPairing().mentee, answer: 'declined' } }));
    expect(byTestId(el, 'pairing-notice')?.textContent?.trim()).toBe(t('mentoring.pairings.answer.yours.declined'));
    expect(byTestId(el, 'pairing-status')?.textContent?.trim()).toBe(t('mentoring.pairings.status.declined'));
  });

  it('says why an answer met a 409: answered already, or the mentor’s places full', async () => {
    await open(proposed());
    byTestId(el, 'answer-accept')?.click();
    (await nextRequest(http, 'POST', `${PAIRING_URL}/answer`)).flush(conflict, { status: 409, statusText: 'Conflict' });
    await refreshWith(proposed({ mentee: { ...aPairing().mentee, answer: 'accepted' } }));
    const failure = byTestId(el, 'pairing-failure') as HTMLElement;
    expect(failure.textContent?.trim()).toBe(t('mentoring.pairings.answer.alreadyAnswered'));
    await until(() => document.activeElement === failure, 'focus on the failure');

    await open(proposed());
    byTestId(el, 'answer-accept')?.click();
    (await nextRequest(http, 'POST', `${PAIRING_URL}/answer`)).flush(conflict, { status: 409, statusText: 'Conflict' });
    await refreshWith(proposed());
    expect(byTestId(el, 'pairing-failure')?.textContent?.trim()).toBe(t('mentoring.pairings.answer.capacityFull'));
  });

  it('a coordinator reads status, agreement, goals, meetings and ratings, sees notes are private, and may end early', async () => {
    await open(
      aDetail({
        mySide: null,
        mayManage: true,
        notes: null,
        agreement: anAgreement({ confirmed: true, mentorConfirmed: true, menteeConfirmed: true }),
        goals: [
          { id: 'g1', title: 'Perehdytysmalli', progress: 40, comment: 'Hyvä alku', updatedAt: '2026-03-10T08:00:00Z' },
        ],
        meetings: [
          {
            id: 'me1',
            liveSessionId: null,
            heldAt: '2026-03-10T08:00:00Z',
            durationMinutes: 45,
            mode: 'online',
            place: '',
            upcoming: false,
          },
        ],
        ratings: { mentor: { usefulness: 4, match: 5 }, mentee: null },
      }),
    );
    expect(byTestId(el, 'pairing-heading')?.textContent?.trim()).toBe('Maija Mentor – Ahmed Mentee');
    expect(byTestId(el, 'coordinator-note')).not.toBeNull();
    expect(byTestId(el, 'agreement-view')?.textContent).toContain('Opin perehdyttämään');
    expect(byTestId(el, 'agreement-form')).toBeNull();
    expect(byTestId(el, 'agreement-confirmed')).not.toBeNull();
    expect(byTestId(el, 'goals')?.textContent).toContain('Perehdytysmalli');
    expect(byTestId(el, 'goal-progress-input')).toBeNull();
    expect(byTestId(el, 'meetings')?.textContent).toContain('45');
    expect(byTestId(el, 'schedule-submit')).toBeNull();
    expect(byTestId(el, 'notes-private')?.textContent?.trim()).toBe(t('mentoring.pairings.notes.privateToPair'));
    expect(byTestId(el, 'note-new')).toBeNull();
    const ratings = byTestId(el, 'pairing-ratings')?.textContent ?? '';
    expect(ratings).toContain(
      t('mentoring.pairings.coordinator.rating', {
        side: t('mentoring.pairings.side.mentor'),
        usefulness: 4,
        match: 5,
      }),
    );
    expect(ratings).toContain(
      t('mentoring.pairings.coordinator.noRating', { side: t('mentoring.pairings.side.mentee') }),
    );
    expect(byTestId(el, 'finish-complete')).toBeNull();
    expect(byTestId(el, 'finish-end')).not.toBeNull();
    expect(byTestId(el, 'fit-save')).toBeNull();
  });

  it('a coordinator who does not manage every municipality gets no End early', async () => {
    await open(aDetail({ mySide: null, mayManage: false, notes: null }));
    expect(byTestId(el, 'finish-end')).toBeNull();
  });

  it('says the pair was not found on a 404', async () => {
    fixture = TestBed.createComponent(PairingPage);
    fixture.componentRef.setInput('id', PAIRING_ID);
    el = fixture.nativeElement;
    (await nextRequest(http, 'GET', PAIRING_URL)).flush(
      { statusCode: 404, code: 'not_found', error: 'Not Found', message: 'x', details: null },
      { status: 404, statusText: 'Not Found' },
    );
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe(t('mentoring.pairings.notFound'));
  });
});
