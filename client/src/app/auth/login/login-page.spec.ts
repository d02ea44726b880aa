import { type ApiErrorBody, ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { SessionStore } from '../../core/auth/session-store';
import { CsrfToken } from '../../core/http/csrf-token';
import { Translator } from '../../core/i18n/translator';
import { aMe, provideTestApp, until } from '../../testing/test-app';
import { LoginPage, safeReturnUrl } from './login-page';

function apiError(
  status: number,
  code: ErrorCode,
  details: ApiErrorBody['details'] = null,
): [ApiErrorBody, { status: number; statusText: string }] {
  return [
    { statusCode: status, code, error: 'Error', message: code, details },
    { status, statusText: 'Error' },
  ];
}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let backend: HttpTestingController;
  let translator: Translator;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    translator = TestBed.inject(Translator);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(LoginPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function fill(email: string, password: string): void {
    const [emailInput, passwordInput] = Array.from(element.querySelectorAll('input'));
    emailInput.value = email;
    emailInput.dispatchEvent(new Event('input'));
    passwordInput.value = password;
    passwordInput.dispatchEvent(new Event('input'));
  }

  /** Submits and answers the login; waits until the page shows an error or has navigated (no spec navigates before). */
  async function submitAndAnswer(body: object, init?: { status: number; statusText: string }): Promise<void> {
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const request = backend.expectOne('/api/auth/login');
    request.flush(body, init);
    await until(
      () => alertText() || TestBed.inject(Router).navigated,
      'an error message or a navigation after the answer',
    );
    await fixture.whenStable();
  }

  function alertText(): string {
    return element.querySelector('[role=alert]')?.textContent?.trim() ?? '';
  }

  it('labels its fields', () => {
    const labels = Array.from(element.querySelectorAll('mat-label')).map((l) => l.textContent?.trim());
    expect(labels).toEqual([translator.t('auth.email'), translator.t('auth.password')]);
  });

  it('does not submit an empty form and shows what is missing', async () => {
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/auth/login');
    expect(element.querySelectorAll('mat-error').length).toBe(2);
  });

  it('submits the credentials, logs in and goes to the return address', async () => {
    fixture.componentRef.setInput('returnUrl', '/profile');
    fill('  aino@example.fi ', 'correct horse');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'aino@example.fi', password: 'correct horse' });
    expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf');
    request.flush(aMe());
    await until(() => TestBed.inject(Router).navigated, 'the navigation after logging in');
    expect(TestBed.inject(SessionStore).me()?.email).toBe('aino.member@example.fi');
    expect(TestBed.inject(Router).url).toBe('/profile');
  });

  it('goes home when the return address is not a path on this site', async () => {
    fixture.componentRef.setInput('returnUrl', 'https://evil.example/');
    fill('aino@example.fi', 'correct horse');
    await submitAndAnswer(aMe());
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('shows the generic message for wrong credentials, announced as an alert', async () => {
    fill('aino@example.fi', 'wrong password');
    await submitAndAnswer(...apiError(401, ErrorCode.InvalidCredentials));
    expect(alertText()).toBe(translator.t('core.error.invalid_credentials'));
    expect(TestBed.inject(SessionStore).me()).toBeNull();
    expect(element.querySelector('input[type=password]')?.getAttribute('aria-describedby')).toContain('login-error');
  });

  it('moves focus to the message after a failed login (the disabled button had dropped it)', async () => {
    fill('aino@example.fi', 'wrong password');
    await submitAndAnswer(...apiError(401, ErrorCode.InvalidCredentials));
    expect(document.activeElement).toBe(element.querySelector('#login-error'));
  });

  it('shows the lockout message', async () => {
    fill('aino@example.fi', 'wrong password');
    await submitAndAnswer(...apiError(429, ErrorCode.AccountLocked));
    expect(alertText()).toBe(translator.t('core.error.account_locked'));
  });

  it('shows the rate-limit message', async () => {
    fill('aino@example.fi', 'wrong password');
    await submitAndAnswer(...apiError(429, ErrorCode.TooManyRequests));
    expect(alertText()).toBe(translator.t('core.error.too_many_requests'));
  });

  it('puts field problems from the server on the field', async () => {
    fill('aino@example.fi', 'whatever');
    await submitAndAnswer(
      ...apiError(400, ErrorCode.ValidationFailed, [{ field: 'email', problems: ['email must be an email'] }]),
    );
    const errors = Array.from(element.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual([translator.t('core.field.server')]);
    expect(alertText()).toBe(translator.t('core.error.validation_failed'));
  });

  it('says so when the server cannot be reached', async () => {
    fill('aino@example.fi', 'whatever');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    backend.expectOne('/api/auth/login').error(new ProgressEvent('error'), { status: 0 });
    await until(() => alertText(), 'the error message');
    expect(alertText()).toBe(translator.t('core.error.network'));
  });

  it('translates the error when the language changes, without reload', async () => {
    fill('aino@example.fi', 'wrong password');
    await submitAndAnswer(...apiError(401, ErrorCode.InvalidCredentials));
    translator.use('en');
    await fixture.whenStable();
    expect(alertText()).toBe('The e-mail address or password is incorrect.');
  });
});

describe('safeReturnUrl', () => {
  it('keeps same-site paths and refuses the rest', () => {
    expect(safeReturnUrl('/admin/users?q=a')).toBe('/admin/users?q=a');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('/login?returnUrl=%2F')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
