import type { InvitationImportResult } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { adminTestProviders, answerMunicipalities, MUNICIPALITIES, signInAs } from '../../testing/admin-testing';
import { InvitationImport } from './invitation-import';

describe('InvitationImport', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<InvitationImport>;

  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [InvitationImport], providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await signInAs('admin');
    fixture = TestBed.createComponent(InvitationImport);
    fixture.detectChanges();
    answerMunicipalities(http);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function chooseMunicipalityAndFile(): Promise<File> {
    const select = el().querySelector<HTMLSelectElement>('select');
    if (!select) throw new Error('no municipality select');
    select.value = MUNICIPALITIES[2].id;
    select.dispatchEvent(new Event('change'));
    const file = new File(['email;displayName\n'], 'people.csv', { type: 'text/csv' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const input = el().querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    return file;
  }

  it('offers a template that opens in Excel: a CSV download with a BOM and semicolons', () => {
    const link = el().querySelector<HTMLAnchorElement>('a[download]');
    expect(link?.getAttribute('download')).toMatch(/\.csv$/);
    const csv = decodeURIComponent((link?.getAttribute('href') ?? '').replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv.startsWith('\uFEFF')).toBeTrue();
    expect(csv.slice(1).split('\r\n')[0].split(';')).toEqual(['email', 'displayName', 'audience', 'organisation']);
  });

  it('does not upload without a municipality and a file', async () => {
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
    http.expectNone('/api/invitations/import');
    expect(el().querySelectorAll('[role="alert"] .kp-error').length).toBe(2);
  });

  it('uploads the file with the municipality and renders the per-line report', async () => {
    const file = await chooseMunicipalityAndFile();
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();

    const request = http.expectOne({ method: 'POST', url: '/api/invitations/import' });
    const form = request.request.body as FormData;
    expect(form.get('municipalityId')).toBe(MUNICIPALITIES[2].id);
    expect((form.get('file') as File).name).toBe(file.name);

    const result: InvitationImportResult = {
      invited: 4,
      rejected: [
        { line: 3, email: 'bad-address', problems: ['email_invalid'] },
        { line: 7, email: null, problems: ['display_name_missing', 'audience_invalid'] },
      ],
    };
    request.flush(result);
    await fixture.whenStable();

    const report = el().querySelector('[data-testid="import-report"]');
    expect(report?.querySelector('[role="status"]')?.textContent).toContain('4');
    const rows = Array.from(report?.querySelectorAll('tbody tr') ?? []).map((row) => {
      const cells = row.querySelectorAll('td');
      return [cells[0].textContent?.trim(), cells[1].textContent?.trim(), cells[2].querySelectorAll('li').length];
    });
    expect(rows).toEqual([
      ['3', 'bad-address', 1],
      ['7', '–', 2],
    ]);
    // Problems are codes worded from the dictionary, never shown raw.
    expect(report?.textContent).not.toContain('audience_invalid');
    expect(report?.querySelector('caption')).not.toBeNull();
    expect(report?.querySelectorAll('th[scope="col"]').length).toBe(3);
  });

  it('shows no rejected table when every row was invited', async () => {
    await chooseMunicipalityAndFile();
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
    http.expectOne({ method: 'POST', url: '/api/invitations/import' }).flush({ invited: 2, rejected: [] });
    await fixture.whenStable();

    const report = el().querySelector('[data-testid="import-report"]');
    expect(report?.querySelector('[role="status"]')?.textContent).toContain('2');
    expect(report?.querySelector('table')).toBeNull();
  });
});
