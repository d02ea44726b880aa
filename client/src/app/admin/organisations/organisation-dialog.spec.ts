import { ErrorCode, type Organisation } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { adminTestProviders, answerMunicipalities, MUNICIPALITIES, signInAs } from '../../testing/admin-testing';
import { OrganisationDialog, type OrganisationDialogData } from './organisation-dialog';

describe('OrganisationDialog', () => {
  let http: HttpTestingController;
  let closedWith: Organisation | undefined;

  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const field = <T extends HTMLElement>(name: string) => {
    const found = document.querySelector<T>(`kp-organisation-dialog [formcontrolname="${name}"]`);
    if (!found) throw new Error(`no field ${name}`);
    return found;
  };

  async function open(data: OrganisationDialogData): Promise<void> {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs('admin');
    const ref = TestBed.inject(MatDialog).open<OrganisationDialog, OrganisationDialogData, Organisation>(
      OrganisationDialog,
      { data },
    );
    closedWith = undefined;
    ref.afterClosed().subscribe((saved) => (closedWith = saved));
    await stable();
    answerMunicipalities(http);
    await stable();
  }

  afterEach(() => http.verify());

  it('creates an organisation in the chosen municipality', async () => {
    await open({ organisation: null, municipalityId: MUNICIPALITIES[1].id });
    const name = field<HTMLInputElement>('name');
    name.value = 'Keuruun Kahvila Oy';
    name.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('kp-organisation-dialog button[type="submit"]')?.click();
    await stable();

    const request = http.expectOne({ method: 'POST', url: '/api/organisations' });
    expect(request.request.body).toEqual({
      name: 'Keuruun Kahvila Oy',
      kind: 'employer',
      municipalityId: MUNICIPALITIES[1].id,
    });
    const created: Organisation = {
      id: 'acacacac-0000-4000-8000-000000000001',
      name: 'Keuruun Kahvila Oy',
      kind: 'employer',
      municipality: { id: MUNICIPALITIES[1].id, name: MUNICIPALITIES[1].name },
    };
    request.flush(created);
    await stable();
    expect(closedWith).toEqual(created);
  });

  it('marks the name taken on a 409 and stays open', async () => {
    const existing: Organisation = {
      id: 'acacacac-0000-4000-8000-000000000002',
      name: 'Vanha Oy',
      kind: 'employer',
      municipality: { id: MUNICIPALITIES[0].id, name: MUNICIPALITIES[0].name },
    };
    await open({ organisation: existing, municipalityId: '' });
    expect(field<HTMLSelectElement>('municipalityId').disabled).toBeTrue();
    const name = field<HTMLInputElement>('name');
    name.value = 'Toinen Oy';
    name.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('kp-organisation-dialog button[type="submit"]')?.click();
    await stable();

    const request = http.expectOne({ method: 'PATCH', url: `/api/organisations/${existing.id}` });
    expect(request.request.body).toEqual({ name: 'Toinen Oy', kind: 'employer' });
    request.flush(
      {
        statusCode: 409,
        code: ErrorCode.Conflict,
        error: 'Conflict',
        message: 'exists',
        details: [{ field: 'name', problems: ['taken'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('kp-organisation-dialog mat-error')).not.toBeNull();
    expect(closedWith).toBeUndefined();
  });
});
