import { ErrorCode, type Locale, type PublicLiveSession, type RegistrationResult } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { apiErrorCode, errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { LOCALE_NAMES, Translator } from '../../core/i18n/translator';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { LiveFormat } from '../shared/live-format';
import { GuestApi } from './guest-api';
import { ResendMailForm } from './resend-mail-form';

/** The first field with an error, in the form's order (a checkbox's control is inside its host). */
const FIRST_INVALID = 'input.ng-invalid, mat-checkbox.ng-invalid input';

type PageState =
  | { status: 'loading' }
  | { status: 'notFound' }
  | { status: 'error' }
  | { status: 'ready'; session: PublicLiveSession };

/**
 * `/s/:slug`, public: an info session's registration page for people without an account. Plain language; the
 * answer (a seat, the waiting list, full, over, cancelled, too many tries) is where focus goes after sending.
 */
@Component({
  selector: 'kp-registration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    ReactiveFormsModule,
    ResendMailForm,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './registration-page.html',
  styleUrl: './guest-page.scss',
})
export class RegistrationPage {
  private readonly api = inject(GuestApi);
  protected readonly format = inject(LiveFormat);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();

  /** Route parameter, bound by withComponentInputBinding. */
  readonly slug = input.required<string>();

  protected readonly state = signal<PageState>({ status: 'loading' });
  protected readonly result = signal<{ state: RegistrationResult['state']; email: string } | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly controlErrorKey = controlErrorKey;
  protected readonly locales = this.translator.locales;
  protected readonly localeNames = LOCALE_NAMES;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    locale: [this.translator.locale() as Locale, Validators.required],
    consent: [false, Validators.requiredTrue],
    // The honeypot: hidden from people and assistive technology, so only a bot fills it.
    website: [''],
  });

  protected readonly title = computed(() => {
    const s = this.state();
    if (s.status !== 'ready') return '';
    return s.session.title[this.translator.locale()] || s.session.title.fi;
  });

  protected readonly description = computed(() => {
    const s = this.state();
    if (s.status !== 'ready') return '';
    return s.session.description[this.translator.locale()] || s.session.description.fi || '';
  });

  constructor() {
    effect(() => void this.load(this.slug()));
  }

  protected async load(slug: string): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      this.state.set({ status: 'ready', session: await firstValueFrom(this.api.session(slug)) });
    } catch (error) {
      this.state.set({ status: apiErrorCode(error) === ErrorCode.NotFound ? 'notFound' : 'error' });
    }
  }

  protected retry(): void {
    void this.load(this.slug());
  }

  protected async submit(): Promise<void> {
    this.errorKey.set(null);
    const s = this.state();
    if (s.status !== 'ready' || this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focus(FIRST_INVALID);
      return;
    }
    const value = this.form.getRawValue();
    const email = value.email.trim();
    this.submitting.set(true);
    try {
      const answer = await firstValueFrom(
        this.api.register(this.slug(), {
          name: value.name.trim(),
          email,
          locale: value.locale,
          consent: value.consent,
          website: value.website,
        }),
      );
      this.result.set({ state: answer.state, email });
      this.focus('#kp-registration-result');
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === ErrorCode.SessionOver || code === ErrorCode.SessionCancelled) {
        this.state.set({
          status: 'ready',
          session: { ...s.session, state: code === ErrorCode.SessionOver ? 'over' : 'cancelled' },
        });
        this.focus('#kp-registration-closed');
      } else if (applyServerErrors(this.form, error)) {
        this.focus(FIRST_INVALID);
      } else {
        this.errorKey.set(code === ErrorCode.TooManyRequests ? 'guest.result.limited' : errorMessageKey(error));
        this.focus('#kp-registration-error');
      }
    } finally {
      this.submitting.set(false);
    }
  }
}
