import { ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { CsrfToken } from '../../core/http/csrf-token';
import { Translator } from '../../core/i18n/translator';
import { provideTestApp, until } from '../../testing/test-app';
import { CancelRegistrationPage } from './cancel-page';

describe('CancelRegistrationPage', () => {
  let fixture: ComponentFixture<CancelRegistrationPage>;
  let backend: HttpTestingController;
  let el: HTMLElement;
  const t = (key: string) => TestBed.inject(Translator).t(key);

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(CancelRegistrationPage);
    fixture.componentRef.setInput('slug', 'aamupala');
    fixture.componentRef.setInput('token', 'C4NCEL');
    el = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('cancels nothing until asked, then cancels with the link’s token and moves focus to the answer', async () => {
    backend.expectNone('/api/public/registrations/cancel');
    (el.querySelector('button') as HTMLButtonElement).click();
    const req = backend.expectOne('/api/public/registrations/cancel');
    expect(req.request.body).toEqual({ token: 'C4NCEL' });
    req.flush({ cancelled: true });
    const done = await until(() => el.querySelector<HTMLElement>('[data-testid=cancel-done]'), 'the answer');
    expect(done.textContent).toContain(t('guest.cancel.done'));
    await until(() => document.activeElement === done, 'focus on the answer');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/s/aamupala');
  });

  it('says when the link does not work', async () => {
    (el.querySelector('button') as HTMLButtonElement).click();
    backend
      .expectOne('/api/public/registrations/cancel')
      .flush(
        { statusCode: 404, code: ErrorCode.TokenInvalid, error: 'x', message: 'x', details: null },
        { status: 404, statusText: 'Not Found' },
      );
    const invalid = await until(() => el.querySelector('[data-testid=cancel-invalid]'), 'the answer');
    expect(invalid.textContent).toContain(t('guest.cancel.invalid'));
  });
});
