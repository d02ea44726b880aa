import { type ApiErrorBody, ErrorCode, type Invitation } from '@kotopaikka/contracts';

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
import { InviteForm } from './invite-form';

describe('InviteForm', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<InviteForm>;
  let invited: Invitation[];

  const el = () => fixture.nativeElement as HTMLElement;
  const field = <T extends HTMLElement>(name: string) => {
    const found = el().querySelector<T>(`[formcontrolname="${name}"]`);
    if (!found) throw new Error(`no field ${name}`);
    return found;
  };
  const type = (name: string, value: string) => {
    const input = field<HTMLInputElement>(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  const choose = (name: string, value: string) => {
    const select = field<HTMLSelectElement>(name);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };
  const submit = async () => {
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [InviteForm], providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs('coordinator');
    fixture = TestBed.createComponent(InviteForm);
    invited = [];
    fixture.componentInstance.invited.subscribe((invitation) => invited.push(invitation));
    fixture.detectChanges();
    answerMunicipalities(http);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function fillValidForm(): Promise<void> {
    type('email', 'liisa@example.fi');
    type('displayName', 'Liisa Laine');
    choose('audience', 'employer');
    choose('municipalityId', MUNICIPALITIES[1].id);
    await fixture.whenStable();
    expectGet(http, '/api/organisations').flush(page([]));
    await fixture.whenStable();
  }

  it('does not send an incomplete form and marks the invalid fields', async () => {
    type('email', 'not-an-email');
    await submit();

    http.expectNone('/api/invitations');
    const email = field<HTMLInputElement>('email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    // Material leaves aria-invalid off an empty required field; the field itself is marked invalid and errors show.
    expect(field('displayName').closest('mat-form-field')?.classList).toContain('mat-form-field-invalid');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    const errorIds = Array.from(el().querySelectorAll('mat-error')).map((e) => e.id);
    expect(errorIds.some((id) => describedBy.split(' ').includes(id))).toBeTrue();
    expect(invited.length).toBe(0);
  });

  it('offers a coordinator only member and mentor roles and their own municipality', async () => {
    const roles = Array.from(field<HTMLSelectElement>('role').options).map((o) => o.value);
    expect(roles).toEqual(['member', 'mentor']);
    const municipalities = Array.from(field<HTMLSelectElement>('municipalityId').options)
      .map((o) => o.value)
      .filter(Boolean);
    expect(municipalities).toEqual([MUNICIPALITIES[1].id]);
  });

  it('sends the invitation and reports it', async () => {
    await fillValidForm();
    await submit();

    const request = http.expectOne({ method: 'POST', url: '/api/invitations' });
    expect(request.request.body).toEqual(
      jasmine.objectContaining({
        email: 'liisa@example.fi',
        displayName: 'Liisa Laine',
        audience: 'employer',
        role: 'member',
        municipalityId: MUNICIPALITIES[1].id,
        organisationId: null,
      }),
    );
    const invitation: Invitation = {
      id: 'bbbbbbbb-0000-4000-8000-000000000001',
      userId: 'bbbbbbbb-0000-4000-8000-000000000002',
      email: 'liisa@example.fi',
      displayName: 'Liisa Laine',
      role: 'member',
      audience: 'employer',
      municipality: { id: MUNICIPALITIES[1].id, name: MUNICIPALITIES[1].name },
      status: 'pending',
      expiresAt: '2026-12-10T10:00:00Z',
      invitedBy: null,
      createdAt: '2026-11-26T10:00:00Z',
    };
    request.flush(invitation);
    await fixture.whenStable();
    expect(invited).toEqual([invitation]);
    expect(field<HTMLInputElement>('email').value).toBe('');
    // Ready for the next invitation, not lost at the top of the page.
    expect(document.activeElement).toBe(field<HTMLInputElement>('email'));
  });

  it('puts a 409 email_taken on the e-mail field', async () => {
    await fillValidForm();
    await submit();

    const body: ApiErrorBody = {
      statusCode: 409,
      code: ErrorCode.EmailTaken,
      error: 'Conflict',
      message: 'E-mail taken',
      details: [{ field: 'email', problems: ['taken'] }],
    };
    http.expectOne({ method: 'POST', url: '/api/invitations' }).flush(body, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    const email = field<HTMLInputElement>('email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const taken = el().querySelector('[data-testid="email-taken"]');
    expect(taken).not.toBeNull();
    expect((email.getAttribute('aria-describedby') ?? '').split(' ')).toContain(taken?.id ?? 'missing');
    expect(el().querySelector('[role="alert"]')).toBeNull();
    expect(invited.length).toBe(0);
  });
});
