import { ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, type Routes } from '@angular/router';

import { aMe, nextRequest, provideTestApp } from '../../testing/test-app';
import { authGuard, reportsGuard, roleGuard } from './auth-guards';

@Component({ selector: 'kp-test-page', template: 'page' })
class TestPage {}

const routes: Routes = [
  { path: 'login', component: TestPage },
  { path: 'profile', canActivate: [authGuard], component: TestPage },
  { path: 'admin/users', canActivate: [authGuard, roleGuard(['admin', 'coordinator'])], component: TestPage },
  { path: 'reports', canActivate: [reportsGuard], component: TestPage },
  { path: '**', component: TestPage },
];

describe('route guards', () => {
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestApp(routes) });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  async function navigateAs(url: string, me: ReturnType<typeof aMe> | null): Promise<string> {
    const navigation = router.navigateByUrl(url);
    const probe = await nextRequest(backend, 'GET', '/api/auth/me');
    if (me) probe.flush(me);
    else probe.flush({ statusCode: 401, code: ErrorCode.Unauthenticated }, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    return router.url;
  }

  it('authGuard sends an anonymous visitor to login with the return address', async () => {
    expect(await navigateAs('/profile', null)).toBe('/login?returnUrl=%2Fprofile');
  });

  it('authGuard lets a logged-in user in', async () => {
    expect(await navigateAs('/profile', aMe())).toBe('/profile');
  });

  it('roleGuard lets a coordinator into the admin pages', async () => {
    expect(await navigateAs('/admin/users', aMe({ role: 'coordinator' }))).toBe('/admin/users');
  });

  it('roleGuard sends a member home', async () => {
    expect(await navigateAs('/admin/users', aMe({ role: 'member' }))).toBe('/');
  });

  it('reportsGuard opens reports to decision-makers and not to other members', async () => {
    expect(await navigateAs('/reports', aMe({ audience: 'decision_maker' }))).toBe('/reports');
  });

  it('reportsGuard keeps an employer out', async () => {
    expect(await navigateAs('/reports', aMe({ audience: 'employer' }))).toBe('/');
  });
});
