import type { MentoringAgreement, PairingDetail, PairingSummary } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { registerDictionary } from '../../core/i18n/dictionaries';
import { Translator } from '../../core/i18n/translator';
import { setUpLiveTest } from '../../live/shared/live-testing';
import { nextRequest } from '../../testing/test-app';
import { mentoringI18n } from '../mentoring.i18n';
import { PairingPage } from './pairing-page';

/** Test-only: the app's HTTP pipeline over HttpTestingController, the mentoring texts, a fixed "now". */
export function setUpPairingTest(now = '2026-03-25T10:00:00Z'): HttpTestingController {
  registerDictionary(mentoringI18n);
  return setUpLiveTest(now);
}

export const t = (key: string, params?: Record<string, string | number>): string =>
  TestBed.inject(Translator).t(key, params);

export const PAIRING_ID = 'pa1a1a1a-0000-4000-8000-000000000001';
export const PAIRING_URL = `/api/mentoring/pairings/${PAIRING_ID}`;

export function aPairing(overrides: Partial<PairingSummary> = {}): PairingSummary {
  return {
    id: PAIRING_ID,
    program: { id: 'pr000000-0000-4000-8000-000000000001', name: 'Jyväskylän seudun mentorointi' },
    status: 'active',
    mentor: { person: { id: 'u-mentor', name: 'Maija Mentor' }, answer: 'accepted', profileId: 'mp-1' },
    mentee: { person: { id: 'u-mentee', name: 'Ahmed Mentee' }, answer: 'accepted', requestId: 'mr-1' },
    mySide: 'mentee',
    score: 42,
    explanation: { fi: 'puhutte molemmat suomea ja arabiaa', en: 'you both speak Finnish and Arabic' },
    proposedAt: '2026-03-01T08:00:00.000Z',
    answerBy: '2026-03-15T08:00:00.000Z',
    startedAt: '2026-03-02T08:00:00.000Z',
    endsOn: null,
    finishedAt: null,
    ...overrides,
  };
}

export function anAgreement(overrides: Partial<MentoringAgreement> = {}): MentoringAgreement {
  return {
    goals: 'Opin perehdyttämään',
    meetingFrequency: 'biweekly',
    preferredDays: ['tue'],
    mode: 'online',
    endsOn: '2026-06-01',
    confidentiality: 'Puhumme luottamuksella.',
    version: 1,
    mentorConfirmed: false,
    menteeConfirmed: false,
    confirmed: false,
    updatedAt: '2026-03-03T08:00:00.000Z',
    updatedBy: { id: 'u-mentor', name: 'Maija Mentor' },
    ...overrides,
  };
}

export function aDetail(overrides: Partial<PairingDetail> = {}): PairingDetail {
  return {
    ...aPairing(),
    endReason: null,
    declineReason: null,
    agreement: null,
    fitCheckOpen: false,
    myFitAnswer: null,
    goals: [],
    tasks: [],
    meetings: [],
    notes: [],
    myFeedback: null,
    ratings: null,
    mayManage: false,
    ...overrides,
  };
}

export function byTestId(root: HTMLElement, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
}

/** Types into an input or textarea the way a person does, so reactive forms see it. */
export function typeInto(root: HTMLElement, testId: string, value: string): void {
  const field = byTestId(root, testId) as HTMLInputElement;
  if (!field) throw new Error(`no field ${testId}`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('change'));
}

/** Test-only: the pairing page opened on one pairing, and answering the reads that follow a change. */
export function pairingPageTest() {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PairingPage>;
  let el: HTMLElement | undefined;
  /** The page reads the pairing again after a change. */
  const refreshWith = async (detail: PairingDetail): Promise<void> => {
    (await nextRequest(http, 'GET', PAIRING_URL)).flush(detail);
    await fixture.whenStable();
  };
  const create = (): HTMLElement => {
    fixture = TestBed.createComponent(PairingPage);
    fixture.componentRef.setInput('id', PAIRING_ID);
    el = fixture.nativeElement as HTMLElement;
    return el;
  };
  return {
    /** For `beforeEach`. */
    setUp(): void {
      http = setUpPairingTest();
    },
    /** For `afterEach`. */
    tearDown(): void {
      http.verify();
      el?.remove();
    },
    get http(): HttpTestingController {
      return http;
    },
    get fixture(): ComponentFixture<PairingPage> {
      return fixture;
    },
    get el(): HTMLElement {
      return el as HTMLElement;
    },
    /** The page made, not yet answered nor on the document. */
    create,
    async open(detail: PairingDetail): Promise<void> {
      document.body.appendChild(create());
      await refreshWith(detail);
    },
    refreshWith,
  };
}
