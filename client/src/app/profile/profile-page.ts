import { DEFAULT_LOCALE, type Locale } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { SessionStore } from '../core/auth/session-store';
import { errorMessageKey } from '../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../core/http/form-errors';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { LOCALE_NAMES, Translator } from '../core/i18n/translator';
import { ChangePasswordForm } from './change-password-form';
import { EmailPreferencesForm } from './email-preferences-form';

@Component({
  selector: 'kp-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ChangePasswordForm,
    EmailPreferencesForm,
    TranslatePipe,
  ],
  templateUrl: './profile-page.html',
  styleUrls: ['./profile-page.scss', './profile-form.scss'],
})
export class ProfilePage {
  protected readonly session = inject(SessionStore);
  private readonly translator = inject(Translator);
  protected readonly locales = this.translator.locales.map((locale) => ({ locale, name: LOCALE_NAMES[locale] }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(120)]],
    locale: [DEFAULT_LOCALE as Locale, Validators.required],
  });
  protected readonly status = signal<{ kind: 'saved' | 'error'; key: string } | null>(null);
  protected readonly saving = signal(false);
  protected readonly controlErrorKey = controlErrorKey;

  constructor() {
    // Follow the stored profile (and a language switched from the toolbar) until the user edits the form.
    effect(() => {
      const me = this.session.me();
      if (me && this.form.pristine) this.form.setValue({ displayName: me.displayName, locale: me.locale });
    });
  }

  protected async save(): Promise<void> {
    this.status.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const { displayName, locale } = this.form.getRawValue();
      await this.session.updateProfile({ displayName: displayName.trim(), locale });
      this.translator.use(locale);
      this.form.markAsPristine();
      this.status.set({ kind: 'saved', key: 'profile.saved' });
    } catch (error) {
      applyServerErrors(this.form, error);
      this.status.set({ kind: 'error', key: errorMessageKey(error) });
    } finally {
      this.saving.set(false);
    }
  }
}
