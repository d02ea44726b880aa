import { ErrorCode, type MentorProfileInput } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Translator } from '../../core/i18n/translator';
import { signInAs } from '../../testing/admin-testing';
import { appStable, nextRequest, until } from '../../testing/test-app';
import { MentorProfileForm } from './mentor-profile-form';
import { aMentorProfile, apiError, aProgram, JAMSA, KEURUU, PROGRAM_ID, setUpProgramsTest } from './programs-testing';

describe('MentorProfileForm', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MentorProfileForm>;
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
    fixture = TestBed.createComponent(MentorProfileForm);
    fixture.componentRef.setInput('id', PROGRAM_ID);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    (await nextRequest(http, 'GET', `/api/mentoring/programs/${PROGRAM_ID}`)).flush(aProgram());
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    byTestId('form-submit').click();
    await fixture.whenStable();
  }

  it('names every choice from the taxonomy in fieldsets with legends, the grid’s boxes by their slot in full', async () => {
    await open();
    const legends = Array.from(el.querySelectorAll('legend')).map((l) => l.textContent?.trim());
    expect(legends).toEqual([
      t('mentoring.programs.field.expertise'),
      t('mentoring.programs.field.sectors'),
      t('mentoring.programs.field.languages'),
      t('mentoring.programs.field.availability'),
      t('mentoring.programs.field.meetingModes'),
    ]);
    const expertise = el.querySelector('[data-testid=choices-expertise] input[data-key=workplace_induction]');
    expect(expertise?.closest('label')?.textContent?.trim()).toBe('työpaikan perehdytys');
    const slots = el.querySelectorAll('[data-testid=choices-availability] input[type=checkbox]');
    expect(slots.length).toBe(21);
    expect(slots[1].getAttribute('aria-label')).toBe('maanantai iltapäivä');
    expect(el.querySelector('[data-testid=choices-availability] th[scope=row]')?.textContent?.trim()).toBe('maanantai');
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
    const capacity = byTestId<HTMLInputElement>('field-capacity');
    capacity.value = '3';
    capacity.dispatchEvent(new Event('input'));
    const bio = byTestId<HTMLTextAreaElement>('field-bio');
    bio.value = ' Perehdytän. ';
    bio.dispatchEvent(new Event('input'));
    await submit();
    const post = await nextRequest(http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentor-profile`);
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
    const capacity = byTestId<HTMLInputElement>('field-capacity');
    capacity.value = '11';
    capacity.dispatchEvent(new Event('input'));
    await submit();
    expect(http.match((r) => r.method === 'POST').length).toBe(0);
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
      () => document.activeElement === el.querySelector('[data-testid=choices-expertise] input'),
      'focus on the first expertise area',
    );
  });

  it('shows the server’s problem at its field, and a conflict as a message where the focus goes', async () => {
    await open();
    check('expertise', 'workplace_induction');
    check('languages', 'fi');
    check('availability', 'tue-morning');
    const bio = byTestId<HTMLTextAreaElement>('field-bio');
    bio.value = 'Hei';
    bio.dispatchEvent(new Event('input'));
    await submit();
    (await nextRequest(http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentor-profile`)).flush(
      ...apiError(400, ErrorCode.ValidationFailed, [
        { field: 'body.municipalityId', problems: ['must be one of the program’s municipalities'] },
      ]),
    );
    await fixture.whenStable();
    await until(() => document.activeElement === byTestId('field-municipality'), 'focus on the municipality');

    // Another choice clears the server's problem.
    const municipality = byTestId<HTMLSelectElement>('field-municipality');
    municipality.value = KEURUU.id;
    municipality.dispatchEvent(new Event('change'));
    await submit();
    (await nextRequest(http, 'POST', `/api/mentoring/programs/${PROGRAM_ID}/mentor-profile`)).flush(
      ...apiError(409, ErrorCode.Conflict),
    );
    await fixture.whenStable();
    await until(() => document.activeElement === byTestId('form-failure'), 'focus on the failure');
    expect(byTestId('form-failure').textContent?.trim()).toBe(t('core.error.conflict'));
  });
});
