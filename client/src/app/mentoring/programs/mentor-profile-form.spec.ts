import { ErrorCode, type MentorProfileInput } from '@kotopaikka/contracts';

import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { appStable, nextRequest, until } from '../../testing/test-app';
import { MentorProfileForm } from './mentor-profile-form';
import { aMentorProfile, apiError, JAMSA, KEURUU, PROGRAM_ID } from './programs-testing';
import { signUpFormTest } from './sign-up-testing';

describe('MentorProfileForm', () => {
  const form = signUpFormTest(MentorProfileForm);
  const { t, byTestId, check, type, submit } = form;
  beforeEach(() => form.setUp());
  afterEach(() => form.tearDown());
  const open = () => form.open();

  it('names every choice from the taxonomy in fieldsets with legends, the grid’s boxes by their slot in full', async () => {
    await open();
    const legends = Array.from(form.el.querySelectorAll('legend')).map((l) => l.textContent?.trim());
    expect(legends).toEqual([
      t('mentoring.programs.field.expertise'),
      t('mentoring.programs.field.sectors'),
      t('mentoring.programs.field.languages'),
      t('mentoring.programs.field.availability'),
      t('mentoring.programs.field.meetingModes'),
    ]);
    const expertise = form.el.querySelector('[data-testid=choices-expertise] input[data-key=workplace_induction]');
    expect(expertise?.closest('label')?.textContent?.trim()).toBe('työpaikan perehdytys');
    const slots = form.el.querySelectorAll('[data-testid=choices-availability] input[type=checkbox]');
    expect(slots.length).toBe(21);
    expect(slots[1].getAttribute('aria-label')).toBe('maanantai iltapäivä');
    expect(form.el.querySelector('[data-testid=choices-availability] th[scope=row]')?.textContent?.trim()).toBe(
      'maanantai',
    );
    // The person's own municipality is one of the program's: chosen already.
    expect(byTestId<HTMLSelectElement>('field-municipality').value).toBe(JAMSA.id);
  });

  it('sends the offer with what was chosen and goes back to the program', async () => {
    await open();
    check('expertise', 'workplace_induction');
    check('expertise', 'recruiting_immigrants');
    check('languages', 'fi');
    check('languages', 'ar');
    check('availability', 'tue-morning');
    check('meeting-modes', 'in_person');
    type('field-capacity', '3');
    type('field-bio', ' Perehdytän. ');
    await submit();
    const post = await nextRequest(form.http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentor-profile`);
    expect(post.request.body).toEqual({
      expertise: ['workplace_induction', 'recruiting_immigrants'],
      sectors: [],
      languages: ['fi', 'ar'],
      municipalityId: JAMSA.id,
      capacity: 3,
      availability: ['tue-morning'],
      meetingModes: ['online'],
      bio: 'Perehdytän.',
      bioLocale: 'fi',
    } satisfies MentorProfileInput);
    post.flush(aMentorProfile());
    await appStable();
    expect(TestBed.inject(Router).url).toBe(`/mentoring/programs/${PROGRAM_ID}`);
  });

  it('stops an empty offer: each missing choice said in its fieldset, the focus on the first', async () => {
    await open();
    check('meeting-modes', 'in_person');
    check('meeting-modes', 'online');
    type('field-capacity', '11');
    await submit();
    expect(form.http.match((r) => r.method === 'POST').length).toBe(0);
    for (const group of ['expertise', 'languages', 'availability', 'meeting-modes']) {
      const error = byTestId(`error-${group}`);
      expect(error?.textContent?.trim()).withContext(group).toBe(t('mentoring.programs.form.error.chooseOne'));
      expect(byTestId(`choices-${group}`).getAttribute('aria-describedby'))
        .withContext(group)
        .toContain(error.id);
    }
    expect(byTestId('error-sectors')).toBeNull();
    expect(byTestId('error-capacity').textContent?.trim()).toBe(t('mentoring.programs.error.capacity'));
    expect(byTestId('error-bio').textContent?.trim()).toBe(t('core.field.required'));
    await until(
      () => document.activeElement === form.el.querySelector('[data-testid=choices-expertise] input'),
      'focus on the first expertise area',
    );
  });

  it('shows the server’s problem at its field, and a conflict as a message where the focus goes', async () => {
    await open();
    check('expertise', 'workplace_induction');
    check('languages', 'fi');
    check('availability', 'tue-morning');
    type('field-bio', 'Hei');
    await submit();
    (await nextRequest(form.http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentor-profile`)).flush(
      ...apiError(400, ErrorCode.ValidationFailed, [
        { field: 'body.municipalityId', problems: ['must be one of the program’s municipalities'] },
      ]),
    );
    await form.fixture.whenStable();
    await until(() => document.activeElement === byTestId('field-municipality'), 'focus on the municipality');

    // Another choice clears the server's problem.
    const municipality = byTestId<HTMLSelectElement>('field-municipality');
    municipality.value = KEURUU.id;
    municipality.dispatchEvent(new Event('change'));
    await submit();
    (await nextRequest(form.http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentor-profile`)).flush(
      ...apiError(409, ErrorCode.Conflict),
    );
    await form.fixture.whenStable();
    await until(() => document.activeElement === byTestId('form-failure'), 'focus on the failure');
    expect(byTestId('form-failure').textContent?.trim()).toBe(t('core.error.conflict'));
  });
});
