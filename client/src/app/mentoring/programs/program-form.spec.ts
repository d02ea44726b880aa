import { ErrorCode, type MentoringProgramInput } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Translator } from '../../core/i18n/translator';
import { MUNICIPALITIES, signInAs } from '../../testing/admin-testing';
import { appStable, nextRequest, until } from '../../testing/test-app';
import { ProgramForm } from './program-form';
import { apiError, aProgram, KEURUU, PROGRAM_ID, setUpProgramsTest } from './programs-testing';

describe('ProgramForm', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ProgramForm>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => el.querySelector<T>(`[data-testid=${id}]`) as T;

  beforeEach(() => {
    http = setUpProgramsTest();
  });

  afterEach(() => {
    http.verify();
    el?.remove();
  });

  async function open(role: 'coordinator' | 'admin', id?: string): Promise<void> {
    await signInAs(role);
    fixture = TestBed.createComponent(ProgramForm);
    if (id) fixture.componentRef.setInput('id', id);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    fixture.detectChanges();
    http.expectOne('/api/municipalities').flush({ items: MUNICIPALITIES });
    if (id) (await nextRequest(http, 'GET', `/api/mentoring/programs/${id}`)).flush(aProgram({ mayManage: true }));
    await fixture.whenStable();
  }

  function type(testId: string, value: string): void {
    const field = byTestId<HTMLInputElement>(testId);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    byTestId('form-submit').click();
    await fixture.whenStable();
  }

  const municipalityChoices = () =>
    Array.from(el.querySelectorAll<HTMLInputElement>('[data-testid=choices-municipalities] input')).map((i) =>
      i.closest('label')?.textContent?.trim(),
    );

  it('creates a draft in the one municipality a coordinator manages, with the weights and settings given', async () => {
    await open('coordinator');
    expect(municipalityChoices()).toEqual([KEURUU.name]);
    type('field-name', '  Kevät 2027 ');
    type('field-description-fi', 'Kuvaus');
    type('field-starts', '2027-02-01');
    type('field-ends', '2027-06-30');
    type('field-weight-language', '60');
    type('field-minimum-score', '35');
    byTestId('field-exclude-organisation').querySelector('input')?.click();
    await submit();
    const post = await nextRequest(http, 'POST', '/api/mentoring/programs');
    expect(post.request.body).toEqual({
      name: 'Kevät 2027',
      description: { fi: 'Kuvaus', en: '' },
      municipalityIds: [KEURUU.id],
      startsOn: '2027-02-01',
      endsOn: '2027-06-30',
      matching: {
        weights: { expertise: 40, sector: 20, language: 60, municipality: 10, availability: 20, mode: 10 },
        minimumScore: 35,
        sameMunicipality: false,
        excludeSameOrganisation: true,
      },
    } satisfies MentoringProgramInput);
    post.flush(aProgram({ id: 'new-program' }));
    await appStable();
    expect(TestBed.inject(Router).url).toBe('/mentoring/programs/new-program');
  });

  it('offers an admin every municipality and stops a wrong form with the focus on its first problem', async () => {
    await open('admin');
    expect(municipalityChoices()).toEqual(MUNICIPALITIES.map((m) => m.name));
    type('field-name', 'Kevät');
    type('field-starts', '2027-02-01');
    type('field-ends', '2027-01-31');
    type('field-weight-sector', '101');
    await submit();
    expect(http.match((r) => r.method === 'POST').length).toBe(0);
    expect(byTestId('error-ends').textContent?.trim()).toBe(t('mentoring.programs.form.error.endBeforeStart'));
    expect(byTestId('error-weight-sector').textContent?.trim()).toBe(t('mentoring.programs.form.error.weight'));
    const error = byTestId('error-municipalities');
    expect(error.textContent?.trim()).toBe(t('mentoring.programs.form.error.chooseOne'));
    expect(byTestId('choices-municipalities').getAttribute('aria-describedby')).toContain(error.id);
    await until(() => document.activeElement === byTestId('field-ends'), 'focus on the end');
  });

  it('edits a program: its values in the form, a PATCH, and the server’s problems at their fields', async () => {
    await open('coordinator', PROGRAM_ID);
    // The program's Jämsä stays a choice though the coordinator manages only Keuruu.
    expect(municipalityChoices()).toEqual([KEURUU.name, 'Jämsä']);
    expect(byTestId<HTMLInputElement>('field-name').value).toBe(aProgram().name);
    expect(byTestId<HTMLInputElement>('field-weight-expertise').value).toBe('40');
    await submit();
    const patch = await nextRequest(http, 'PATCH', `/api/mentoring/programs/${PROGRAM_ID}`);
    expect((patch.request.body as MentoringProgramInput).municipalityIds).toEqual(
      aProgram().municipalities.map((m) => m.id),
    );
    patch.flush(
      ...apiError(400, ErrorCode.ValidationFailed, [
        { field: 'body.matching.minimumScore', problems: ['minimumScore must not be greater than 10000'] },
        { field: 'body.municipalityIds', problems: ['names an unknown municipality'] },
      ]),
    );
    await fixture.whenStable();
    expect(byTestId('error-minimum-score').textContent?.trim()).toBe(t('core.field.server'));
    expect(byTestId('error-municipalities').textContent?.trim()).toBe(t('core.field.server'));
    await until(
      () => document.activeElement === el.querySelector('[data-testid=choices-municipalities] input'),
      'focus on the municipalities',
    );
  });

  it('tells of a conflict where the focus goes', async () => {
    await open('coordinator', PROGRAM_ID);
    await submit();
    (await nextRequest(http, 'PATCH', `/api/mentoring/programs/${PROGRAM_ID}`)).flush(
      ...apiError(409, ErrorCode.Conflict),
    );
    await fixture.whenStable();
    await until(() => document.activeElement === byTestId('form-failure'), 'focus on the failure');
    expect(byTestId('form-failure').textContent?.trim()).toBe(t('core.error.conflict'));
  });
});
