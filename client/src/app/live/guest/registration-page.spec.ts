import { ErrorCode, type PublicLiveSession } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { CsrfToken } from '../../core/http/csrf-token';
import { Translator } from '../../core/i18n/translator';
import { provideTestApp, until } from '../../testing/test-app';
import { RegistrationPage } from './registration-page';

function aSession(overrides: Partial<PublicLiveSession> = {}): PublicLiveSession {
  return {
    slug: 'aamupala',
    title: { fi: 'Aamupala: työ Suomessa', en: 'Breakfast: work in Finland' },
    description: { fi: 'Tule kuulemaan.', en: 'Come and listen.' },
    startsAt: '2026-12-10T07:00:00Z',
    endsAt: '2026-12-10T08:00:00Z',
    municipalityName: 'Äänekoski',
    state: 'open',
    ...overrides,
  };
}

function apiError(status: number, code: ErrorCode, details: unknown = null): object {
  return { statusCode: status, code, error: 'x', message: 'x', details };
}

describe('RegistrationPage', () => {
  let fixture: ComponentFixture<RegistrationPage>;
  let backend: HttpTestingController;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  async function open(session: PublicLiveSession = aSession()): Promise<void> {
    fixture.componentRef.setInput('slug', session.slug);
    const req = await until(() => backend.match('/api/public/live-sessions/aamupala')[0], 'the session request');
    req.flush(session);
    await until(() => el.querySelector('h1')?.textContent?.includes('Aamupala'), 'the session title');
    await fixture.whenStable();
  }

  function type(name: string, value: string): void {
    const input = el.querySelector(`input[formcontrolname=${name}]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function fillIn(): void {
    type('name', ' Amina ');
    type('email', 'amina@example.fi');
    (el.querySelector('mat-checkbox input') as HTMLInputElement).click();
  }

  async function submit(): Promise<void> {
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(RegistrationPage);
    el = fixture.nativeElement;
  });

  afterEach(() => backend.verify());

  it('shows the session in Finnish with its time and place, and a form whose fields are labelled', async () => {
    await open();
    expect(el.querySelector('h1')?.textContent).toContain('Aamupala: työ Suomessa');
    // 9.00–10.00 in Helsinki on one day: the date once, then the times.
    const when = el.querySelector('[data-testid=guest-when]')?.textContent ?? '';
    expect(when.split('10.12.2026').length - 1).toBe(1);
    expect(when).toMatch(/9\.00\s*–\s*10\.00/);
    expect(el.textContent).toContain('Äänekoski');
    expect(el.textContent).not.toMatch(/@/);
    const labels = Array.from(el.querySelectorAll('[aria-labelledby=kp-form-heading] mat-label')).map((l) =>
      l.textContent?.trim(),
    );
    expect(labels).toEqual([t('guest.form.name'), t('guest.form.email')]);
    expect(el.querySelector('legend')?.textContent).toContain(t('guest.form.locale'));
    expect(el.querySelector('a[href="/privacy"]')).not.toBeNull();
    // The honeypot is out of reach of people and of assistive technology.
    const honeypot = el.querySelector('#kp-website') as HTMLInputElement;
    expect(honeypot.closest('[aria-hidden=true]')).not.toBeNull();
    expect(honeypot.tabIndex).toBe(-1);
  });

  it('sends a valid registration once, trimmed, in the chosen language, and moves focus to the result', async () => {
    await open();
    fillIn();
    (el.querySelector('mat-radio-button[lang=en] input') as HTMLInputElement).click();
    await submit();
    const req = backend.expectOne('/api/public/live-sessions/aamupala/registrations');
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('X-CSRF-Token')).toBe('csrf');
    expect(req.request.body).toEqual({
      name: 'Amina',
      email: 'amina@example.fi',
      locale: 'en',
      consent: true,
      website: '',
    });
    req.flush({ state: 'registered' });
    const result = await until(() => el.querySelector<HTMLElement>('#kp-registration-result'), 'the result');
    expect(result.textContent).toContain(t('guest.result.registered'));
    expect(result.textContent).toContain('amina@example.fi');
    await until(() => document.activeElement === result, 'focus on the result');
    expect(el.querySelector('[aria-labelledby=kp-form-heading]')).toBeNull();
  });

  it('says so when the registrant lands on the waiting list', async () => {
    await open(aSession({ state: 'full' }));
    expect(el.querySelector('[data-testid=registration-full]')?.textContent).toContain(t('guest.state.full'));
    expect(el.querySelector('button[type=submit]')?.textContent).toContain(t('guest.form.submitWaitlist'));
    fillIn();
    await submit();
    backend.expectOne('/api/public/live-sessions/aamupala/registrations').flush({ state: 'waitlisted' });
    const result = await until(() => el.querySelector<HTMLElement>('#kp-registration-result'), 'the result');
    expect(result.textContent).toContain(t('guest.result.waitlisted'));
  });

  it('sends nothing while fields are wrong, tells which, and ties the consent error to its checkbox', async () => {
    await open();
    type('email', 'not an address');
    await submit();
    backend.expectNone('/api/public/live-sessions/aamupala/registrations');
    const errors = Array.from(el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual([t('core.field.required'), t('core.field.email')]);
    const consentError = el.querySelector('#kp-consent-error');
    expect(consentError?.textContent).toContain(t('guest.form.consentRequired'));
    const checkbox = el.querySelector('mat-checkbox input') as HTMLInputElement;
    expect(checkbox.getAttribute('aria-describedby')).toContain('kp-consent-error');
    await until(() => document.activeElement === el.querySelector('input[formcontrolname=name]'), 'focus on the name');
  });

  it('puts the server’s field problems on the fields', async () => {
    await open();
    fillIn();
    await submit();
    backend
      .expectOne('/api/public/live-sessions/aamupala/registrations')
      .flush(apiError(400, ErrorCode.ValidationFailed, [{ field: 'email', problems: ['bad'] }]), {
        status: 400,
        statusText: 'Bad Request',
      });
    await until(() => el.querySelector('mat-error'), 'a field error');
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe(t('core.field.server'));
  });

  it('shows a closed page when the session turned out to be over, and the rate limit in plain words', async () => {
    await open();
    fillIn();
    await submit();
    backend
      .expectOne('/api/public/live-sessions/aamupala/registrations')
      .flush(apiError(429, ErrorCode.TooManyRequests), { status: 429, statusText: 'Too Many Requests' });
    const alert = await until(() => el.querySelector<HTMLElement>('#kp-registration-error'), 'the alert');
    await until(() => alert.textContent?.includes(t('guest.result.limited')), 'the rate-limit message');
    await until(() => document.activeElement === alert, 'focus on the message');

    await submit();
    backend
      .expectOne('/api/public/live-sessions/aamupala/registrations')
      .flush(apiError(409, ErrorCode.SessionOver), { status: 409, statusText: 'Conflict' });
    const closed = await until(() => el.querySelector<HTMLElement>('[data-testid=registration-closed]'), 'closed');
    expect(closed.textContent).toContain(t('guest.state.over'));
    expect(el.querySelector('form')).toBeNull();
  });

  for (const [state, key] of [
    ['over', 'guest.state.over'],
    ['cancelled', 'guest.state.cancelled'],
  ] as const) {
    it(`offers no form for a session that is ${state}, nor to send the mail again`, async () => {
      await open(aSession({ state }));
      expect(el.querySelector('[data-testid=registration-closed]')?.textContent).toContain(t(key));
      expect(el.querySelector('form')).toBeNull();
      expect(el.querySelector('kp-resend-mail-form')).toBeNull();
    });
  }

  it('offers to send the mail again to whoever lost it', async () => {
    await open();
    expect(el.querySelector('kp-resend-mail-form h2')?.textContent).toContain(t('guest.resend.heading'));
  });

  it('offers it beside the waiting list too', async () => {
    await open(aSession({ state: 'full' }));
    expect(el.querySelector('kp-resend-mail-form')).not.toBeNull();
  });

  it('tells when the page does not exist', async () => {
    fixture.componentRef.setInput('slug', 'nope');
    const req = await until(() => backend.match('/api/public/live-sessions/nope')[0], 'the request');
    req.flush(apiError(404, ErrorCode.NotFound), { status: 404, statusText: 'Not Found' });
    await until(() => el.querySelector('[role=alert]'), 'the message');
    expect(el.textContent).toContain(t('guest.notFound'));
  });
});
