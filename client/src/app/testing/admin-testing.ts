import type { Me, Municipality, Page, Role } from '@kotopaikka/contracts';

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { SessionStore } from '../core/auth/session-store';

/** Test-only helpers for the admin specs: real services, HTTP answered through HttpTestingController. */
export const MUNICIPALITIES: Municipality[] = [
  { id: '11111111-1111-4111-8111-111111111111', code: '182', name: 'Jämsä' },
  { id: '22222222-2222-4222-8222-222222222222', code: '249', name: 'Keuruu' },
  { id: '33333333-3333-4333-8333-333333333333', code: '410', name: 'Laukaa' },
];

/** Dialogs close at once without animations, so `afterClosed` answers within the test's tick. */
export function adminTestProviders() {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

/** Logs the session store in as `role` the way the app does: by answering `GET /api/auth/me`. */
export async function signInAs(role: Role): Promise<Me> {
  const me: Me = {
    id: '99999999-9999-4999-8999-999999999999',
    email: `${role}@example.fi`,
    displayName: `Test ${role}`,
    role,
    audience: 'other',
    locale: 'fi',
    municipality: { id: MUNICIPALITIES[0].id, name: MUNICIPALITIES[0].name },
    organisation: null,
    managedMunicipalities: role === 'coordinator' ? [{ id: MUNICIPALITIES[1].id, name: MUNICIPALITIES[1].name }] : [],
  };
  const session = TestBed.inject(SessionStore);
  const refreshed = session.refresh();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(me);
  await refreshed;
  return me;
}

export function answerMunicipalities(http: HttpTestingController): void {
  http.expectOne('/api/municipalities').flush({ items: MUNICIPALITIES });
}

export function page<T>(items: T[], nextCursor: string | null = null): Page<T> {
  return { items, nextCursor };
}

export function expectGet(http: HttpTestingController, url: string): TestRequest {
  return http.expectOne((req) => req.method === 'GET' && req.url === url);
}
