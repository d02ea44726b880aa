import { ErrorCode } from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { provideTestApp } from '../../testing/test-app';

const csrfInvalid = {
  statusCode: 403,
  code: ErrorCode.CsrfInvalid,
  error: 'Forbidden',
  message: 'bad token',
  details: null,
};

describe('csrfInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('fetches the token once and sends it on every state-changing request', async () => {
    const first = firstValueFrom(http.post('/api/things', { a: 1 }));
    const second = firstValueFrom(http.delete('/api/things/1'));
    backend.expectOne('/api/auth/csrf').flush({ token: 'tok-1' });

    const requests = backend.match((r) => r.url.startsWith('/api/things'));
    expect(requests.map((r) => r.request.headers.get('X-CSRF-Token'))).toEqual(['tok-1', 'tok-1']);
    requests.forEach((r) => r.flush({}));
    await Promise.all([first, second]);

    const third = firstValueFrom(http.patch('/api/things/1', {}));
    const patch = backend.expectOne('/api/things/1');
    expect(patch.request.headers.get('X-CSRF-Token')).toBe('tok-1');
    backend.expectNone('/api/auth/csrf');
    patch.flush({});
    await third;
  });

  it('leaves GET requests alone', async () => {
    const answer = firstValueFrom(http.get('/api/things'));
    const request = backend.expectOne('/api/things');
    expect(request.request.headers.has('X-CSRF-Token')).toBeFalse();
    request.flush([]);
    await answer;
    backend.expectNone('/api/auth/csrf');
  });

  it('on 403 csrf_invalid fetches a fresh token and retries once', async () => {
    const answer = firstValueFrom(http.put('/api/me/email-preferences', { reminders: true, notifications: true }));
    backend.expectOne('/api/auth/csrf').flush({ token: 'old' });
    backend.expectOne('/api/me/email-preferences').flush(csrfInvalid, { status: 403, statusText: 'Forbidden' });
    backend.expectOne('/api/auth/csrf').flush({ token: 'new' });
    const retry = backend.expectOne('/api/me/email-preferences');
    expect(retry.request.headers.get('X-CSRF-Token')).toBe('new');
    retry.flush({ reminders: true, notifications: true });
    await expectAsync(answer).toBeResolvedTo({ reminders: true, notifications: true });
  });

  it('does not retry a second time', async () => {
    const answer = firstValueFrom(http.post('/api/things', {}));
    backend.expectOne('/api/auth/csrf').flush({ token: 'a' });
    backend.expectOne('/api/things').flush(csrfInvalid, { status: 403, statusText: 'Forbidden' });
    backend.expectOne('/api/auth/csrf').flush({ token: 'b' });
    backend.expectOne('/api/things').flush(csrfInvalid, { status: 403, statusText: 'Forbidden' });
    await expectAsync(answer).toBeRejectedWith(jasmine.objectContaining({ status: 403 }));
  });

  it('does not retry other 403s', async () => {
    const answer = firstValueFrom(http.post('/api/things', {}));
    backend.expectOne('/api/auth/csrf').flush({ token: 'a' });
    backend
      .expectOne('/api/things')
      .flush({ ...csrfInvalid, code: ErrorCode.Forbidden }, { status: 403, statusText: 'Forbidden' });
    await expectAsync(answer).toBeRejectedWith(jasmine.objectContaining({ status: 403 }));
    backend.expectNone('/api/auth/csrf');
  });

  it('uses the token the server rotates on login', async () => {
    const login = firstValueFrom(http.post('/api/auth/login', { email: 'a@b.fi', password: 'x' }));
    backend.expectOne('/api/auth/csrf').flush({ token: 'before' });
    backend.expectOne('/api/auth/login').flush({}, { headers: { 'X-CSRF-Token': 'after' } });
    await login;

    const next = firstValueFrom(http.post('/api/auth/logout', {}));
    const logout = backend.expectOne('/api/auth/logout');
    expect(logout.request.headers.get('X-CSRF-Token')).toBe('after');
    logout.flush(null);
    await next;
  });
});
