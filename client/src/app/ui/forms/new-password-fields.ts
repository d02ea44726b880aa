import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { merge } from 'rxjs';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../icon/icon';
import { ICON_SHAPES } from '../icon/icon-shapes';
import { passwordErrorKey } from './password-rules';

/**
 * A new password and its confirmation, with the rules as a hint and a show-password toggle, for every form that
 * sets one (invitation, reset, change). The form owns the controls and `passwordsMatch()`; this only shows them.
 */
@Component({
  selector: 'kp-new-password-fields',
  imports: [Icon, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ labelKey() | t }}</mat-label>
      <input
        matInput
        [type]="shown() ? 'text' : 'password'"
        name="password"
        [formControl]="password()"
        autocomplete="new-password"
        required
      />
      <button
        mat-icon-button
        matSuffix
        type="button"
        class="kp-show-password"
        [attr.aria-label]="'core.password.show' | t"
        [attr.aria-pressed]="shown()"
        (click)="shown.set(!shown())"
      >
        <kp-icon [shape]="shown() ? icons.visibilityOff : icons.visibility" />
      </button>
      <mat-hint>{{ 'auth.passwordRules' | t }}</mat-hint>
      @if (errorKey(password()); as e) {
        <mat-error>{{ e.key | t: e.params }}</mat-error>
      }
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ 'auth.confirmPassword' | t }}</mat-label>
      <input
        matInput
        [type]="shown() ? 'text' : 'password'"
        name="confirm"
        [formControl]="confirm()"
        autocomplete="new-password"
        required
      />
      @if (errorKey(confirm()); as e) {
        <mat-error data-testid="confirm-error">{{ e.key | t: e.params }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class NewPasswordFields {
  protected readonly icons = ICON_SHAPES;
  readonly password = input.required<FormControl<string>>();
  readonly confirm = input.required<FormControl<string>>();
  /** The first field's label: "Password" on an invitation, "New password" elsewhere. */
  readonly labelKey = input('auth.newPassword');

  protected readonly shown = signal(false);
  protected readonly errorKey = passwordErrorKey;

  constructor() {
    // The form marks the controls touched or sets server errors on them: show those in this OnPush view too.
    const changes = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = merge(this.password().events, this.confirm().events).subscribe(() => changes.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }
}
