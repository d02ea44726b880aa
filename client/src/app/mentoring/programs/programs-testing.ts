import { ErrorCode, type MenteeRequest, type MentoringProgram, type MentorProfile } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { CsrfToken } from '../../core/http/csrf-token';
import { registerDictionary } from '../../core/i18n/dictionaries';
import { Translator } from '../../core/i18n/translator';
import { provideTestApp } from '../../testing/test-app';
import { mentoringI18n } from '../mentoring.i18n';

/** Test-only: the app's HTTP pipeline answered by HttpTestingController, and the mentoring texts loaded. */
export function setUpProgramsTest(): HttpTestingController {
  localStorage.clear();
  registerDictionary(mentoringI18n);
  TestBed.configureTestingModule({
    providers: [...provideTestApp(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
  });
  TestBed.inject(CsrfToken).set('csrf');
  return TestBed.inject(HttpTestingController);
}

/**
 * Test-only: a mentoring page put on the document with its inputs, for the program and matching specs alike; `setUp`
 * and `tearDown` are for `beforeEach` and `afterEach`, the latter verifying the HTTP controller.
 */
export function pageTest<T>(component: Type<T>, setUpTest: () => HttpTestingController = setUpProgramsTest) {
  let http: HttpTestingController;
  let fixture: ComponentFixture<T>;
  let el: HTMLElement | undefined;
  return {
    setUp(): void {
      http = setUpTest();
    },
    tearDown(): void {
      http.verify();
      el?.remove();
    },
    get http(): HttpTestingController {
      return http;
    },
    get fixture(): ComponentFixture<T> {
      return fixture;
    },
    get el(): HTMLElement {
      return el as HTMLElement;
    },
    t: (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params),
    byTestId: (id: string) => (el as HTMLElement).querySelector<HTMLElement>(`[data-testid=${id}]`),
    mount(inputs: Record<string, unknown> = {}): void {
      fixture = TestBed.createComponent(component);
      for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
      el = fixture.nativeElement as HTMLElement;
      document.body.appendChild(el);
    },
  };
}

export const PROGRAM_ID = 'be55e55e-0000-4000-8000-000000000001';
export const JAMSA = { id: '11111111-1111-4111-8111-111111111111', name: 'Jämsä' };
export const KEURUU = { id: '22222222-2222-4222-8222-222222222222', name: 'Keuruu' };

export function aProgram(overrides: Partial<MentoringProgram> = {}): MentoringProgram {
  return {
    id: PROGRAM_ID,
    name: 'Työnantajalta työnantajalle 2027',
    description: { fi: 'Kokeneet työnantajat tukevat uusia.', en: 'Experienced employers support new ones.' },
    municipalities: [JAMSA, KEURUU],
    startsOn: '2027-02-01',
    endsOn: '2027-06-30',
    matching: {
      weights: { expertise: 40, sector: 20, language: 30, municipality: 10, availability: 20, mode: 10 },
      minimumScore: 20,
      sameMunicipality: false,
      excludeSameOrganisation: true,
    },
    status: 'recruiting',
    mayManage: false,
    ...overrides,
  };
}

export function aMentorProfile(overrides: Partial<MentorProfile> = {}): MentorProfile {
  return {
    id: 'ae000000-0000-4000-8000-000000000001',
    programId: PROGRAM_ID,
    person: { id: 'u-mentor', name: 'Maija Mentor' },
    municipality: KEURUU,
    organisation: { id: 'o-1', name: 'Keuruun Kone Oy' },
    expertise: ['workplace_induction'],
    sectors: ['manufacturing'],
    languages: ['fi', 'ar'],
    capacity: 2,
    availability: ['tue-morning'],
    meetingModes: ['online'],
    bio: 'Perehdytän uusia tekijöitä.',
    bioLocale: 'fi',
    status: 'pending',
    ...overrides,
  };
}

export function aMenteeRequest(overrides: Partial<MenteeRequest> = {}): MenteeRequest {
  return {
    id: 'ce000000-0000-4000-8000-000000000001',
    programId: PROGRAM_ID,
    person: { id: 'u-mentee', name: 'Matti Mentee' },
    municipality: JAMSA,
    organisation: null,
    goals: 'Haluan oppia perehdyttämään.',
    expertise: ['workplace_induction'],
    sectors: [],
    languages: ['fi'],
    meetingMode: 'either',
    availability: ['tue-morning'],
    status: 'open',
    ...overrides,
  };
}

/** The API's error body and status, for `request.flush(...apiError(409, ErrorCode.Conflict))`. */
export function apiError(
  status: number,
  code: ErrorCode,
  details?: { field: string; problems: string[] }[],
): [object, { status: number; statusText: string }] {
  return [
    { statusCode: status, code, error: 'Error', message: code, details },
    { status, statusText: 'Error' },
  ];
}

export const NOT_FOUND = () => apiError(404, ErrorCode.NotFound);
