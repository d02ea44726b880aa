import { ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { CsrfToken } from '../../core/http/csrf-token';
import { provideTestApp, until } from '../../testing/test-app';
import { ResetPasswordPage } from './reset-password-page';

describe('ResetPasswordPage', () => {
  let fixture: ComponentFixture<ResetPasswordPage>;
  let backend: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(ResetPasswordPage);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('token', 'reset-1');
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const tokenInvalid = {
    statusCode: 400,
    code: ErrorCode.TokenInvalid,
    error: 'Bad Request',
    message: 'x',
    details: null,
  };

  it('shows the invalid-link state when the token is not valid', async () => {
    backend
      .expectOne('/api/auth/password/reset/reset-1')
      .flush(tokenInvalid, { status: 400, statusText: 'Bad Request' });
    await until(() => element.querySelector('[data-testid=reset-invalid]'), 'the invalid-link state');
    expect(element.querySelector('[data-testid=reset-invalid]')).not.toBeNull();
    expect(element.querySelector('form')).toBeNull();
  });

  it('sets the new password with the token', async () => {
    backend.expectOne('/api/auth/password/reset/reset-1').flush({});
    await until(
      () => element.querySelector('input[formcontrolname=password], input[name=password]'),
      'the new-password form',
    );
    for (const name of ['password', 'confirm']) {
      const input = element.querySelector(`input[formcontrolname=${name}], input[name=${name}]`) as HTMLInputElement;
      input.value = 'a brand new password';
      input.dispatchEvent(new Event('input'));
    }
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const request = backend.expectOne('/api/auth/password/reset');
    expect(request.request.body).toEqual({ token: 'reset-1', password: 'a brand new password' });
    request.flush(null);
    await until(() => element.querySelector('a[href="/login"]'), 'the link to log in');
    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('a[href="/login"]')).not.toBeNull();
  });
});
