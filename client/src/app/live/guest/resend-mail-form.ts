import { ErrorCode } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';

import { apiErrorCode, errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { GuestApi } from './guest-api';

const ERROR_KEYS: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.TooManyRequests]: 'guest.resend.limited',
  [ErrorCode.SessionOver]: 'guest.state.over',
  [ErrorCode.SessionCancelled]: 'guest.state.cancelled',
};

/**
 * "Didn't get the mail?" on the registration page: the registration mail, with the same personal links, sent again
 * to the address given. The answer is the same whether the address is registered or not, as the server's is.
 */
@Component({
  selector: 'kp-resend-mail-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  templateUrl: './resend-mail-form.html',
  styleUrl: './resend-mail-form.scss',
})
export class ResendMailForm {
  private readonly api = inject(GuestApi);
  private readonly focus = focusAfterRender();

  readonly slug = input.required<string>();

  protected readonly sentTo = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly controlErrorKey = controlErrorKey;

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    // The honeypot, as on the registration form.
    website: [''],
  });

  protected async submit(): Promise<void> {
    this.errorKey.set(null);
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focus('input.ng-invalid');
      return;
    }
    const { email, website } = this.form.getRawValue();
    this.submitting.set(true);
    try {
      await firstValueFrom(this.api.resend(this.slug(), { email: email.trim(), website }));
      this.sentTo.set(email.trim());
      this.focus('#kp-resend-result');
    } catch (error) {
      if (applyServerErrors(this.form, error)) {
        this.focus('input.ng-invalid');
      } else {
        const code = apiErrorCode(error);
        this.errorKey.set((code && ERROR_KEYS[code]) || errorMessageKey(error));
        this.focus('#kp-resend-error');
      }
    } finally {
      this.submitting.set(false);
    }
  }

  protected again(): void {
    this.sentTo.set(null);
    this.focus('input[formcontrolname=email]');
  }
}
