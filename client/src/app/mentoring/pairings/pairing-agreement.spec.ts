import { nextRequest, until } from '../../testing/test-app';
import { endDateRange } from './pairing-agreement';
import { aDetail, anAgreement, byTestId, PAIRING_URL, pairingPageTest, t, typeInto } from './pairings-testing';

describe('PairingAgreement', () => {
  const page = pairingPageTest();
  const { open, refreshWith } = page;
  beforeEach(() => page.setUp());
  afterEach(() => page.tearDown());

  function choose(testId: string, value: string): void {
    const select = byTestId(page.el, testId) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  it('allows an end date 4 to 24 weeks from the Helsinki day the pairing started', () => {
    // 23:30 UTC on 1 March is already 2 March in Helsinki.
    expect(endDateRange('2026-03-01T23:30:00Z')).toEqual({ min: '2026-03-30', max: '2026-08-17' });
  });

  it('refuses an end date outside 4–24 weeks, then saves the agreement as typed', async () => {
    await open(aDetail());
    expect(byTestId(page.el, 'agreement-none')).not.toBeNull();
    expect(byTestId(page.el, 'agreement-ends-hint')?.textContent).toContain('30.3.2026');
    typeInto(page.el, 'agreement-goals', 'Opin perehdyttämään');
    choose('agreement-frequency', 'weekly');
    choose('agreement-mode', 'either');
    (byTestId(page.el, 'agreement-day-tue')?.querySelector('input') as HTMLInputElement).click();
    (byTestId(page.el, 'agreement-day-thu')?.querySelector('input') as HTMLInputElement).click();
    typeInto(page.el, 'agreement-ends-on', '2026-03-20');
    typeInto(page.el, 'agreement-confidentiality', 'Puhumme luottamuksella.');
    byTestId(page.el, 'agreement-save')?.click();
    await page.fixture.whenStable();
    expect(byTestId(page.el, 'agreement-ends-error')?.textContent).toContain('30.3.2026');
    page.http.expectNone(`${PAIRING_URL}/agreement`);

    typeInto(page.el, 'agreement-ends-on', '2026-05-25');
    byTestId(page.el, 'agreement-save')?.click();
    const put = await nextRequest(page.http, 'PUT', `${PAIRING_URL}/agreement`);
    expect(put.request.body).toEqual({
      goals: 'Opin perehdyttämään',
      meetingFrequency: 'weekly',
      preferredDays: ['tue', 'thu'],
      mode: 'either',
      endsOn: '2026-05-25',
      confidentiality: 'Puhumme luottamuksella.',
    });
    put.flush(null);
    await refreshWith(aDetail({ agreement: anAgreement({ meetingFrequency: 'weekly', endsOn: '2026-05-25' }) }));
    expect(byTestId(page.el, 'pairing-notice')?.textContent?.trim()).toBe(
      t('mentoring.pairings.agreement.savedNeedsConfirm'),
    );
    expect(byTestId(page.el, 'agreement-confirm')).not.toBeNull();
  });

  it('confirms the version read; a stale one says so and shows the new version to confirm again', async () => {
    await open(aDetail({ agreement: anAgreement({ version: 2, mentorConfirmed: true }) }));
    const states = byTestId(page.el, 'agreement-confirmations')?.textContent ?? '';
    expect(states).toContain(
      t('mentoring.pairings.agreement.sideConfirmed', { side: t('mentoring.pairings.side.mentor') }),
    );
    expect(states).toContain(
      t('mentoring.pairings.agreement.sideNotConfirmed', { side: t('mentoring.pairings.side.mentee') }),
    );
    expect(page.el.textContent).toContain(t('mentoring.pairings.agreement.changeNeedsBoth'));
    expect((byTestId(page.el, 'agreement-goals') as HTMLTextAreaElement).value).toBe('Opin perehdyttämään');

    byTestId(page.el, 'agreement-confirm')?.click();
    const post = await nextRequest(page.http, 'POST', `${PAIRING_URL}/agreement/confirm`);
    expect(post.request.body).toEqual({ version: 2 });
    post.flush(
      { statusCode: 409, code: 'conflict', error: 'Conflict', message: 'stale', details: null },
      { status: 409, statusText: 'Conflict' },
    );
    await refreshWith(aDetail({ agreement: anAgreement({ version: 3, goals: 'Uudet tavoitteet' }) }));
    const failure = byTestId(page.el, 'agreement-failure') as HTMLElement;
    expect(failure.textContent?.trim()).toBe(t('mentoring.pairings.agreement.stale'));
    await until(() => document.activeElement === failure, 'focus on the stale notice');
    expect((byTestId(page.el, 'agreement-goals') as HTMLTextAreaElement).value).toBe('Uudet tavoitteet');

    byTestId(page.el, 'agreement-confirm')?.click();
    const again = await nextRequest(page.http, 'POST', `${PAIRING_URL}/agreement/confirm`);
    expect(again.request.body).toEqual({ version: 3 });
    again.flush(null);
    await refreshWith(
      aDetail({
        agreement: anAgreement({ version: 3, mentorConfirmed: true, menteeConfirmed: true, confirmed: true }),
      }),
    );
    expect(byTestId(page.el, 'agreement-confirmed')).not.toBeNull();
    expect(byTestId(page.el, 'agreement-confirm')).toBeNull();
  });
});
