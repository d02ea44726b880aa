import { ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { CsrfToken } from '../../core/http/csrf-token';
import { Translator } from '../../core/i18n/translator';
import { provideTestApp, until } from '../../testing/test-app';
import { ForgotPasswordPage } from './forgot-password-page';

describe('ForgotPasswordPage', () => {
  let fixture: ComponentFixture<ForgotPasswordPage>;
  let backend: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(ForgotPasswordPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function ask(email: string, answer: [object | null, { status: number; statusText: string }]): Promise<string> {
    const input = element.querySelector('input') as HTMLInputElement;
    input.value = email;
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const request = backend.expectOne('/api/auth/password/forgot');
    expect(request.request.body).toEqual({ email });
    request.flush(...answer);
    await until(
      () => element.querySelector('[data-testid=forgot-done], [role=alert]')?.textContent?.trim(),
      'the confirmation or an error',
    );
    return element.querySelector('[data-testid=forgot-done]')?.textContent?.trim() ?? '';
  }

  it('confirms the same way for a known and an unknown address', async () => {
    const done = TestBed.inject(Translator).t('auth.forgot.done');
    expect(await ask('known@example.fi', [null, { status: 202, statusText: 'Accepted' }])).toBe(done);
  });

  it('confirms the same way even when the server answers 404', async () => {
    const done = TestBed.inject(Translator).t('auth.forgot.done');
    const notFound = { statusCode: 404, code: ErrorCode.NotFound, error: 'Not Found', message: 'x', details: null };
    expect(await ask('unknown@example.fi', [notFound, { status: 404, statusText: 'Not Found' }])).toBe(done);
  });

  it('says when there were too many requests', async () => {
    const limited = {
      statusCode: 429,
      code: ErrorCode.TooManyRequests,
      error: 'Too Many',
      message: 'x',
      details: null,
    };
    expect(await ask('a@example.fi', [limited, { status: 429, statusText: 'Too Many Requests' }])).toBe('');
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe(
      TestBed.inject(Translator).t('core.error.too_many_requests'),
    );
  });
});
