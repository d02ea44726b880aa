import { AUDIT_ACTIONS, type AuditEntry, SUPPORTED_LOCALES } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { ALL_DICTIONARIES } from '../../core/i18n/all-dictionaries';
import { Translator } from '../../core/i18n/translator';
import { adminTestProviders, expectGet, page } from '../../testing/admin-testing';
import { AuditList } from './audit-list';

function entry(n: number, createdAt: string): AuditEntry {
  return {
    id: `cccccccc-0000-4000-8000-00000000000${n}`,
    actor: { id: 'dddddddd-0000-4000-8000-000000000001', name: 'Admin' },
    action: 'user.update',
    entityType: 'user',
    entityId: `eeeeeeee-0000-4000-8000-00000000000${n}`,
    entityName: null,
    details: { role: 'mentor' },
    createdAt,
  };
}

describe('AuditList', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<AuditList>;

  const el = () => fixture.nativeElement as HTMLElement;
  const rowIds = () =>
    Array.from(el().querySelectorAll('[data-testid="audit-row"]')).map(
      (row) => row.querySelector('[data-testid="audit-entity-id"]')?.textContent,
    );
  const loadMoreButton = () => el().querySelector<HTMLButtonElement>('.kp-load-more button');

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [AuditList], providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditList);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  it('appends the next page when "load more" is pressed and stops at the last one', async () => {
    const first = expectGet(http, '/api/audit');
    expect(first.request.params.has('cursor')).toBeFalse();
    first.flush(page([entry(3, '2026-11-26T12:00:00Z'), entry(2, '2026-11-26T11:00:00Z')], 'cursor-2'));
    await fixture.whenStable();
    expect(rowIds().length).toBe(2);

    loadMoreButton()?.click();
    await fixture.whenStable();
    const second = expectGet(http, '/api/audit');
    expect(second.request.params.get('cursor')).toBe('cursor-2');
    second.flush(page([entry(1, '2026-11-25T09:00:00Z')], null));
    await fixture.whenStable();

    expect(rowIds()).toEqual([3, 2, 1].map((n) => `eeeeeeee-0000-4000-8000-00000000000${n}`));
    expect(loadMoreButton()).toBeNull();
  });

  it('filters by action and entity type from the first page again', async () => {
    expectGet(http, '/api/audit').flush(page([entry(1, '2026-11-26T12:00:00Z')], 'cursor-1'));
    await fixture.whenStable();

    const action = el().querySelector<HTMLSelectElement>('[data-testid="audit-action-filter"]') as HTMLSelectElement;
    const entityType = el().querySelector<HTMLInputElement>('form input') as HTMLInputElement;
    action.value = 'user.deactivate';
    action.dispatchEvent(new Event('change'));
    entityType.value = 'user';
    entityType.dispatchEvent(new Event('input'));
    el().querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await fixture.whenStable();

    const request = expectGet(http, '/api/audit');
    expect(request.request.params.get('action')).toBe('user.deactivate');
    expect(request.request.params.get('entityType')).toBe('user');
    expect(request.request.params.has('cursor')).toBeFalse();
    request.flush(page([]));
    await fixture.whenStable();
    expect(rowIds().length).toBe(0);
    expect(el().querySelector('.kp-state')).not.toBeNull();
  });

  it('shows an error with a retry when the first page fails', async () => {
    expectGet(http, '/api/audit').flush(null, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(el().querySelector('[role="alert"]')).not.toBeNull();

    el().querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await fixture.whenStable();
    expectGet(http, '/api/audit').flush(page([entry(1, '2026-11-26T12:00:00Z')]));
    await fixture.whenStable();
    expect(rowIds().length).toBe(1);
  });

  it('says what happened and to whom in words: the action translated, the target by name', async () => {
    const request = expectGet(http, '/api/audit');
    expect(request.request.params.get('locale')).toBe('fi');
    request.flush(
      page([
        {
          ...entry(1, '2026-11-26T12:00:00Z'),
          action: 'course.assign',
          entityType: 'course',
          entityName: 'Perehdytyksen perusteet',
        },
      ]),
    );
    await fixture.whenStable();
    const t = TestBed.inject(Translator);
    expect(el().querySelector('[data-testid="audit-action"]')?.textContent?.trim()).toBe(
      t.t('admin.audit.actionName.course.assign'),
    );
    expect(el().querySelector('[data-testid="audit-entity-name"]')?.textContent?.trim()).toBe(
      'Perehdytyksen perusteet',
    );
    expect(el().querySelector('[data-testid="audit-entity-id"]')).toBeNull();
    const options = Array.from(
      el().querySelectorAll<HTMLOptionElement>('[data-testid="audit-action-filter"] option'),
    ).map((o) => o.value);
    expect(options).toEqual(['', ...AUDIT_ACTIONS]);
  });

  it('has a name for every audited action in every language', () => {
    expectGet(http, '/api/audit').flush(page([]));
    const missing = SUPPORTED_LOCALES.flatMap((l) =>
      AUDIT_ACTIONS.filter((a) => !ALL_DICTIONARIES.some((d) => d[l][`admin.audit.actionName.${a}`])).map(
        (a) => `${a} (${l})`,
      ),
    );
    expect(missing).toEqual([]);
  });
});
