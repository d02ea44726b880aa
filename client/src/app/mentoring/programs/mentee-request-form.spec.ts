import { ErrorCode, type MenteeRequestInput } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Translator } from '../../core/i18n/translator';
import { signInAs } from '../../testing/admin-testing';
import { appStable, nextRequest, until } from '../../testing/test-app';
import { MenteeRequestForm } from './mentee-request-form';
import { aMenteeRequest, apiError, aProgram, KEURUU, PROGRAM_ID, setUpProgramsTest } from './programs-testing';

describe('MenteeRequestForm', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MenteeRequestForm>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => el.querySelector<T>(`[data-testid=${id}]`) as T;
  const check = (group: string, key: string) =>
    el.querySelector<HTMLInputElement>(`[data-testid=choices-${group}] input[data-key="${key}"]`)?.click();

  beforeEach(() => {
    http = setUpProgramsTest();
  });

  afterEach(() => {
    http.verify();
    el?.remove();
  });

  async function open(): Promise<void> {
    await signInAs('member');
    fixture = TestBed.createComponent(MenteeRequestForm);
    fixture.componentRef.setInput('id', PROGRAM_ID);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    // The person lives in Jämsä; this program is Keuruu's alone, so Keuruu it is.
    (await nextRequest(http, 'GET', `/api/mentoring/programs/${PROGRAM_ID}`)).flush(
      aProgram({ municipalities: [KEURUU] }),
    );
    await fixture.whenStable();
  }

  function type(testId: string, value: string): void {
    const field = byTestId<HTMLTextAreaElement>(testId);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    byTestId('form-submit').click();
    await fixture.whenStable();
  }

  it('asks for a mentor with the goals, the wishes, the meeting mode chosen and the times free', async () => {
    await open();
    const modes = Array.from(el.querySelectorAll<HTMLInputElement>('[data-testid=choices-meeting-mode] input'));
    expect(modes.map((m) => m.type)).toEqual(['radio', 'radio', 'radio']);
    expect(modes.map((m) => m.closest('label')?.textContent?.trim())).toEqual([
      t('mentoring.programs.meetingMode.in_person'),
      t('mentoring.programs.meetingMode.online'),
      t('mentoring.programs.meetingMode.either'),
    ]);
    type('field-goals', ' Perehdyttäminen ');
    check('expertise', 'workplace_induction');
    check('sectors', 'hospitality');
    check('languages', 'fi');
    check('availability', 'wed-evening');
    check('meeting-mode', 'online');
    await submit();
    const post = await nextRequest(http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentee-request`);
    expect(post.request.body).toEqual({
      goals: 'Perehdyttäminen',
      expertise: ['workplace_induction'],
      sectors: ['hospitality'],
      languages: ['fi'],
      municipalityId: KEURUU.id,
      meetingMode: 'online',
      availability: ['wed-evening'],
    } satisfies MenteeRequestInput);
    post.flush(aMenteeRequest());
    await appStable();
    expect(TestBed.inject(Router).url).toBe(`/mentoring/programs/${PROGRAM_ID}`);
  });

  it('stops a request without goals, a language or a time, with the focus on the goals', async () => {
    await open();
    await submit();
    expect(http.match((r) => r.method === 'POST').length).toBe(0);
    expect(byTestId('error-goals').textContent?.trim()).toBe(t('core.field.required'));
    expect(byTestId('error-languages').textContent?.trim()).toBe(t('mentoring.programs.form.error.chooseOne'));
    expect(byTestId('error-availability').textContent?.trim()).toBe(t('mentoring.programs.form.error.chooseOne'));
    expect(byTestId('error-expertise')).toBeNull();
    await until(() => document.activeElement === byTestId('field-goals'), 'focus on the goals');
  });

  it('puts the server’s problem on the languages and the focus on their first box', async () => {
    await open();
    type('field-goals', 'Tavoite');
    check('languages', 'fi');
    check('availability', 'wed-evening');
    await submit();
    (await nextRequest(http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentee-request`)).flush(
      ...apiError(400, ErrorCode.ValidationFailed, [
        { field: 'body.languages', problems: ['languages must hold only known language keys'] },
      ]),
    );
    await fixture.whenStable();
    expect(byTestId('error-languages').textContent?.trim()).toBe(t('core.field.server'));
    await until(
      () => document.activeElement === el.querySelector('[data-testid=choices-languages] input'),
      'focus on the languages',
    );
  });
});
