import { ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { adminTestProviders, answerMunicipalities, MUNICIPALITIES, signInAs } from '../../testing/admin-testing';
import { aCourse, typeInto } from '../testing/authoring-fixtures';
import { CourseForm } from './course-form';

describe('CourseForm', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CourseForm>;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const el = <T extends HTMLElement>(selector: string): T => {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  };
  const errorOf = (field: string) =>
    el(`[data-field="${field}"]`).closest('mat-form-field')?.querySelector('mat-error') ?? null;
  const submit = async () => {
    el<HTMLButtonElement>('button[type="submit"]').click();
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs('coordinator');
    fixture = TestBed.createComponent(CourseForm);
    await stable();
    answerMunicipalities(http);
    await stable();
  });

  afterEach(() => http.verify());

  it('creates a course with the title and summary in Finnish and English', async () => {
    typeInto(el('[data-field="title.fi"]'), ' Rekrytointi ');
    typeInto(el('[data-field="title.en"]'), 'Recruiting');
    typeInto(el('[data-field="summary.fi"]'), 'Suomeksi');
    typeInto(el('[data-field="summary.en"]'), 'In English');
    el<HTMLInputElement>('[data-audience="employer"] input').click();
    await stable();
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/courses' });
    expect(request.request.body).toEqual({
      title: { fi: 'Rekrytointi', en: 'Recruiting' },
      summary: { fi: 'Suomeksi', en: 'In English' },
      estimatedMinutes: 60,
      audiences: ['employer'],
      municipalityIds: [],
    });
    request.flush(aCourse());
  });

  it('sends nothing while the English title or an audience is missing, and marks the fields', async () => {
    typeInto(el('[data-field="title.fi"]'), 'Vain suomeksi');
    typeInto(el('[data-field="summary.fi"]'), 'Suomeksi');
    typeInto(el('[data-field="summary.en"]'), 'In English');
    await submit();

    http.expectNone('/api/courses');
    // Material leaves aria-invalid off an empty required field; the field shows its error instead.
    expect(errorOf('title.en')).toBeTruthy();
    expect(errorOf('title.fi')).toBeNull();
    expect(el('fieldset.kp-choices').getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for municipalities when the course is not offered everywhere', async () => {
    fixture.componentRef.setInput('course', aCourse({ municipalityIds: [MUNICIPALITIES[1].id] }));
    await stable();
    expect(el<HTMLInputElement>('[formcontrolname="everywhere"] input').checked).toBeFalse();
    await submit();
    const request = http.expectOne({
      method: 'PATCH',
      url: `/api/courses/${aCourse().id}`,
    });
    expect(request.request.body.municipalityIds).toEqual([MUNICIPALITIES[1].id]);
    request.flush(aCourse());
  });

  it('puts the server’s field problems on the fields they name', async () => {
    fixture.componentRef.setInput('course', aCourse());
    await stable();
    typeInto(el('[data-field="title.en"]'), 'Taken title');
    await submit();

    http.expectOne({ method: 'PATCH', url: `/api/courses/${aCourse().id}` }).flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        error: 'Bad Request',
        message: 'invalid',
        details: [
          { field: 'body.title.en', problems: ['too similar'] },
          {
            field: 'body.estimatedMinutes',
            problems: ['must not be greater than 10000'],
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();

    expect(el('[data-field="title.en"]').getAttribute('aria-invalid')).toBe('true');
    expect(el('[data-field="estimatedMinutes"]').getAttribute('aria-invalid')).toBe('true');
    expect(el('[data-field="title.fi"]').getAttribute('aria-invalid')).not.toBe('true');
    expect(el('[role="alert"]')).toBeTruthy();
  });
});
