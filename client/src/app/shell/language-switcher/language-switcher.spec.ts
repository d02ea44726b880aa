import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { SessionStore } from '../../core/auth/session-store';
import { CsrfToken } from '../../core/http/csrf-token';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { aMe, provideTestApp, until } from '../../testing/test-app';
import { LanguageSwitcher } from './language-switcher';

/** The switcher next to translated text, as in the shell. */
@Component({
  selector: 'kp-test-host',
  imports: [LanguageSwitcher, TranslatePipe],
  template: `<kp-language-switcher />
    <p class="text">{{ 'shell.nav.home' | t }}</p>`,
})
class Host {}

describe('LanguageSwitcher', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
    backend.verify();
  });

  async function choose(lang: string): Promise<void> {
    fixture.nativeElement.querySelector('[data-testid=language-switcher]').click();
    await fixture.whenStable();
    const option = document.querySelector<HTMLElement>(`[role=menuitemradio][lang=${lang}]`);
    if (!option) throw new Error(`no option for ${lang}`);
    option.click();
    await fixture.whenStable();
  }

  it('offers each language in its own language, marked with lang', async () => {
    fixture.nativeElement.querySelector('[data-testid=language-switcher]').click();
    await fixture.whenStable();
    const options = Array.from(document.querySelectorAll<HTMLElement>('[role=menuitemradio]'));
    expect(options.map((o) => [o.getAttribute('lang'), o.textContent?.trim(), o.getAttribute('aria-checked')])).toEqual(
      [
        ['fi', 'Suomi', 'true'],
        ['en', 'English', 'false'],
      ],
    );
  });

  it('switches texts and <html lang> without reload', async () => {
    expect(fixture.nativeElement.querySelector('.text').textContent).toBe('Etusivu');
    await choose('en');
    expect(fixture.nativeElement.querySelector('.text').textContent).toBe('Home');
    expect(document.documentElement.lang).toBe('en');
    await choose('fi');
    expect(fixture.nativeElement.querySelector('.text').textContent).toBe('Etusivu');
    expect(document.documentElement.lang).toBe('fi');
  });

  it('saves the choice on the logged-in user', async () => {
    const session = TestBed.inject(SessionStore);
    const login = session.login('a@b.fi', 'x');
    backend.expectOne('/api/auth/login').flush(aMe({ locale: 'fi' }));
    await login;
    await choose('en');
    const patch = backend.expectOne('/api/auth/me');
    expect(patch.request.body).toEqual({ locale: 'en' });
    patch.flush(aMe({ locale: 'en' }));
    await until(() => session.me()?.locale === 'en', 'the saved language in the session');
  });
});
