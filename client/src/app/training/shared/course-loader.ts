import type { CourseDetail, Locale } from '@kotopaikka/contracts';

import { computed, type Signal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

import type { TrainingApi } from '../data-access/training-api';
import { trainingErrorKey } from './training-errors';

export type CourseState =
  | { status: 'loading' }
  | { status: 'loaded'; course: CourseDetail }
  | { status: 'error'; messageKey: string; notFound: boolean };

/** Loads the course whenever the route's id or the language changes; call in an injection context. */
export function courseLoader(api: TrainingApi, id: Signal<string>, locale: Signal<Locale>) {
  const state = signal<CourseState>({ status: 'loading' });
  const reloads = signal(0);
  toObservable(computed(() => ({ courseId: id(), locale: locale(), reload: reloads() })))
    .pipe(
      switchMap(({ courseId, locale: asked }) =>
        api.course(courseId, asked).pipe(
          map((course): CourseState => ({ status: 'loaded', course })),
          catchError((error: unknown) =>
            of<CourseState>({
              status: 'error',
              messageKey: trainingErrorKey(error),
              notFound: (error as { status?: number }).status === 404,
            }),
          ),
          startWith<CourseState>({ status: 'loading' }),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((next) => state.set(next));
  return {
    state: state.asReadonly(),
    reload: () => reloads.update((n) => n + 1),
    /** Applies a local change (a lesson marked done, a new enrollment state) without a round trip. */
    patch: (change: (course: CourseDetail) => CourseDetail) =>
      state.update((current) =>
        current.status === 'loaded' ? { status: 'loaded', course: change(current.course) } : current,
      ),
  };
}
