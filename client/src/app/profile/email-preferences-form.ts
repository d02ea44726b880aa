import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { firstValueFrom } from 'rxjs';

import { AuthApi } from '../core/auth/auth-api';
import { errorMessageKey } from '../core/http/api-error';
import { TranslatePipe } from '../core/i18n/translate-pipe';

@Component({
  selector: 'kp-email-preferences-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, TranslatePipe],
  templateUrl: './email-preferences-form.html',
  styleUrl: './profile-form.scss',
})
export class EmailPreferencesForm {
  private readonly api = inject(AuthApi);
  protected readonly form = inject(NonNullableFormBuilder).group({ reminders: [true], notifications: [true] });
  protected readonly status = signal<{ kind: 'saved' | 'error'; key: string } | null>(null);
  protected readonly saving = signal(false);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.form.patchValue(await firstValueFrom(this.api.emailPreferences()));
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
    }
  }

  protected async save(): Promise<void> {
    this.status.set(null);
    this.saving.set(true);
    try {
      this.form.patchValue(await firstValueFrom(this.api.saveEmailPreferences(this.form.getRawValue())));
      this.status.set({ kind: 'saved', key: 'profile.emailPrefs.saved' });
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
    } finally {
      this.saving.set(false);
    }
  }
}
