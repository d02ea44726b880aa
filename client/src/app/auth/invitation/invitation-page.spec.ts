import { ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { SessionStore } from '../../core/auth/session-store';
import { CsrfToken } from '../../core/http/csrf-token';
import { Translator } from '../../core/i18n/translator';
import { aMe, nextRequest, provideTestApp, until } from '../../testing/test-app';
import { InvitationPage } from './invitation-page';

describe('InvitationPage', () => {
  let fixture: ComponentFixture<InvitationPage>;
  let backend: HttpTestingController;
  let translator: Translator;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    translator = TestBed.inject(Translator);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(InvitationPage);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('token', 'tok-123');
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function answerPreview(): Promise<void> {
    backend
      .expectOne('/api/invitations/token/tok-123')
      .flush({ email: 'new.person@example.fi', displayName: 'New Person' });
    await until(() => element.querySelector('form'), 'the form for the invited person');
  }

  function type(name: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`input[formcontrolname=${name}], input[name=${name}]`);
    if (!input) throw new Error(`no ${name} input`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function submit(): Promise<void> {
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
  }

  it('shows the invited e-mail and prefills the name', async () => {
    await answerPreview();
    expect(element.querySelector('[data-testid=invitation-email]')?.textContent?.trim()).toBe('new.person@example.fi');
    expect(element.querySelector<HTMLInputElement>('input[formcontrolname=displayName]')?.value).toBe('New Person');
  });

  it('refuses mismatched passwords without calling the server', async () => {
    await answerPreview();
    type('password', 'a long enough password');
    type('confirm', 'a different password');
    await submit();
    backend.expectNone('/api/invitations/accept');
    expect(element.querySelector('[data-testid=confirm-error]')?.textContent?.trim()).toBe(
      translator.t('auth.passwordMismatch'),
    );
  });

  it('refuses a password shorter than 8 characters', async () => {
    await answerPreview();
    type('password', 'short');
    type('confirm', 'short');
    await submit();
    backend.expectNone('/api/invitations/accept');
    expect(element.textContent).toContain(translator.t('auth.passwordTooShort', { min: 8 }));
  });

  it('accepts, logs in with the new password and goes home', async () => {
    await answerPreview();
    type('displayName', 'Uusi Henkilö');
    type('password', 'a long enough password');
    type('confirm', 'a long enough password');
    await submit();
    const accept = backend.expectOne('/api/invitations/accept');
    expect(accept.request.body).toEqual({
      token: 'tok-123',
      password: 'a long enough password',
      displayName: 'Uusi Henkilö',
    });
    accept.flush({});
    const login = await nextRequest(backend, 'POST', '/api/auth/login');
    expect(login.request.body).toEqual({ email: 'new.person@example.fi', password: 'a long enough password' });
    login.flush(aMe({ email: 'new.person@example.fi' }));
    await until(() => TestBed.inject(Router).navigated, 'the navigation home');
    expect(TestBed.inject(SessionStore).me()?.email).toBe('new.person@example.fi');
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('shows the server verdict on a common password on the password field', async () => {
    await answerPreview();
    type('password', 'password123');
    type('confirm', 'password123');
    await submit();
    backend
      .expectOne('/api/invitations/accept')
      .flush(
        { statusCode: 400, code: ErrorCode.PasswordTooWeak, error: 'Bad Request', message: 'weak', details: [] },
        { status: 400, statusText: 'Bad Request' },
      );
    await until(
      () => element.textContent?.includes(translator.t('core.error.password_too_weak')),
      'the weak-password message',
    );
    expect(element.textContent).toContain(translator.t('core.error.password_too_weak'));
  });

  it('shows the invalid state for an unknown token', async () => {
    backend
      .expectOne('/api/invitations/token/tok-123')
      .flush({ statusCode: 404, code: ErrorCode.NotFound }, { status: 404, statusText: 'Not Found' });
    await until(() => element.querySelector('[data-testid=invitation-invalid]'), 'the invalid-invitation state');
    expect(element.querySelector('[data-testid=invitation-invalid]')).not.toBeNull();
    expect(element.querySelector('form')).toBeNull();
  });
});
