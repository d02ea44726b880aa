import { ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { CsrfToken } from '../../core/http/csrf-token';
import { Translator } from '../../core/i18n/translator';
import { provideTestApp, until } from '../../testing/test-app';
import { ResendMailForm } from './resend-mail-form';

const URL = '/api/public/live-sessions/aamupala/registrations/resend';

describe('ResendMailForm', () => {
  let fixture: ComponentFixture<ResendMailForm>;
  let backend: HttpTestingController;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  function type(value: string): void {
    const input = el.querySelector('input[formcontrolname=email]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(ResendMailForm);
    fixture.componentRef.setInput('slug', 'aamupala');
    el = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('asks for the address under a heading of its own, with a labelled field described by what happens', async () => {
    await until(() => el.querySelector('h2'), 'the heading');
    expect(el.querySelector('h2')?.textContent).toContain(t('guest.resend.heading'));
    // Not "Sähköposti" again: the registration form's field above has that name.
    expect(el.querySelector('mat-label')?.textContent?.trim()).toBe(t('guest.resend.email'));
    const input = el.querySelector('input[formcontrolname=email]') as HTMLInputElement;
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      t('guest.resend.intro'),
    );
    const honeypot = el.querySelector('#kp-resend-website') as HTMLInputElement;
    expect(honeypot.closest('[aria-hidden=true]')).not.toBeNull();
    expect(honeypot.tabIndex).toBe(-1);
  });

  it('sends the trimmed address once, and answers the same way whatever the server knows, focus on the answer', async () => {
    type('  amina@example.fi ');
    await submit();
    const req = backend.expectOne(URL);
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('X-CSRF-Token')).toBe('csrf');
    expect(req.request.body).toEqual({ email: 'amina@example.fi', website: '' });
    req.flush({ requested: true });
    const result = await until(() => el.querySelector<HTMLElement>('[data-testid=resend-result]'), 'the answer');
    expect(result.textContent).toContain(t('guest.resend.done', { email: 'amina@example.fi' }));
    await until(() => document.activeElement === result, 'focus on the answer');
    expect(el.querySelector('form')).toBeNull();

    (result.querySelector('button') as HTMLButtonElement).click();
    await until(
      () => document.activeElement === el.querySelector('input[formcontrolname=email]'),
      'focus back on the field',
    );
  });

  it('sends nothing for an address that is not one, and says why on the field', async () => {
    type('not an address');
    await submit();
    backend.expectNone(URL);
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe(t('core.field.email'));
    await until(() => document.activeElement === el.querySelector('input[formcontrolname=email]'), 'focus on it');
  });

  it('tells the rate limit and a closed session in plain words, in an alert that takes focus', async () => {
    type('amina@example.fi');
    await submit();
    backend.expectOne(URL).flush(
      { statusCode: 429, code: ErrorCode.TooManyRequests, error: 'x', message: 'x', details: null },
      {
        status: 429,
        statusText: 'Too Many Requests',
      },
    );
    const alert = await until(() => el.querySelector<HTMLElement>('#kp-resend-error'), 'the alert');
    expect(alert.getAttribute('role')).toBe('alert');
    await until(() => alert.textContent?.includes(t('guest.resend.limited')), 'the rate-limit message');
    await until(() => document.activeElement === alert, 'focus on the message');

    await submit();
    backend.expectOne(URL).flush(
      { statusCode: 409, code: ErrorCode.SessionOver, error: 'x', message: 'x', details: null },
      {
        status: 409,
        statusText: 'Conflict',
      },
    );
    await until(() => alert.textContent?.includes(t('guest.state.over')), 'the session is over');
  });
});
