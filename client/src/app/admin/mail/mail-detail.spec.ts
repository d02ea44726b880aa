import { EMAIL_CATEGORIES, ErrorCode, type MailLogDetail } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { adminTestProviders, expectGet } from '../../testing/admin-testing';
import { linkify, MailDetail } from './mail-detail';

const ID = 'ffffffff-0000-4000-8000-000000000001';

describe('linkify', () => {
  it('splits text and http(s) links, leaving trailing punctuation outside the link', () => {
    expect(linkify('Avaa https://kotopaikka.fi/invitation/abc. Kiitos')).toEqual([
      { text: 'Avaa ', href: null },
      { text: 'https://kotopaikka.fi/invitation/abc', href: 'https://kotopaikka.fi/invitation/abc' },
      { text: '. Kiitos', href: null },
    ]);
  });

  it('never turns other schemes into links', () => {
    expect(linkify('javascript:alert(1) mailto:a@b.fi').every((s) => s.href === null)).toBeTrue();
  });
});

describe('MailDetail', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [...adminTestProviders(), provideRouter([{ path: 'admin/mail/:id', component: MailDetail }])],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  it('shows the recipient, subject and the text body with clickable links, markup as text', async () => {
    const navigated = harness.navigateByUrl(`/admin/mail/${ID}`);
    await harness.fixture.whenStable();
    const mail: MailLogDetail = {
      id: ID,
      userId: null,
      to: 'liisa@example.fi',
      subject: 'Kutsu Kotopaikkaan',
      category: EMAIL_CATEGORIES[0],
      textBody: 'Hei,\n<b>ei lihavoitu</b>\nhttps://kotopaikka.fi/invitation/tok123\n',
      htmlBody: '<p>ignored</p>',
      transport: 'log',
      createdAt: '2026-11-26T10:00:00Z',
    };
    expectGet(http, `/api/mail-log/${ID}`).flush(mail);
    await navigated;
    await harness.fixture.whenStable();

    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toContain(mail.subject);
    expect(el.querySelector('dd')?.textContent).toContain(mail.to);
    const link = el.querySelector<HTMLAnchorElement>('.kp-mail-body a');
    expect(link?.getAttribute('href')).toBe('https://kotopaikka.fi/invitation/tok123');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(el.querySelector('.kp-mail-body b')).toBeNull();
    expect(el.querySelector('.kp-mail-body')?.textContent).toContain('<b>ei lihavoitu</b>');
  });

  it('says so when the message does not exist', async () => {
    const navigated = harness.navigateByUrl(`/admin/mail/${ID}`);
    await harness.fixture.whenStable();
    expectGet(http, `/api/mail-log/${ID}`).flush(
      { statusCode: 404, code: ErrorCode.NotFound, error: 'Not Found', message: 'Not found', details: null },
      { status: 404, statusText: 'Not Found' },
    );
    await navigated;
    await harness.fixture.whenStable();
    expect((harness.routeNativeElement as HTMLElement).querySelector('[role="alert"]')).not.toBeNull();
  });
});
