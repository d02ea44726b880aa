import { ErrorCode, type Organisation } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { adminTestProviders, answerMunicipalities, MUNICIPALITIES, page, signInAs } from '../../testing/admin-testing';
import { typeInto } from '../testing/authoring-fixtures';
import { AssignPanel } from './assign-panel';

const COURSE_ID = 'c0c0c0c0-0000-4000-8000-000000000001';
const ASSIGN_URL = `/api/courses/${COURSE_ID}/assign`;
const ORGANISATION: Organisation = {
  id: '44444444-4444-4444-8444-444444444444',
  name: 'Keuruun kotoutumispalvelut',
  kind: 'municipal_unit',
  municipality: { id: MUNICIPALITIES[1].id, name: MUNICIPALITIES[1].name },
};

describe('AssignPanel', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AssignPanel>;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const root = () => fixture.nativeElement as HTMLElement;
  const el = <T extends HTMLElement>(selector: string): T => {
    const found = root().querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  };
  /** Opens a mat-select and clicks the option with that value, as a user does. */
  const choose = async (field: string, value: string) => {
    el(`[data-field="${field}"] .mat-mdc-select-trigger`).click();
    await stable();
    const option = document.querySelector<HTMLElement>(`mat-option[data-value="${value}"]`);
    if (!option) throw new Error(`no option ${value} in ${field}`);
    option.click();
    await stable();
  };
  const submit = async () => {
    el<HTMLButtonElement>('button[type="submit"]').click();
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs('admin');
    fixture = TestBed.createComponent(AssignPanel);
    fixture.componentRef.setInput('courseId', COURSE_ID);
    await stable();
    answerMunicipalities(http);
    await stable();
  });

  afterEach(() => http.verify());

  it('sends the chosen municipality, organisation, audience and due date and shows the counts', async () => {
    await choose('municipalityId', MUNICIPALITIES[1].id);
    http
      .expectOne((req) => req.url === '/api/organisations' && req.params.get('municipalityId') === MUNICIPALITIES[1].id)
      .flush(page([ORGANISATION]));
    await stable();
    await choose('organisationId', ORGANISATION.id);
    await choose('audience', 'employer');
    typeInto(el('[data-field="dueDate"]'), '2026-12-31');
    await submit();

    const request = http.expectOne({ method: 'POST', url: ASSIGN_URL });
    expect(request.request.body).toEqual({
      municipalityId: MUNICIPALITIES[1].id,
      organisationId: ORGANISATION.id,
      audience: 'employer',
      dueDate: '2026-12-31',
    });
    request.flush({ enrolled: 7, alreadyEnrolled: 2 });
    await stable();

    const result = el('[data-assign-result]');
    expect(result.getAttribute('role')).toBe('status');
    expect(result.textContent).toContain('7');
    expect(result.textContent).toContain('2');
    expect(root().querySelector('[data-assign-failure]')).toBeNull();
    // The result is where keyboard and screen-reader users continue.
    expect(document.activeElement).toBe(result);
  });

  it('refuses to send when no group is chosen', async () => {
    await submit();

    http.expectNone({ method: 'POST', url: ASSIGN_URL });
    expect(el('[data-assign-failure]').getAttribute('role')).toBe('alert');
  });

  it("puts the server's field problem on its field", async () => {
    await choose('audience', 'employer');
    typeInto(el('[data-field="dueDate"]'), '2026-02-30');
    await submit();

    http.expectOne({ method: 'POST', url: ASSIGN_URL }).flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        error: 'Bad Request',
        message: 'invalid',
        details: [{ field: 'body.dueDate', problems: ['not a date'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();

    const dueDateError = el('[data-field="dueDate"]').closest('mat-form-field')?.querySelector('mat-error');
    expect(dueDateError).not.toBeNull();
    expect(el('[data-field="audience"]').closest('mat-form-field')?.querySelector('mat-error')).toBeNull();
    expect(root().querySelector('[data-assign-result]')?.textContent?.trim()).toBe('');
  });

  it('shows a refusal as a message', async () => {
    await choose('municipalityId', MUNICIPALITIES[2].id);
    http.expectOne((req) => req.url === '/api/organisations').flush(page([]));
    await submit();

    http.expectOne({ method: 'POST', url: ASSIGN_URL }).flush(
      {
        statusCode: 403,
        code: ErrorCode.Forbidden,
        error: 'Forbidden',
        message: 'Not a municipality you manage',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await stable();

    expect(el('[data-assign-failure]').getAttribute('role')).toBe('alert');
  });
});
