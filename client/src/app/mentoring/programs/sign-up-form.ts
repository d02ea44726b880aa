import type { MentoringProgram } from '@kotopaikka/contracts';

import { computed, effect, inject, type Signal, signal, untracked } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { Router } from '@angular/router';
import type { Observable } from 'rxjs';

import { SessionStore } from '../../core/auth/session-store';
import { errorMessageKey } from '../../core/http/api-error';
import { keyedLoad } from '../../core/http/keyed-load';
import { applyFieldProblems } from '../../live/form/session-form-model';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { MentoringProgramsApi } from '../data-access/mentoring-programs-api';

export const INVALID_FIELD = '.ng-invalid:is(input, select, textarea), .kp-invalid-list input';

/**
 * What the two sign-up forms share, in an injection context: the program (its name and municipalities, the person's
 * own chosen first), and sending the form: the focus to the first wrong field, the server's problems at their fields,
 * back to the program when it went through. The municipality is chosen for the person once the program has come.
 */
export function signUpForm(id: Signal<string>, form: FormGroup) {
  const api = inject(MentoringProgramsApi);
  const router = inject(Router);
  const me = inject(SessionStore).me;
  const focus = focusAfterRender();
  const loader = keyedLoad(id, (programId) => api.get(programId));
  const sending = signal(false);
  const failure = signal<string | null>(null);

  const defaultMunicipality = (program: MentoringProgram): string => {
    const own = me()?.municipality?.id;
    if (own && program.municipalities.some((m) => m.id === own)) return own;
    return program.municipalities.length === 1 ? program.municipalities[0].id : '';
  };

  effect(() => {
    const program = loader.value();
    const municipality = form.get('municipalityId');
    if (program && municipality)
      untracked(() => {
        if (!municipality.value) municipality.setValue(defaultMunicipality(program));
      });
  });

  return {
    api,
    load: loader.state,
    program: loader.value,
    notFound: computed(() => loader.failure() === 404),
    sending: sending.asReadonly(),
    failure: failure.asReadonly(),
    send<T>(request: () => Observable<T>): void {
      failure.set(null);
      form.updateValueAndValidity();
      if (form.invalid || sending()) {
        form.markAllAsTouched();
        focus(INVALID_FIELD);
        return;
      }
      sending.set(true);
      request().subscribe({
        next: () => {
          sending.set(false);
          void router.navigate(['/mentoring/programs', id()]);
        },
        error: (error: unknown) => {
          sending.set(false);
          if (applyFieldProblems(form, error).length) {
            focus(INVALID_FIELD);
          } else {
            failure.set(errorMessageKey(error));
            focus('[data-testid=form-failure]');
          }
        },
      });
    },
  };
}
