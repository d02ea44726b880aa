import { ErrorCode } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { AuthApi } from '../../core/auth/auth-api';
import { apiErrorCode, errorMessageKey } from '../../core/http/api-error';
import { controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';

/** Always the same confirmation, so the page never tells whether an address has an account. */
@Component({
  selector: 'kp-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, TranslatePipe],
  templateUrl: './forgot-password-page.html',
  styleUrl: '../auth-page.scss',
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
  });
  protected readonly done = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly controlErrorKey = controlErrorKey;

  protected async submit(): Promise<void> {
    this.errorKey.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      await firstValueFrom(this.api.forgotPassword(this.form.getRawValue().email.trim()));
      this.done.set(true);
    } catch (error) {
      // Rate limiting and outages are worth saying; nothing else may differ from success.
      const code = apiErrorCode(error);
      if (code === ErrorCode.TooManyRequests || code === ErrorCode.ServiceUnavailable || !code) {
        this.errorKey.set(errorMessageKey(error));
      } else {
        this.done.set(true);
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
