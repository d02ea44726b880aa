import type { PairingDetail } from '@kotopaikka/contracts';

import { nextRequest, until } from '../../testing/test-app';
import {
  aDetail,
  anAgreement,
  aPairing,
  byTestId,
  PAIRING_URL,
  pairingPageTest,
  t,
  typeInto,
} from './pairings-testing';

const conflict = { statusCode: 409, code: 'conflict', error: 'Conflict', message: 'conflict', details: null };

describe('PairingPage', () => {
  const page = pairingPageTest();
  const { open, refreshWith } = page;
  beforeEach(() => page.setUp());
  afterEach(() => page.tearDown());

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
    expect(byTestId(page.el, 'pairing-heading')?.textContent?.trim()).toBe('Maija Mentor');
    expect(page.el.textContent).toContain('Jyväskylän seudun mentorointi');
    // 08:00 UTC on 15 March is 10:00 in Helsinki.
    expect(byTestId(page.el, 'pairing-answer-by')?.textContent).toContain('10.00');
    expect(byTestId(page.el, 'other-answer')?.textContent?.trim()).toBe(
      t('mentoring.pairings.answer.other.accepted', { side: t('mentoring.pairings.side.mentor') }),
    );
    byTestId(page.el, 'answer-accept')?.click();
    const post = await nextRequest(page.http, 'POST', `${PAIRING_URL}/answer`);
    expect(post.request.body).toEqual({ answer: 'accept' });
    post.flush(null);
    await refreshWith(aDetail({ status: 'active' }));
    const notice = byTestId(page.el, 'pairing-notice') as HTMLElement;
    expect(notice.textContent?.trim()).toBe(t('mentoring.pairings.answer.yours.accepted'));
    await until(() => document.activeElement === notice, 'focus on the notice');
    expect(byTestId(page.el, 'answer-accept')).toBeNull();
    expect(byTestId(page.el, 'agreement-form')).not.toBeNull();
  });

  it('declines with a reason typed in the inline field', async () => {
    await open(proposed());
    byTestId(page.el, 'answer-decline')?.click();
    await page.fixture.whenStable();
    typeInto(page.el, 'decline-reason', '  Ei aikaa tänä keväänä ');
    byTestId(page.el, 'decline-confirm')?.click();
    const post = await nextRequest(page.http, 'POST', `${PAIRING_URL}/answer`);
    expect(post.request.body).toEqual({ answer: 'decline', reason: 'Ei aikaa tänä keväänä' });
    post.flush(null);
    await refreshWith(proposed({ status: 'declined', mentee: { ...aPairing().mentee, answer: 'declined' } }));
    expect(byTestId(page.el, 'pairing-notice')?.textContent?.trim()).toBe(
      t('mentoring.pairings.answer.yours.declined'),
    );
    expect(byTestId(page.el, 'pairing-status')?.textContent?.trim()).toBe(t('mentoring.pairings.status.declined'));
  });

  it('says why an answer met a 409: answered already, or the mentor’s places full', async () => {
    await open(proposed());
    byTestId(page.el, 'answer-accept')?.click();
    (await nextRequest(page.http, 'POST', `${PAIRING_URL}/answer`)).flush(conflict, {
      status: 409,
      statusText: 'Conflict',
    });
    await refreshWith(proposed({ mentee: { ...aPairing().mentee, answer: 'accepted' } }));
    const failure = byTestId(page.el, 'pairing-failure') as HTMLElement;
    expect(failure.textContent?.trim()).toBe(t('mentoring.pairings.answer.alreadyAnswered'));
    await until(() => document.activeElement === failure, 'focus on the failure');

    await open(proposed());
    byTestId(page.el, 'answer-accept')?.click();
    (await nextRequest(page.http, 'POST', `${PAIRING_URL}/answer`)).flush(conflict, {
      status: 409,
      statusText: 'Conflict',
    });
    await refreshWith(proposed());
    expect(byTestId(page.el, 'pairing-failure')?.textContent?.trim()).toBe(t('mentoring.pairings.answer.capacityFull'));
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
    expect(byTestId(page.el, 'pairing-heading')?.textContent?.trim()).toBe('Maija Mentor – Ahmed Mentee');
    expect(byTestId(page.el, 'coordinator-note')).not.toBeNull();
    expect(byTestId(page.el, 'agreement-view')?.textContent).toContain('Opin perehdyttämään');
    expect(byTestId(page.el, 'agreement-form')).toBeNull();
    expect(byTestId(page.el, 'agreement-confirmed')).not.toBeNull();
    expect(byTestId(page.el, 'goals')?.textContent).toContain('Perehdytysmalli');
    expect(byTestId(page.el, 'goal-progress-input')).toBeNull();
    expect(byTestId(page.el, 'meetings')?.textContent).toContain('45');
    expect(byTestId(page.el, 'schedule-submit')).toBeNull();
    expect(byTestId(page.el, 'notes-private')?.textContent?.trim()).toBe(t('mentoring.pairings.notes.privateToPair'));
    expect(byTestId(page.el, 'note-new')).toBeNull();
    const ratings = byTestId(page.el, 'pairing-ratings')?.textContent ?? '';
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
    expect(byTestId(page.el, 'finish-complete')).toBeNull();
    expect(byTestId(page.el, 'finish-end')).not.toBeNull();
    expect(byTestId(page.el, 'fit-save')).toBeNull();
  });

  it('a coordinator who does not manage every municipality gets no End early', async () => {
    await open(aDetail({ mySide: null, mayManage: false, notes: null }));
    expect(byTestId(page.el, 'finish-end')).toBeNull();
  });

  it('says the pair was not found on a 404', async () => {
    page.create();
    (await nextRequest(page.http, 'GET', PAIRING_URL)).flush(
      { statusCode: 404, code: 'not_found', error: 'Not Found', message: 'x', details: null },
      { status: 404, statusText: 'Not Found' },
    );
    await page.fixture.whenStable();
    expect(page.el.querySelector('[role=alert]')?.textContent?.trim()).toBe(t('mentoring.pairings.notFound'));
  });
});
