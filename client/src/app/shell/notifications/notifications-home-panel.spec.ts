import type { AppNotification } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { CsrfToken } from '../../core/http/csrf-token';
import { adminTestProviders } from '../../testing/admin-testing';
import { NotificationsHomePanel } from './notifications-home-panel';

const note = (id: string, readAt: string | null): AppNotification => ({
  id,
  kind: 'training.assigned',
  params: { 'courseTitle.fi': `Kurssi ${id}`, 'courseTitle.en': `Course ${id}` },
  link: `/learning/courses/${id}`,
  createdAt: '2026-12-01T10:00:00Z',
  readAt,
});

describe('NotificationsHomePanel', () => {
  it('lists only the unread, in words, and opens one where it leads, marking it read', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [...adminTestProviders(), provideRouter([{ path: '**', children: [] }])],
    });
    const http = TestBed.inject(HttpTestingController);
    TestBed.inject(CsrfToken).set('csrf');
    const fixture = TestBed.createComponent(NotificationsHomePanel);
    http
      .expectOne('/api/notifications')
      .flush({ items: [note('a', null), note('b', '2026-12-01T11:00:00Z')], nextCursor: null, unread: 1 });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const items = Array.from(el.querySelectorAll<HTMLButtonElement>('[data-testid=home-notification]'));
    expect(items.map((b) => b.textContent?.trim())).toEqual(['Sinulle on määrätty kurssi Kurssi a.']);

    items[0].click();
    http.expectOne('/api/notifications/a/read').flush({ unread: 0 });
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/learning/courses/a');
    expect(el.querySelector('[data-testid=home-notification]')).toBeNull();
    http.verify();
  });
});
