import { ErrorCode } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { AuthApi } from '../../core/auth/auth-api';
import { apiErrorCode, errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { NewPasswordFields } from '../../ui/forms/new-password-fields';
import { passwordsMatch, passwordValidators } from '../../ui/forms/password-rules';

type ResetState = 'checking' | 'ready' | 'invalid' | 'done';

@Component({
  selector: 'kp-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NewPasswordFields,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './reset-password-page.html',
  styleUrl: '../auth-page.scss',
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);

  /** Route parameter, bound by withComponentInputBinding. */
  readonly token = input.required<string>();

  protected readonly form = inject(NonNullableFormBuilder).group(
    { password: ['', passwordValidators], confirm: ['', Validators.required] },
    { validators: passwordsMatch() },
  );
  protected readonly state = signal<ResetState>('checking');
  protected readonly errorKey = signal<string | null>(null);
  protected readonly submitting = signal(false);

  constructor() {
    effect(() => void this.check(this.token()));
  }

  private async check(token: string): Promise<void> {
    this.state.set('checking');
    try {
      await firstValueFrom(this.api.checkResetToken(token));
      this.state.set('ready');
    } catch (error) {
      if (apiErrorCode(error) === ErrorCode.TooManyRequests) this.errorKey.set(errorMessageKey(error));
      this.state.set('invalid');
    }
  }

  protected async submit(): Promise<void> {
    this.errorKey.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      await firstValueFrom(this.api.resetPassword(this.token(), this.form.getRawValue().password));
      this.state.set('done');
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === ErrorCode.TokenInvalid || code === ErrorCode.NotFound) {
        this.state.set('invalid');
      } else if (code === ErrorCode.PasswordTooWeak) {
        this.form.controls.password.setErrors({ weak: true });
        this.form.controls.password.markAsTouched();
      } else {
        applyServerErrors(this.form, error);
        this.errorKey.set(errorMessageKey(error));
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
