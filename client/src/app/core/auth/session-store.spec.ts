import { ErrorCode } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { aMe, appStable, provideTestApp, until } from '../../testing/test-app';
import { CsrfToken } from '../http/csrf-token';
import { Translator } from '../i18n/translator';
import { SessionStore } from './session-store';

const unauthenticated = {
  statusCode: 401,
  code: ErrorCode.Unauthenticated,
  error: 'Unauthorized',
  message: 'no',
  details: null,
};

describe('SessionStore', () => {
  let session: SessionStore;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    session = TestBed.inject(SessionStore);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(CsrfToken).set('csrf');
    await router.navigateByUrl('/somewhere');
  });

  afterEach(() => backend.verify());

  it('the first probe answering 401 means nobody is logged in, without a redirect', async () => {
    const probe = session.ensureLoaded();
    const again = session.ensureLoaded();
    backend.expectOne('/api/auth/me').flush(unauthenticated, { status: 401, statusText: 'Unauthorized' });
    expect(await probe).toBeNull();
    expect(await again).toBeNull();
    expect(session.loaded()).toBeTrue();
    expect(session.isAuthenticated()).toBeFalse();
    // No redirect: nothing is left pending and the address is the same.
    await appStable();
    expect(router.url).toBe('/somewhere');
  });

  it('login stores the user and switches to their language', async () => {
    const login = session.login('aino@example.fi', 'secret-pass');
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'aino@example.fi', password: 'secret-pass' });
    request.flush(aMe({ locale: 'en', role: 'coordinator' }));
    await login;
    expect(session.me()?.displayName).toBe('Aino Member');
    expect(session.hasRole(['admin', 'coordinator'])).toBeTrue();
    expect(TestBed.inject(Translator).locale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('a failed login rejects with the API error and leaves nobody logged in', async () => {
    const login = session.login('aino@example.fi', 'wrong');
    backend
      .expectOne('/api/auth/login')
      .flush({ ...unauthenticated, code: ErrorCode.InvalidCredentials }, { status: 401, statusText: 'Unauthorized' });
    await expectAsync(login).toBeRejectedWith(jasmine.objectContaining({ status: 401 }));
    expect(session.me()).toBeNull();
    await appStable();
    expect(router.url).toBe('/somewhere');
  });

  it('logout forgets the user even if the server call fails', async () => {
    const login = session.login('a@b.fi', 'x');
    backend.expectOne('/api/auth/login').flush(aMe());
    await login;
    const logout = session.logout();
    backend.expectOne('/api/auth/logout').flush(null, { status: 500, statusText: 'Server Error' });
    await logout;
    expect(session.me()).toBeNull();
  });

  it('a 401 on any other call clears the session and goes to login with the return address', async () => {
    const login = session.login('a@b.fi', 'x');
    backend.expectOne('/api/auth/login').flush(aMe());
    await login;
    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/notifications'));
    backend.expectOne('/api/notifications').flush(unauthenticated, { status: 401, statusText: 'Unauthorized' });
    await expectAsync(call).toBeRejected();
    await until(() => router.url !== '/somewhere', 'the redirect to the login page');
    expect(session.me()).toBeNull();
    expect(router.url).toBe('/login?returnUrl=%2Fsomewhere');
  });

  it('changing the language while logged in saves it on the user', async () => {
    const login = session.login('a@b.fi', 'x');
    backend.expectOne('/api/auth/login').flush(aMe({ locale: 'fi' }));
    await login;
    const change = session.changeLocale('en');
    expect(TestBed.inject(Translator).locale()).toBe('en');
    const patch = backend.expectOne('/api/auth/me');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ locale: 'en' });
    patch.flush(aMe({ locale: 'en' }));
    await change;
    expect(session.me()?.locale).toBe('en');
  });

  it('changing the language before login only remembers it on this device', async () => {
    await session.changeLocale('en');
    expect(localStorage.getItem('kp.locale')).toBe('en');
    backend.expectNone('/api/auth/me');
  });
});
