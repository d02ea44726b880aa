import type { MailLogEntry } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { adminTestProviders, expectGet, page } from '../../testing/admin-testing';
import { nextRequest } from '../../testing/test-app';
import { MailList } from './mail-list';

const mail: MailLogEntry = {
  id: 'fafafafa-0000-4000-8000-000000000001',
  to: 'liisa@example.fi',
  subject: 'Kutsu Kotopaikkaan',
  category: 'account',
  textBody: 'Hei',
  transport: 'log',
  createdAt: '2026-11-27T10:00:00Z',
};

describe('MailList', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MailList>;
  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [MailList], providers: [...adminTestProviders(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MailList);
    fixture.detectChanges();
    expectGet(http, '/api/mail-log').flush(page([mail]));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('links each subject to its detail view', () => {
    const link = el().querySelector<HTMLAnchorElement>('tbody a');
    expect(link?.textContent?.trim()).toBe(mail.subject);
    expect(link?.getAttribute('href')).toBe(`/${mail.id}`);
  });

  it('filters by recipient and category', async () => {
    const to = el().querySelector<HTMLInputElement>('input[type="search"]');
    const category = el().querySelector<HTMLSelectElement>('form select');
    if (!to || !category) throw new Error('no filters');
    to.value = 'matti';
    to.dispatchEvent(new Event('input'));
    category.value = 'reminders';
    category.dispatchEvent(new Event('change'));

    // Sent after the filters' debounce.
    const request = await nextRequest(http, 'GET', '/api/mail-log');
    expect(request.request.params.get('to')).toBe('matti');
    expect(request.request.params.get('category')).toBe('reminders');
    request.flush(page([]));
    await fixture.whenStable();
    expect(el().querySelector('table')).toBeNull();
    expect(el().querySelector('.kp-state')).not.toBeNull();
  });
});
