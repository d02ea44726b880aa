import type { Me } from '@kotopaikka/contracts';

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { type HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { ApplicationRef, Component, type EnvironmentProviders, type Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, type Routes, withComponentInputBinding } from '@angular/router';

import { authRedirectInterceptor } from '../core/http/auth-redirect-interceptor';
import { csrfInterceptor } from '../core/http/csrf-interceptor';

@Component({ selector: 'kp-test-blank', template: '' })
export class BlankPage {}

/** The app's real HTTP pipeline (CSRF and 401 interceptors) over Angular's test backend, and a catch-all router. */
export function provideTestApp(
  routes: Routes = [{ path: '**', component: BlankPage }],
): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withInterceptors([csrfInterceptor, authRedirectInterceptor])),
    provideHttpClientTesting(),
    provideRouter(routes, withComponentInputBinding()),
  ];
}

export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'aino.member@example.fi',
    displayName: 'Aino Member',
    role: 'member',
    audience: 'employer',
    locale: 'fi',
    municipality: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Laukaa' },
    organisation: null,
    managedMunicipalities: [],
    ...overrides,
  };
}

/**
 * Waits until `condition` answers something truthy and answers it: the state a spec awaits (a request sent after a
 * debounce or an awaited step, a render, a navigation), checked again after each task rather than after a guessed
 * sleep. Fails naming `what` when it does not come within `timeoutMs`.
 */
export async function until<T>(
  condition: () => T | null | undefined | false | '',
  what: string,
  timeoutMs = 3000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** The one open request with this method and URL, waited for: components send some after a debounce or an awaited step. */
export function nextRequest(http: HttpTestingController, method: string, url: string): Promise<TestRequest> {
  return until(() => {
    const [request, ...more] = http.match((req) => req.method === method && req.url === url);
    if (more.length) throw new Error(`${more.length + 1} open requests ${method} ${url}, expected one`);
    return request;
  }, `a ${method} ${url} request`);
}

/** Waits until the app has nothing pending (HTTP calls in flight, navigations, a scheduled render). */
export function appStable(): Promise<void> {
  return TestBed.inject(ApplicationRef).whenStable();
}
