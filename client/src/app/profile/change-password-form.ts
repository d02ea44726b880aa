import { ErrorCode } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';

import { AuthApi } from '../core/auth/auth-api';
import { apiErrorCode, errorMessageKey } from '../core/http/api-error';
import { applyServerErrors } from '../core/http/form-errors';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { focusAfterRender } from '../ui/focus/focus-after-render';
import { NewPasswordFields } from '../ui/forms/new-password-fields';
import { passwordErrorKey, passwordsMatch, passwordValidators } from '../ui/forms/password-rules';

@Component({
  selector: 'kp-change-password-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NewPasswordFields, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './change-password-form.html',
  styleUrl: './profile-form.scss',
})
export class ChangePasswordForm {
  private readonly api = inject(AuthApi);
  private readonly focus = focusAfterRender();
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', [Validators.required, Validators.maxLength(128)]],
      password: ['', passwordValidators],
      confirm: ['', Validators.required],
    },
    { validators: passwordsMatch() },
  );
  protected readonly status = signal<{ kind: 'saved' | 'error'; key: string } | null>(null);
  protected readonly saving = signal(false);
  protected readonly passwordErrorKey = passwordErrorKey;

  protected async submit(): Promise<void> {
    this.status.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const { currentPassword, password } = this.form.getRawValue();
    try {
      await firstValueFrom(this.api.changePassword({ currentPassword, newPassword: password }));
      this.form.reset();
      this.status.set({ kind: 'saved', key: 'profile.password.changed' });
      this.focus('.kp-password-status');
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === ErrorCode.InvalidCredentials) {
        this.status.set({ kind: 'error', key: 'profile.password.wrongCurrent' });
        this.focus('.kp-password-status');
      } else if (code === ErrorCode.PasswordTooWeak) {
        this.form.controls.password.setErrors({ weak: true });
        this.form.controls.password.markAsTouched();
      } else {
        applyServerErrors(this.form, error);
        this.status.set({ kind: 'error', key: errorMessageKey(error) });
        this.focus('.kp-password-status');
      }
    } finally {
      this.saving.set(false);
    }
  }
}
