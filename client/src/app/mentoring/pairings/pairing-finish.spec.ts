import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { nextRequest, until } from '../../testing/test-app';
import { PairingFinish } from './pairing-finish';
import { aDetail, byTestId, PAIRING_URL, setUpPairingTest, t, typeInto } from './pairings-testing';

function dialogButton(text: string): Promise<HTMLButtonElement> {
  return until(
    () =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')).find(
        (b) => b.textContent?.trim() === text,
      ),
    `the dialog button "${text}"`,
  );
}

describe('PairingFinish', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PairingFinish>;
  let el: HTMLElement;
  let done: string[];

  beforeEach(() => {
    http = setUpPairingTest();
  });

  afterEach(() => {
    http.verify();
    el?.remove();
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
  });

  async function open(pairing = aDetail()): Promise<void> {
    fixture = TestBed.createComponent(PairingFinish);
    fixture.componentRef.setInput('pairing', pairing);
    done = [];
    fixture.componentInstance.done.subscribe((key) => done.push(key));
    el = fixture.nativeElement;
    document.body.appendChild(el);
    await fixture.whenStable();
  }

  it('ends early only with a reason and after confirming', async () => {
    await open();
    byTestId(el, 'finish-end')?.click();
    await fixture.whenStable();
    byTestId(el, 'end-confirm')?.click();
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe(t('core.field.required'));

    typeInto(el, 'end-reason', 'Aikataulut eivät sovi');
    byTestId(el, 'end-confirm')?.click();
    await until(() => document.querySelector('mat-dialog-container'), 'the confirmation dialog');
    (await dialogButton(t('mentoring.pairings.finish.endEarly'))).click();
    const post = await nextRequest(http, 'POST', `${PAIRING_URL}/end`);
    expect(post.request.body).toEqual({ reason: 'Aikataulut eivät sovi' });
    post.flush(null);
    expect(done).toEqual(['mentoring.pairings.finish.completed']);
  });

  it('completes after confirming; cancelling sends nothing', async () => {
    await open();
    byTestId(el, 'finish-complete')?.click();
    await until(() => document.querySelector('mat-dialog-container'), 'the confirmation dialog');
    (await dialogButton(t('core.common.cancel'))).click();
    await until(() => !document.querySelector('mat-dialog-container'), 'the dialog closed');
    http.expectNone(`${PAIRING_URL}/complete`);

    byTestId(el, 'finish-complete')?.click();
    await until(() => document.querySelector('mat-dialog-container'), 'the confirmation dialog');
    (await dialogButton(t('mentoring.pairings.finish.complete'))).click();
    (await nextRequest(http, 'POST', `${PAIRING_URL}/complete`)).flush(null);
    expect(done).toEqual(['mentoring.pairings.finish.completed']);
  });

  it('asks for both ratings as 1–5 radio groups, sends them with the comment, then thanks', async () => {
    await open(aDetail({ status: 'completed', finishedAt: '2026-03-20T10:00:00Z' }));
    expect(byTestId(el, 'finish-end')).toBeNull();
    expect(el.querySelectorAll('fieldset legend').length).toBe(2);
    expect(byTestId(el, 'feedback-usefulness')?.querySelectorAll('input[type=radio]').length).toBe(5);
    byTestId(el, 'feedback-send')?.click();
    await fixture.whenStable();
    expect(byTestId(el, 'feedback-missing')).not.toBeNull();
    http.expectNone(`${PAIRING_URL}/feedback`);

    (byTestId(el, 'feedback-usefulness-4')?.querySelector('input') as HTMLInputElement).click();
    (byTestId(el, 'feedback-match-5')?.querySelector('input') as HTMLInputElement).click();
    typeInto(el, 'feedback-comment', 'Kiitos!');
    byTestId(el, 'feedback-send')?.click();
    const put = await nextRequest(http, 'PUT', `${PAIRING_URL}/feedback`);
    expect(put.request.body).toEqual({ usefulness: 4, match: 5, comment: 'Kiitos!' });
    put.flush(null);
    expect(done).toEqual(['mentoring.pairings.feedback.thanks']);

    fixture.componentRef.setInput(
      'pairing',
      aDetail({
        status: 'completed',
        myFeedback: { usefulness: 4, match: 5, comment: 'Kiitos!', createdAt: '2026-03-25T10:00:00Z' },
      }),
    );
    await fixture.whenStable();
    expect(byTestId(el, 'feedback-thanks')?.textContent?.trim()).toBe(t('mentoring.pairings.feedback.thanks'));
    expect(byTestId(el, 'feedback-form')).toBeNull();
  });
});
