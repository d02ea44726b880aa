import type { Locale } from '@kotopaikka/contracts';

import { computed, type Signal } from '@angular/core';

import { keyedLoad } from '../../core/http/keyed-load';
import type { TrainingApi } from '../data-access/training-api';

/** Loads the course whenever the route's id or the language changes; call in an injection context. */
export function courseLoader(api: TrainingApi, id: Signal<string>, locale: Signal<Locale>) {
  return keyedLoad(
    computed(() => ({ courseId: id(), locale: locale() })),
    ({ courseId, locale: asked }) => api.course(courseId, asked),
  );
}
