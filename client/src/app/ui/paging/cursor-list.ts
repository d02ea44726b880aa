import type { Page } from '@kotopaikka/contracts';

import { computed, DestroyRef, inject, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';

export type ListStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * A "load more" list over a cursor-paged endpoint. Call in an injection context;
 * a reload cancels a page still in flight so results never arrive out of order.
 */
export function cursorList<T>(fetchPage: (cursor: string | null) => Observable<Page<T>>) {
  const items = signal<T[]>([]);
  const nextCursor = signal<string | null>(null);
  const status = signal<ListStatus>('idle');
  const error = signal<unknown>(null);
  let inFlight: Subscription | undefined;

  const load = (cursor: string | null) => {
    inFlight?.unsubscribe();
    status.set('loading');
    error.set(null);
    inFlight = fetchPage(cursor).subscribe({
      next: (page) => {
        items.update((current) => (cursor ? [...current, ...page.items] : page.items));
        nextCursor.set(page.nextCursor);
        status.set('loaded');
      },
      error: (failure: unknown) => {
        error.set(failure);
        status.set('error');
      },
    });
  };
  inject(DestroyRef).onDestroy(() => inFlight?.unsubscribe());

  return {
    items: items.asReadonly(),
    nextCursor: nextCursor.asReadonly(),
    status: status.asReadonly(),
    /** What the last load failed with, for a message that says why. */
    error: error.asReadonly(),
    loading: computed(() => status() === 'loading'),
    empty: computed(() => status() === 'loaded' && items().length === 0),
    /** Error on the first page: the list has nothing to show. */
    failed: computed(() => status() === 'error' && items().length === 0),
    reload: () => load(null),
    loadMore: () => {
      const cursor = nextCursor();
      if (cursor && status() !== 'loading') load(cursor);
    },
    /** Replace one item in place after a write answered with its new state. */
    replace: (match: (item: T) => boolean, next: T) =>
      items.update((current) => current.map((item) => (match(item) ? next : item))),
    remove: (match: (item: T) => boolean) => items.update((current) => current.filter((item) => !match(item))),
  };
}

export type CursorList<T> = ReturnType<typeof cursorList<T>>;

/** The part of a cursor list that paging UI reads and drives. */
export type PagedList<T> = Pick<CursorList<T>, 'items' | 'nextCursor' | 'status' | 'loadMore'>;
