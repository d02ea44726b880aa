import type { UserSummary } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import {
  adminTestProviders,
  answerMunicipalities,
  expectGet,
  MUNICIPALITIES,
  page,
  signInAs,
} from '../../testing/admin-testing';
import { UserEditDialog, type UserEditDialogData } from './user-edit-dialog';

const member: UserSummary = {
  id: 'adadadad-0000-4000-8000-000000000001',
  email: 'kaisa@example.fi',
  displayName: 'Kaisa Korhonen',
  role: 'member',
  audience: 'employer',
  status: 'active',
  locale: 'fi',
  municipality: { id: MUNICIPALITIES[1].id, name: MUNICIPALITIES[1].name },
  organisation: null,
  managedMunicipalities: [],
  createdAt: '2026-01-05T10:00:00Z',
  lastLoginAt: null,
};

describe('UserEditDialog', () => {
  let http: HttpTestingController;
  let closedWith: UserSummary | undefined;

  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const field = <T extends HTMLElement>(name: string) => {
    const found = document.querySelector<T>(`kp-user-edit-dialog [formcontrolname="${name}"]`);
    if (!found) throw new Error(`no field ${name}`);
    return found;
  };
  const choose = (name: string, value: string) => {
    const select = field<HTMLSelectElement>(name);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };
  const save = async () => {
    document.querySelector<HTMLButtonElement>('kp-user-edit-dialog button[type="submit"]')?.click();
    await stable();
  };

  async function open(role: 'admin' | 'coordinator'): Promise<void> {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs(role);
    const ref = TestBed.inject(MatDialog).open<UserEditDialog, UserEditDialogData, UserSummary>(UserEditDialog, {
      data: { user: member },
    });
    closedWith = undefined;
    ref.afterClosed().subscribe((saved) => (closedWith = saved));
    await stable();
    answerMunicipalities(http);
    expectGet(http, '/api/organisations').flush(page([]));
    await stable();
  }

  afterEach(() => http.verify());

  it('sends only the fields that changed', async () => {
    await open('coordinator');
    choose('role', 'mentor');
    await save();

    const request = http.expectOne({ method: 'PATCH', url: `/api/users/${member.id}` });
    expect(request.request.body).toEqual({ role: 'mentor' });
    request.flush({ ...member, role: 'mentor' });
    await stable();
    expect(closedWith?.role).toBe('mentor');
  });

  it('lets an admin make a coordinator and choose the managed municipalities', async () => {
    await open('admin');
    expect(document.querySelector('kp-user-edit-dialog fieldset')).toBeNull();
    choose('role', 'coordinator');
    await stable();
    const boxes = Array.from(
      document.querySelectorAll<HTMLInputElement>('kp-user-edit-dialog fieldset input[type="checkbox"]'),
    );
    expect(boxes.length).toBe(MUNICIPALITIES.length);
    boxes[2].click();
    await save();

    const request = http.expectOne({ method: 'PATCH', url: `/api/users/${member.id}` });
    expect(request.request.body).toEqual({ role: 'coordinator', managedMunicipalityIds: [MUNICIPALITIES[2].id] });
    request.flush({ ...member, role: 'coordinator' });
    await stable();
  });

  it('closes without a request when nothing changed', async () => {
    await open('admin');
    await save();
    http.expectNone({ method: 'PATCH', url: `/api/users/${member.id}` });
    expect(closedWith).toBeUndefined();
  });
});
