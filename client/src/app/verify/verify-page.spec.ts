import type { CertificateVerification } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Translator } from '../core/i18n/translator';
import { provideTestApp, until } from '../testing/test-app';
import { VerifyPage } from './verify-page';

const CODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function genuine(overrides: Partial<CertificateVerification> = {}): CertificateVerification {
  return {
    valid: true,
    learnerName: 'Aino Virtanen',
    courseTitle: 'Rekrytointi ja perehdytys',
    completedAt: '2026-11-20T10:00:00Z',
    issuer: 'Kotopaikka · Äänekoski',
    code: CODE,
    ...overrides,
  };
}

describe('VerifyPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<VerifyPage>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  async function open(code: string | undefined): Promise<void> {
    fixture = TestBed.createComponent(VerifyPage);
    fixture.componentRef.setInput('code', code);
    el = fixture.nativeElement;
    fixture.detectChanges();
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows a genuine certificate with learner, course, date and issuer', async () => {
    await open(CODE);
    const request = http.expectOne((req) => req.url === `/api/certificates/${CODE}`);
    expect(request.request.params.get('locale')).toBe('fi');
    request.flush(genuine());
    await fixture.whenStable();
    const result = el.querySelector('[data-testid=verify-valid]');
    expect(result?.querySelector('h2')?.textContent).toContain(t('verify.valid'));
    expect(result?.textContent).toContain('Aino Virtanen');
    expect(result?.textContent).toContain('Rekrytointi ja perehdytys');
    expect(result?.textContent).toContain('20.11.2026');
    expect(result?.textContent).toContain('Kotopaikka · Äänekoski');
  });

  it('keeps an erased learner anonymous while the certificate stays valid', async () => {
    await open(CODE);
    http.expectOne((req) => req.url === `/api/certificates/${CODE}`).flush(genuine({ learnerName: null }));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=verify-valid]')?.textContent).toContain(t('verify.learnerHidden'));
  });

  it('says not valid for an unknown code, whether the server answers valid:false or 404', async () => {
    await open(CODE);
    http
      .expectOne((req) => req.url === `/api/certificates/${CODE}`)
      .flush({ ...genuine(), valid: false, learnerName: null, courseTitle: null, completedAt: null, issuer: null });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=verify-invalid]')).not.toBeNull();
    expect(el.querySelector('[data-testid=verify-valid]')).toBeNull();

    fixture.componentRef.setInput('code', 'ZZZZ2222ZZZZ2222ZZZZ2222ZZZZ2222');
    fixture.detectChanges();
    await fixture.whenStable();
    http
      .expectOne((req) => req.url === '/api/certificates/ZZZZ2222ZZZZ2222ZZZZ2222ZZZZ2222')
      .flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=verify-invalid]')?.textContent).toContain('ZZZZ2222ZZZZ2222ZZZZ2222ZZZZ2222');
  });

  it('does not send a code that cannot be one', async () => {
    await open('<script>');
    http.expectNone(() => true);
    expect(el.querySelector('[data-testid=verify-invalid]')).not.toBeNull();
  });

  it('offers a retry when the check itself fails', async () => {
    await open(CODE);
    http
      .expectOne((req) => req.url === `/api/certificates/${CODE}`)
      .flush(null, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')).not.toBeNull();
    el.querySelector<HTMLButtonElement>('[role=alert] button')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne((req) => req.url === `/api/certificates/${CODE}`).flush(genuine());
    await fixture.whenStable();
    expect(el.querySelector('[data-testid=verify-valid]')).not.toBeNull();
  });

  it('goes to the typed code from the form', async () => {
    await open(undefined);
    const input = el.querySelector('input') as HTMLInputElement;
    input.value = ` ${CODE.slice(0, 16).toLowerCase()}-${CODE.slice(16)} `;
    input.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await until(() => TestBed.inject(Router).navigated, 'the navigation to the code');
    expect(TestBed.inject(Router).url).toBe(`/verify/${CODE}`);
  });
});
