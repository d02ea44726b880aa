import { computed, type Signal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, map, type Observable, of, startWith, switchMap } from 'rxjs';

/** A page's one thing from the API: loading, there, or failed with the error the request gave. */
export type KeyedLoadState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: unknown };

/** The HTTP status of a failed request (0 when there was no answer at all). */
export function failedStatus(error: unknown): number {
  return (error as { status?: unknown } | null)?.status === undefined
    ? 0
    : Number((error as { status: unknown }).status);
}

/**
 * Loads `fetch(key())` whenever the key changes (a route's id, the id with the language), dropping an answer that
 * came for a key no longer asked; call in an injection context. `patch` applies a local change without a round trip.
 */
export function keyedLoad<K, T>(key: Signal<K>, fetch: (key: K) => Observable<T>) {
  const state = signal<KeyedLoadState<T>>({ status: 'loading' });
  const reloads = signal(0);
  toObservable(computed(() => ({ key: key(), reload: reloads() })))
    .pipe(
      switchMap(({ key: asked }) =>
        fetch(asked).pipe(
          map((value): KeyedLoadState<T> => ({ status: 'ready', value })),
          catchError((error: unknown) => of<KeyedLoadState<T>>({ status: 'failed', error })),
          startWith<KeyedLoadState<T>>({ status: 'loading' }),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((next) => state.set(next));
  return {
    state: state.asReadonly(),
    /** The loaded value, or null while loading or after a failure. */
    value: computed(() => {
      const now = state();
      return now.status === 'ready' ? now.value : null;
    }),
    /** The failed request's HTTP status (0: no answer), or null. */
    failure: computed(() => {
      const now = state();
      return now.status === 'failed' ? failedStatus(now.error) : null;
    }),
    reload: () => reloads.update((n) => n + 1),
    patch: (change: (value: T) => T) =>
      state.update((now) => (now.status === 'ready' ? { status: 'ready', value: change(now.value) } : now)),
  };
}
