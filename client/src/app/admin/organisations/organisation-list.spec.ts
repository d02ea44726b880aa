import type { Organisation } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import {
  adminTestProviders,
  answerMunicipalities,
  expectGet,
  MUNICIPALITIES,
  page,
  signInAs,
} from '../../testing/admin-testing';
import { OrganisationList } from './organisation-list';

function organisation(id: string, name: string): Organisation {
  return { id, name, kind: 'employer', municipality: { id: MUNICIPALITIES[2].id, name: MUNICIPALITIES[2].name } };
}

describe('OrganisationList', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OrganisationList>;
  const orgs = [
    organisation('0a000000-0000-4000-8000-000000000001', 'Laukaan Hoivakodit Oy'),
    organisation('0a000000-0000-4000-8000-000000000002', 'Laukaan Puu Oy'),
  ];
  const el = () => fixture.nativeElement as HTMLElement;
  const overlay = () => document.querySelector('.cdk-overlay-container') as HTMLElement;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const t = (key: string, params?: Record<string, string>) => TestBed.inject(Translator).t(key, params);
  const names = () => Array.from(el().querySelectorAll('tbody td.mat-column-name')).map((td) => td.textContent?.trim());

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [OrganisationList], providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs('admin');
    fixture = TestBed.createComponent(OrganisationList);
    fixture.detectChanges();
    answerMunicipalities(http);
    expectGet(http, '/api/organisations').flush(page(orgs));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists the organisations with their kind and municipality, each cell labelled by its column', () => {
    expect(names()).toEqual(['Laukaan Hoivakodit Oy', 'Laukaan Puu Oy']);
    const firstRow = el().querySelector('tbody tr');
    expect(firstRow?.textContent).toContain(t('admin.orgKind.employer'));
    expect(firstRow?.textContent).toContain('Laukaa');
    expect(firstRow?.querySelector('td.mat-column-kind')?.getAttribute('data-label')).toBe(
      t('admin.organisations.kind'),
    );
    expect(firstRow?.querySelector('button')?.getAttribute('aria-label')).toBe(
      t('admin.organisations.editNamed', { name: 'Laukaan Hoivakodit Oy' }),
    );
  });

  it('asks again for the chosen municipality', async () => {
    const select = el().querySelector<HTMLSelectElement>('select');
    if (!select) throw new Error('no municipality filter');
    select.value = MUNICIPALITIES[2].id;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const request = expectGet(http, '/api/organisations');
    expect(request.request.params.get('municipalityId')).toBe(MUNICIPALITIES[2].id);
    request.flush(page([orgs[0]]));
    await fixture.whenStable();
    expect(names()).toEqual(['Laukaan Hoivakodit Oy']);
  });

  it('deletes after confirmation, removes the row and keeps focus in the list', async () => {
    const remove = Array.from(el().querySelectorAll<HTMLButtonElement>('tbody tr:first-child button'))[1];
    remove.focus();
    remove.click();
    await stable();
    expect(overlay().textContent).toContain(t('admin.organisations.deleteTitle', { name: 'Laukaan Hoivakodit Oy' }));
    const confirm = Array.from(overlay().querySelectorAll<HTMLButtonElement>('mat-dialog-actions button')).pop();
    confirm?.click();
    await stable();
    const request = http.expectOne({ method: 'DELETE', url: `/api/organisations/${orgs[0].id}` });
    request.flush(null);
    await stable();
    expect(names()).toEqual(['Laukaan Puu Oy']);
    expect(document.activeElement).toBe(el().querySelector('.kp-table-scroll'));
  });

  it('keeps the organisation when the confirmation is cancelled', async () => {
    Array.from(el().querySelectorAll<HTMLButtonElement>('tbody tr:first-child button'))[1].click();
    await stable();
    overlay().querySelector<HTMLButtonElement>('mat-dialog-actions button')?.click();
    await stable();
    http.expectNone({ method: 'DELETE' });
    expect(names().length).toBe(2);
  });
});
