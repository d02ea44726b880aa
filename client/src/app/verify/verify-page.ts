import type { CertificateVerification } from '@kotopaikka/contracts';

import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

import { DateTimePipe } from '../core/i18n/format-pipes';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Translator } from '../core/i18n/translator';

type VerifyState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; result: CertificateVerification }
  | { status: 'error' };

/** What a certificate code may look like once normalised; anything else is not sent. */
const CODE_PATTERN = /^[A-Z0-9]{4,64}$/;

/** Codes are printed in upper case; people type them in any case, with spaces or hyphens between groups. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** `/verify/:code`, public: anyone holding a certificate code can check that it is genuine. */
@Component({
  selector: 'kp-verify-page',
  imports: [
    DateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify-page.html',
  styleUrl: './verify-page.scss',
})
export class VerifyPage {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly translator = inject(Translator);
  /** Route parameter (absent on `/verify`), bound by withComponentInputBinding. */
  readonly code = input<string | undefined>(undefined);
  protected readonly state = signal<VerifyState>({ status: 'idle' });
  private readonly attempt = signal(0);
  protected readonly codeField = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(CODE_PATTERN)],
  });

  constructor() {
    toObservable(computed(() => ({ raw: this.code(), locale: this.translator.locale(), attempt: this.attempt() })))
      .pipe(
        switchMap(({ raw, locale }) => {
          const code = normaliseCode(raw ?? '');
          if (!code) return of<VerifyState>({ status: 'idle' });
          this.codeField.setValue(code);
          if (!CODE_PATTERN.test(code)) return of<VerifyState>({ status: 'done', result: notValid(code) });
          return this.http
            .get<CertificateVerification>(`/api/certificates/${encodeURIComponent(code)}`, { params: { locale } })
            .pipe(
              map((result): VerifyState => ({ status: 'done', result })),
              // An unknown code may answer 404 or 400: for the reader it is simply not a valid certificate.
              catchError((error: unknown) =>
                of<VerifyState>(
                  error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400)
                    ? { status: 'done', result: notValid(code) }
                    : { status: 'error' },
                ),
              ),
              startWith<VerifyState>({ status: 'loading' }),
            );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected check(event: Event): void {
    event.preventDefault();
    this.codeField.setValue(normaliseCode(this.codeField.value));
    if (this.codeField.invalid) {
      this.codeField.markAsTouched();
      return;
    }
    void this.router.navigate(['/verify', this.codeField.value]);
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }
}

function notValid(code: string): CertificateVerification {
  return { valid: false, learnerName: null, courseTitle: null, completedAt: null, issuer: null, code };
}
