import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { nextRequest } from '../../testing/test-app';
import { FitCheck } from './fit-check';
import { aDetail, byTestId, PAIRING_URL, setUpPairingTest, t } from './pairings-testing';

describe('FitCheck', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<FitCheck>;
  let el: HTMLElement;
  let changed: number;

  beforeEach(async () => {
    http = setUpPairingTest();
    fixture = TestBed.createComponent(FitCheck);
    fixture.componentRef.setInput('pairing', aDetail({ fitCheckOpen: true }));
    changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    el = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('says the answer is private, offers three choices as radios and sends the one chosen', async () => {
    expect(byTestId(el, 'fit-private')?.textContent?.trim()).toBe(t('mentoring.pairings.fit.private'));
    expect(el.querySelectorAll('input[type=radio]').length).toBe(3);
    expect(el.querySelector('mat-radio-group')?.getAttribute('aria-describedby')).toBe('fit-private');
    // Nothing chosen: Save sends nothing.
    byTestId(el, 'fit-save')?.click();
    http.expectNone(`${PAIRING_URL}/fit-check`);

    (byTestId(el, 'fit-not_sure')?.querySelector('input') as HTMLInputElement).click();
    await fixture.whenStable();
    byTestId(el, 'fit-save')?.click();
    const put = await nextRequest(http, 'PUT', `${PAIRING_URL}/fit-check`);
    expect(put.request.body).toEqual({ answer: 'not_sure' });
    put.flush(null);
    expect(changed).toBe(1);
  });

  it('shows my earlier answer chosen and in words', async () => {
    fixture.componentRef.setInput('pairing', aDetail({ fitCheckOpen: true, myFitAnswer: 'good_fit' }));
    await fixture.whenStable();
    expect((byTestId(el, 'fit-good_fit')?.querySelector('input') as HTMLInputElement).checked).toBeTrue();
    expect(byTestId(el, 'fit-mine')?.textContent?.trim()).toBe(
      t('mentoring.pairings.fit.yours', { answer: t('mentoring.pairings.fit.good_fit') }),
    );
  });
});
