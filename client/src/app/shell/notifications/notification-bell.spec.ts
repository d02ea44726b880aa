import {
  type AppNotification,
  NOTIFICATION_KINDS,
  type NotificationList,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { CsrfToken } from '../../core/http/csrf-token';
import { ALL_DICTIONARIES } from '../../core/i18n/all-dictionaries';
import { Translator } from '../../core/i18n/translator';
import { provideTestApp, until } from '../../testing/test-app';
import { NotificationBell } from './notification-bell';
import { NotificationStore } from './notification-store';

function aNotification(id: string, overrides: Partial<AppNotification> = {}): AppNotification {
  return {
    id,
    kind: 'welcome',
    params: { name: 'Aino' },
    link: null,
    createdAt: '2026-11-27T10:00:00Z',
    readAt: null,
    ...overrides,
  };
}

describe('NotificationBell', () => {
  let fixture: ComponentFixture<NotificationBell>;
  let backend: HttpTestingController;
  let store: NotificationStore;
  let translator: Translator;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(NotificationStore);
    translator = TestBed.inject(Translator);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(NotificationBell);
    await fixture.whenStable();
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
    backend.verify();
  });

  async function loadList(list: NotificationList): Promise<void> {
    const loading = store.load();
    backend.expectOne('/api/notifications').flush(list);
    await loading;
    await fixture.whenStable();
  }

  function bell(): HTMLButtonElement {
    return fixture.nativeElement.querySelector('[data-testid=notification-bell]');
  }

  function badge(): HTMLElement | null {
    return fixture.nativeElement.querySelector('.mat-badge-content');
  }

  it('shows the unread count on the badge and in the button name', async () => {
    await loadList({
      items: [aNotification('n1'), aNotification('n2', { readAt: '2026-11-27T11:00:00Z' })],
      nextCursor: null,
      unread: 1,
    });
    expect(badge()?.textContent?.trim()).toBe('1');
    expect(bell().getAttribute('aria-label')).toBe(translator.t('shell.notificationsButton', { count: 1 }));
  });

  it('hides the badge when nothing is unread', async () => {
    await loadList({ items: [], nextCursor: null, unread: 0 });
    expect(fixture.nativeElement.querySelector('.mat-badge-hidden')).not.toBeNull();
  });

  it('lists the notifications and marks one read when it is opened', async () => {
    await loadList({
      items: [aNotification('n1'), aNotification('n2', { readAt: '2026-11-27T11:00:00Z' })],
      nextCursor: null,
      unread: 1,
    });
    bell().click();
    await fixture.whenStable();
    backend.expectOne('/api/notifications').flush({ items: store.items(), nextCursor: null, unread: 1 });
    await until(() => document.querySelector('[data-testid=notification-item]'), 'the opened list');

    const items = Array.from(document.querySelectorAll<HTMLElement>('[data-testid=notification-item]'));
    expect(items.length).toBe(2);
    expect(items[0].textContent).toContain('Tervetuloa Kotopaikkaan, Aino!');
    expect(items[0].classList).toContain('unread');

    items[0].click();
    const read = backend.expectOne('/api/notifications/n1/read');
    expect(read.request.method).toBe('POST');
    expect(read.request.headers.get('X-CSRF-Token')).toBe('csrf');
    read.flush({ unread: 0 });
    await until(() => fixture.nativeElement.querySelector('.mat-badge-hidden'), 'the badge hidden at no unread');

    expect(store.unread()).toBe(0);
    expect(store.items()[0].readAt).not.toBeNull();
    expect(fixture.nativeElement.querySelector('.mat-badge-hidden')).not.toBeNull();
  });

  it('marks all read', async () => {
    await loadList({ items: [aNotification('n1'), aNotification('n2')], nextCursor: null, unread: 2 });
    const all = store.markAllRead();
    backend.expectOne('/api/notifications/read-all').flush(null);
    await all;
    expect(store.unread()).toBe(0);
    expect(store.items().every((n) => n.readAt !== null)).toBeTrue();
  });

  it('counts and announces a notification pushed over the socket', async () => {
    await loadList({ items: [], nextCursor: null, unread: 0 });
    store.receive(aNotification('n9'));
    await fixture.whenStable();
    expect(badge()?.textContent?.trim()).toBe('1');
    const region = fixture.nativeElement.querySelector('[data-testid=notification-announcer]') as HTMLElement;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent?.trim()).toBe(
      translator.t('shell.notifications.announce', { text: 'Tervetuloa Kotopaikkaan, Aino!' }),
    );

    store.receive(aNotification('n9'));
    expect(store.unread()).toBe(1);
    store.setUnread(5);
    await fixture.whenStable();
    expect(badge()?.textContent?.trim()).toBe('5');
  });

  it('words a kind it does not know with the generic text', () => {
    expect(store.text(aNotification('x', { kind: 'future_kind' }))).toBe(translator.t('shell.notification.generic'));
  });

  it('has a text for every kind the platform sends, in every language', () => {
    const missing = SUPPORTED_LOCALES.flatMap((locale) =>
      NOTIFICATION_KINDS.filter(
        (kind) => !ALL_DICTIONARIES.some((d) => d[locale][`shell.notification.kind.${kind}`]),
      ).map((kind) => `${kind} (${locale})`),
    );
    expect(missing).toEqual([]);
  });

  it('words an assignment and a certificate in the viewer’s language, course title included', () => {
    const assigned = aNotification('a', {
      kind: 'training.assigned',
      params: {
        'courseTitle.fi': 'Työnantajan perehdytyspolku',
        'courseTitle.en': 'Employer onboarding path',
        dueDate: '2027-01-31',
      },
      link: '/learning/courses/c1',
    });
    const certificate = aNotification('c', {
      kind: 'certificate_issued',
      params: { 'courseTitle.fi': 'Kunnan strategiatyö', 'courseTitle.en': '', code: 'ABC' },
    });
    expect(store.text(assigned)).toBe(
      `Sinulle on määrätty kurssi Työnantajan perehdytyspolku, määräpäivä ${translator.formatDate('2027-01-31T12:00:00Z')}.`,
    );
    expect(
      store.text({
        ...assigned,
        params: { 'courseTitle.fi': 'Työnantajan perehdytyspolku', 'courseTitle.en': 'Employer onboarding path' },
      }),
    ).toBe('Sinulle on määrätty kurssi Työnantajan perehdytyspolku.');
    translator.use('en');
    expect(store.text(assigned)).toBe(
      `You have been assigned the course Employer onboarding path, due ${translator.formatDate('2027-01-31T12:00:00Z')}.`,
    );
    // No English title: the Finnish one stands in.
    expect(store.text(certificate)).toBe('Your certificate for the course Kunnan strategiatyö is ready.');
  });

  it('words a live session reminder and cancellation with the title and the start in the viewer’s language', () => {
    const startsAt = '2026-12-05T08:00:00.000Z';
    const params = { 'title.fi': 'Aamupala-info', 'title.en': 'Breakfast info', startsAt };
    const reminder = aNotification('r', { kind: 'live_session_reminder', params, link: '/live/s1' });
    const cancelled = aNotification('x', { kind: 'live_session_cancelled', params, link: '/live/s1' });
    expect(store.text(reminder)).toBe(`Muistutus: Aamupala-info alkaa ${translator.formatDateTime(startsAt)}.`);
    translator.use('en');
    expect(store.text(cancelled)).toBe(
      `The session Breakfast info (${translator.formatDateTime(startsAt)}) has been cancelled.`,
    );
  });
});
