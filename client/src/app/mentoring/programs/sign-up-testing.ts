import type { MentoringProgram } from '@kotopaikka/contracts';

import type { Type } from '@angular/core';

import { signInAs } from '../../testing/admin-testing';
import { nextRequest } from '../../testing/test-app';
import { aProgram, pageTest, PROGRAM_ID } from './programs-testing';

/** Test-only: one of the two sign-up forms, opened by a member on a program, and the ways a spec fills it in. */
export function signUpFormTest<T>(component: Type<T>) {
  const page = pageTest(component);
  const byTestId = <E extends HTMLElement = HTMLElement>(id: string) => page.byTestId(id) as E;

  return {
    setUp: page.setUp,
    tearDown: page.tearDown,
    get http() {
      return page.http;
    },
    get fixture() {
      return page.fixture;
    },
    get el() {
      return page.el;
    },
    t: page.t,
    byTestId,
    check: (group: string, key: string) =>
      page.el.querySelector<HTMLInputElement>(`[data-testid=choices-${group}] input[data-key="${key}"]`)?.click(),
    type(testId: string, value: string): void {
      const field = byTestId<HTMLInputElement | HTMLTextAreaElement>(testId);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    },
    async open(program: MentoringProgram = aProgram()): Promise<void> {
      await signInAs('member');
      page.mount({ id: PROGRAM_ID });
      (await nextRequest(page.http, 'GET', `/api/mentoring/programs/${PROGRAM_ID}`)).flush(program);
      await page.fixture.whenStable();
    },
    async submit(): Promise<void> {
      byTestId('form-submit').click();
      await page.fixture.whenStable();
    },
  };
}
