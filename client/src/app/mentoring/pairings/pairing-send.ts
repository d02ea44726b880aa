import { type OutputEmitterRef, signal } from '@angular/core';
import type { Observable } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';

/**
 * A pairing section's changes, one at a time: while one is on its way another is ignored; when it went through, `then`
 * runs and the page is told to read the pairing again; when it failed, its message is kept for the section to show.
 */
export function pairingSend(changed: OutputEmitterRef<void>, onStart?: () => void) {
  const sending = signal(false);
  const failure = signal<string | null>(null);
  return {
    sending: sending.asReadonly(),
    failure: failure.asReadonly(),
    send(request: Observable<unknown>, then?: () => void): void {
      if (sending()) return;
      sending.set(true);
      failure.set(null);
      onStart?.();
      request.subscribe({
        next: () => {
          sending.set(false);
          then?.();
          changed.emit();
        },
        error: (error: unknown) => {
          sending.set(false);
          failure.set(errorMessageKey(error));
        },
      });
    },
  };
}
