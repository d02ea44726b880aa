import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, type EnvironmentProviders, type Provider } from '@angular/core';
import { provideRouter, type Routes, withComponentInputBinding } from '@angular/router';
import type { Me } from '@kotopaikka/contracts';

import { authRedirectInterceptor } from '../core/http/auth-redirect-interceptor';
import { csrfInterceptor } from '../core/http/csrf-interceptor';

@Component({ selector: 'kp-test-blank', template: '' })
export class BlankPage {}

/** The app's real HTTP pipeline (CSRF and 401 interceptors) over Angular's test backend, and a catch-all router. */
export function provideTestApp(routes: Routes = [{ path: '**', component: BlankPage }]): (Provider | EnvironmentProviders)[] {
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

/** Lets pending promise continuations (async component methods between HTTP steps) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve));
}
