import { ErrorCode, type MenteeRequestInput } from '@kotopaikka/contracts';

import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { appStable, nextRequest, until } from '../../testing/test-app';
import { MenteeRequestForm } from './mentee-request-form';
import { aMenteeRequest, apiError, aProgram, KEURUU, PROGRAM_ID } from './programs-testing';
import { signUpFormTest } from './sign-up-testing';

describe('MenteeRequestForm', () => {
  const form = signUpFormTest(MenteeRequestForm);
  const { t, byTestId, check, type, submit } = form;
  beforeEach(() => form.setUp());
  afterEach(() => form.tearDown());
  // The person lives in Jämsä; this program is Keuruu's alone, so Keuruu it is.
  const open = () => form.open(aProgram({ municipalities: [KEURUU] }));

  it('asks for a mentor with the goals, the wishes, the meeting mode chosen and the times free', async () => {
    await open();
    const modes = Array.from(form.el.querySelectorAll<HTMLInputElement>('[data-testid=choices-meeting-mode] input'));
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
    const post = await nextRequest(form.http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentee-request`);
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
    expect(form.http.match((r) => r.method === 'POST').length).toBe(0);
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
    (await nextRequest(form.http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentee-request`)).flush(
      ...apiError(400, ErrorCode.ValidationFailed, [
        { field: 'body.languages', problems: ['languages must hold only known language keys'] },
      ]),
    );
    await form.fixture.whenStable();
    expect(byTestId('error-languages').textContent?.trim()).toBe(t('core.field.server'));
    await until(
      () => document.activeElement === form.el.querySelector('[data-testid=choices-languages] input'),
      'focus on the languages',
    );
  });
});
