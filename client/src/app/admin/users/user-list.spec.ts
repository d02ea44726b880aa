import type { Role, UserSummary } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import {
  adminTestProviders,
  answerMunicipalities,
  expectGet,
  MUNICIPALITIES,
  page,
  signInAs,
} from '../../testing/admin-testing';
import { nextRequest } from '../../testing/test-app';
import { UserList } from './user-list';

function user(id: string, role: Role, name: string): UserSummary {
  return {
    id,
    email: `${name.toLowerCase()}@example.fi`,
    displayName: name,
    role,
    audience: 'employer',
    status: 'active',
    locale: 'fi',
    municipality: { id: MUNICIPALITIES[1].id, name: MUNICIPALITIES[1].name },
    organisation: null,
    managedMunicipalities: [],
    createdAt: '2026-01-05T10:00:00Z',
    lastLoginAt: null,
  };
}

describe('UserList', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<UserList>;
  const users = [user('aaaaaaaa-0000-4000-8000-000000000001', 'member', 'Maija')];

  async function render(role: Role): Promise<void> {
    TestBed.configureTestingModule({ imports: [UserList], providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs(role);
    fixture = TestBed.createComponent(UserList);
    fixture.detectChanges();
    answerMunicipalities(http);
    expectGet(http, '/api/users').flush(page(users));
    await fixture.whenStable();
  }

  const el = () => fixture.nativeElement as HTMLElement;
  const optionValues = (select: HTMLSelectElement) =>
    Array.from(select.options)
      .map((o) => o.value)
      .filter(Boolean);

  afterEach(() => http.verify());

  it('labels every cell with its column, so a narrow screen can show each row as a card', async () => {
    await render('admin');
    const headers = Array.from(el().querySelectorAll('thead th')).map((th) => th.textContent?.trim());
    const cells = Array.from(el().querySelectorAll('tbody tr:first-child td'));
    expect(cells.slice(0, -1).map((td) => td.getAttribute('data-label'))).toEqual(headers.slice(0, -1));
    expect(el().querySelector('[role=region]')?.getAttribute('aria-label')).toBeTruthy();
    expect(el().querySelector('tbody tr')?.getAttribute('data-kp-page-item')).toBe(users[0].id);
  });

  it('searches the API with q as the user types', async () => {
    await render('admin');
    const search = el().querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) throw new Error('no search field');
    search.value = 'maija';
    search.dispatchEvent(new Event('input'));

    // Sent after the search's debounce.
    const request = await nextRequest(http, 'GET', '/api/users');
    expect(request.request.params.get('q')).toBe('maija');
    request.flush(page(users));
    await fixture.whenStable();
    expect(el().querySelectorAll('tr.mat-mdc-row').length).toBe(1);
  });

  it('sends the chosen filters and shows the empty state when nothing matches', async () => {
    await render('admin');
    const [municipality, role] = Array.from(el().querySelectorAll<HTMLSelectElement>('form select'));
    municipality.value = MUNICIPALITIES[2].id;
    municipality.dispatchEvent(new Event('change'));
    role.value = 'mentor';
    role.dispatchEvent(new Event('change'));

    // Sent after the search's debounce.
    const request = await nextRequest(http, 'GET', '/api/users');
    expect(request.request.params.get('municipalityId')).toBe(MUNICIPALITIES[2].id);
    expect(request.request.params.get('role')).toBe('mentor');
    expect(request.request.params.has('q')).toBeFalse();
    request.flush(page([]));
    await fixture.whenStable();
    expect(el().querySelector('table')).toBeNull();
    expect(el().querySelector('.kp-state')).not.toBeNull();
  });

  it('offers a coordinator only their municipalities and the member and mentor roles', async () => {
    await render('coordinator');
    const municipality = el().querySelector<HTMLSelectElement>('form select');
    if (!municipality) throw new Error('no municipality filter');
    expect(optionValues(municipality)).toEqual([MUNICIPALITIES[1].id]);

    el().querySelector<HTMLButtonElement>('td button')?.click();
    await fixture.whenStable();
    expectGet(http, '/api/organisations').flush(page([]));
    await fixture.whenStable();

    const roleSelect = document.querySelector<HTMLSelectElement>('[data-testid="edit-role"]');
    if (!roleSelect) throw new Error('edit dialog did not open');
    expect(optionValues(roleSelect)).toEqual(['member', 'mentor']);
  });

  it('offers an admin every role', async () => {
    await render('admin');
    el().querySelector<HTMLButtonElement>('td button')?.click();
    await fixture.whenStable();
    expectGet(http, '/api/organisations').flush(page([]));
    await fixture.whenStable();

    const roleSelect = document.querySelector<HTMLSelectElement>('[data-testid="edit-role"]');
    if (!roleSelect) throw new Error('edit dialog did not open');
    expect(optionValues(roleSelect)).toEqual(['admin', 'coordinator', 'mentor', 'member']);
  });
});
