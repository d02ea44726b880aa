import { ErrorCode, type InvitationPreview } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { AuthApi } from '../../core/auth/auth-api';
import { SessionStore } from '../../core/auth/session-store';
import { apiErrorCode, errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { NewPasswordFields } from '../../ui/forms/new-password-fields';
import { passwordsMatch, passwordValidators } from '../../ui/forms/password-rules';

type InvitationState = 'checking' | 'ready' | 'invalid';

/** `/invitation/:token`: the invitee sets a name and password, is logged in with it and lands on home. */
@Component({
  selector: 'kp-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NewPasswordFields, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './invitation-page.html',
  styleUrl: '../auth-page.scss',
})
export class InvitationPage {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Route parameter, bound by withComponentInputBinding. */
  readonly token = input.required<string>();

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      displayName: ['', [Validators.required, Validators.maxLength(120)]],
      password: ['', passwordValidators],
      confirm: ['', Validators.required],
    },
    { validators: passwordsMatch() },
  );
  protected readonly state = signal<InvitationState>('checking');
  protected readonly invitation = signal<InvitationPreview | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly controlErrorKey = controlErrorKey;

  constructor() {
    effect(() => void this.load(this.token()));
  }

  private async load(token: string): Promise<void> {
    this.state.set('checking');
    try {
      const invitation = await firstValueFrom(this.api.invitation(token));
      this.invitation.set(invitation);
      this.form.controls.displayName.setValue(invitation.displayName);
      this.state.set('ready');
    } catch {
      this.state.set('invalid');
    }
  }

  protected async submit(): Promise<void> {
    this.errorKey.set(null);
    const invitation = this.invitation();
    if (this.form.invalid || !invitation) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    const { displayName, password } = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.api.acceptInvitation({ token: this.token(), password, displayName: displayName.trim() }),
      );
    } catch (error) {
      this.showError(error);
      this.submitting.set(false);
      return;
    }
    try {
      await this.session.login(invitation.email, password);
      await this.router.navigateByUrl('/');
    } catch {
      // The account exists now; if logging in fails the user can still log in by hand.
      await this.router.navigate(['/login']);
    } finally {
      this.submitting.set(false);
    }
  }

  private showError(error: unknown): void {
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
  }
}
