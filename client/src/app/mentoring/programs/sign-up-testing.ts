import type { MentoringProgram } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { signInAs } from '../../testing/admin-testing';
import { nextRequest } from '../../testing/test-app';
import { aProgram, PROGRAM_ID, setUpProgramsTest } from './programs-testing';

/** Test-only: one of the two sign-up forms, opened by a member on a program, and the ways a spec fills it in. */
export function signUpFormTest<T>(component: Type<T>) {
  let http: HttpTestingController;
  let fixture: ComponentFixture<T>;
  let el: HTMLElement | undefined;

  const page = (): HTMLElement => el as HTMLElement;
  const byTestId = <E extends HTMLElement = HTMLElement>(id: string) =>
    page().querySelector<E>(`[data-testid=${id}]`) as E;

  return {
    /** For `beforeEach`. */
    setUp(): void {
      http = setUpProgramsTest();
    },
    /** For `afterEach`. */
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
      return page();
    },
    t: (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params),
    byTestId,
    check: (group: string, key: string) =>
      page().querySelector<HTMLInputElement>(`[data-testid=choices-${group}] input[data-key="${key}"]`)?.click(),
    type(testId: string, value: string): void {
      const field = byTestId<HTMLInputElement | HTMLTextAreaElement>(testId);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    },
    async open(program: MentoringProgram = aProgram()): Promise<void> {
      await signInAs('member');
      fixture = TestBed.createComponent(component);
      fixture.componentRef.setInput('id', PROGRAM_ID);
      el = fixture.nativeElement;
      document.body.appendChild(page());
      (await nextRequest(http, 'GET', `/api/mentoring/programs/${PROGRAM_ID}`)).flush(program);
      await fixture.whenStable();
    },
    async submit(): Promise<void> {
      byTestId('form-submit').click();
      await fixture.whenStable();
    },
  };
}
