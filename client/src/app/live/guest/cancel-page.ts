import { ErrorCode } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { apiErrorCode, errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { GuestApi } from './guest-api';

type CancelState = 'ask' | 'done' | 'invalid';

/**
 * `/s/:slug/cancel/:token`, public: the e-mailed cancel link. It asks first, so a mail scanner that follows the
 * link cancels nothing; the POST carries the CSRF token like every state-changing request.
 */
@Component({
  selector: 'kp-cancel-registration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  templateUrl: './cancel-page.html',
  styleUrl: './guest-page.scss',
})
export class CancelRegistrationPage {
  private readonly api = inject(GuestApi);
  private readonly focus = focusAfterRender();

  /** Route parameters, bound by withComponentInputBinding. */
  readonly slug = input.required<string>();
  readonly token = input.required<string>();

  protected readonly state = signal<CancelState>('ask');
  protected readonly errorKey = signal<string | null>(null);
  protected readonly submitting = signal(false);

  protected async cancel(): Promise<void> {
    this.errorKey.set(null);
    this.submitting.set(true);
    try {
      await firstValueFrom(this.api.cancel(this.token()));
      this.state.set('done');
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === ErrorCode.TokenInvalid || code === ErrorCode.ValidationFailed) this.state.set('invalid');
      else this.errorKey.set(errorMessageKey(error));
    } finally {
      this.submitting.set(false);
    }
    this.focus('#kp-cancel-result');
  }
}
