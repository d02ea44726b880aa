import type { LiveSessionDetail, LiveSessionSummary } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import type { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { CsrfToken } from '../../core/http/csrf-token';
import { provideTestApp } from '../../testing/test-app';
import { LIVE_NOW } from './live-clock';

/** Test-only: the app's HTTP pipeline answered by HttpTestingController, and a fixed "now". */
export function setUpLiveTest(now = '2026-03-25T10:00:00Z', providers: Provider[] = []): HttpTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      ...provideTestApp(),
      { provide: LIVE_NOW, useValue: () => new Date(now) },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ...providers,
    ],
  });
  TestBed.inject(CsrfToken).set('csrf');
  return TestBed.inject(HttpTestingController);
}

export const LIVE_ID = 'se55e55e-0000-4000-8000-000000000001';

export function aSummary(overrides: Partial<LiveSessionSummary> = {}): LiveSessionSummary {
  return {
    id: LIVE_ID,
    kind: 'info_session',
    title: { fi: 'Aamupala Laukaassa', en: 'Breakfast in Laukaa' },
    startsAt: '2026-03-29T07:00:00.000Z',
    endsAt: '2026-03-29T08:30:00.000Z',
    status: 'scheduled',
    municipality: { id: '33333333-3333-4333-8333-333333333333', name: 'Laukaa' },
    capacity: 20,
    seatsTaken: 19,
    myRsvp: null,
    hosting: false,
    ...overrides,
  };
}

export function aDetail(overrides: Partial<LiveSessionDetail> = {}): LiveSessionDetail {
  return {
    ...aSummary(),
    description: { fi: 'Tervetuloa aamupalalle.', en: 'Welcome to breakfast.' },
    course: null,
    hosts: [{ id: 'u-host', name: 'Hanna Host' }],
    invitees: null,
    videoUrl: 'https://meet.example.fi/aamupala',
    completionMinutes: null,
    publicSlug: null,
    waitlistPosition: null,
    mayJoin: true,
    mayManage: false,
    sequence: 1,
    ...overrides,
  };
}

export function buttonByText(root: HTMLElement, text: string): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}
