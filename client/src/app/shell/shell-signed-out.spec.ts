import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { Translator } from '../core/i18n/translator';
import { provideTestApp, until } from '../testing/test-app';
import { Shell } from './shell';

describe('Shell, signed out', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Shell>;
  const el = () => fixture.nativeElement as HTMLElement;
  const t = (key: string) => TestBed.inject(Translator).t(key);

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [Shell],
      providers: [...provideTestApp(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    // The menus are @defer blocks, whose components resolve asynchronously.
    await TestBed.compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Shell);
    fixture.detectChanges();
    // Nobody is logged in: the session probe answers 401.
    http
      .expectOne('/api/auth/me')
      .flush(
        { statusCode: 401, code: 'unauthenticated', error: 'Unauthorized', message: 'x', details: null },
        { status: 401, statusText: 'Unauthorized' },
      );
    await until(() => (fixture.nativeElement as HTMLElement).querySelector('a.login-link'), 'the login link');
  });

  afterEach(() => http.verify());

  it('offers a login link and no navigation to someone not logged in', () => {
    expect(el().querySelector('a.login-link')?.textContent?.trim()).toBe(t('shell.login'));
    expect(el().querySelectorAll('#main-nav a').length).toBe(0);
    expect(el().querySelector('kp-notification-bell')).toBeNull();
  });

  it('has one main landmark, a named footer navigation and the accessibility and privacy pages', () => {
    expect(el().querySelectorAll('main').length).toBe(1);
    const footer = el().querySelector('footer nav');
    expect(footer?.getAttribute('aria-label')).toBe(t('shell.footer.label'));
    expect(Array.from(footer?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'))).toEqual([
      '/accessibility',
      '/privacy',
    ]);
  });

  it('moves focus to the main content with the skip link, without navigating', async () => {
    const skip = el().querySelector<HTMLAnchorElement>('a.skip-link');
    expect(skip?.textContent?.trim()).toBe(t('shell.skipToContent'));
    skip?.click();
    await fixture.whenStable();
    expect(document.activeElement).toBe(el().querySelector('main#main'));
    expect(location.hash).not.toBe('#main');
  });
});
