import type { Invitation } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { adminTestProviders, expectGet, MUNICIPALITIES, page } from '../../testing/admin-testing';
import { InvitationList } from './invitation-list';

const invitation: Invitation = {
  id: 'abababab-0000-4000-8000-000000000001',
  userId: 'abababab-0000-4000-8000-000000000002',
  email: 'olli@example.fi',
  displayName: 'Olli Ojala',
  role: 'member',
  audience: 'employer',
  municipality: { id: MUNICIPALITIES[0].id, name: MUNICIPALITIES[0].name },
  status: 'pending',
  expiresAt: '2026-12-04T10:00:00Z',
  invitedBy: { id: 'abababab-0000-4000-8000-000000000003', name: 'Admin' },
  createdAt: '2026-11-27T10:00:00Z',
};

describe('InvitationList', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<InvitationList>;
  const el = () => fixture.nativeElement as HTMLElement;
  const statusChip = () => el().querySelector('td .kp-chip');

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [InvitationList], providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InvitationList);
    fixture.detectChanges();
    const first = expectGet(http, '/api/invitations');
    expect(first.request.params.get('status')).toBe('pending');
    first.flush(page([invitation]));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists every status when the filter is set to all', async () => {
    const select = el().querySelector<HTMLSelectElement>('select');
    if (!select) throw new Error('no status filter');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const request = expectGet(http, '/api/invitations');
    expect(request.request.params.has('status')).toBeFalse();
    request.flush(page([]));
    await fixture.whenStable();
    expect(el().querySelector('table')).toBeNull();
  });

  it('revokes after confirmation and shows the new status', async () => {
    const revoke = Array.from(el().querySelectorAll<HTMLButtonElement>('td button')).find(
      (b) => b.getAttribute('aria-label')?.includes(invitation.email) && b !== el().querySelector('td button'),
    );
    revoke?.click();
    await fixture.whenStable();
    const confirm = document.querySelector<HTMLButtonElement>('mat-dialog-actions button[cdkfocusinitial]');
    if (!confirm) throw new Error('no confirmation dialog');
    confirm.click();
    await fixture.whenStable();

    http
      .expectOne({ method: 'POST', url: `/api/invitations/${invitation.id}/revoke` })
      .flush({ ...invitation, status: 'revoked' });
    await fixture.whenStable();
    expect(statusChip()?.classList).toContain('is-revoked');
  });

  it('resends without asking and keeps the row', async () => {
    el().querySelector<HTMLButtonElement>('td button')?.click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'POST', url: `/api/invitations/${invitation.id}/resend` })
      .flush({ ...invitation, expiresAt: '2026-12-05T10:00:00Z' });
    await fixture.whenStable();
    expect(el().querySelectorAll('tbody tr').length).toBe(1);
    expect(statusChip()?.classList).toContain('is-pending');
  });
});
