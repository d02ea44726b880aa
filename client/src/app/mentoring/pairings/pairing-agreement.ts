import {
  AGREEMENT_MAX_WEEKS,
  AGREEMENT_MIN_WEEKS,
  MEETING_FREQUENCIES,
  MENTEE_MEETING_MODES,
  type MentoringAgreement,
  type MentoringAgreementInput,
  type PairingDetail,
  type PairingSide,
  WEEKDAYS,
} from '@kotopaikka/contracts';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { failedStatus } from '../../core/http/keyed-load';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { addDays, helsinkiDay } from '../../live/shared/helsinki-time';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { PairingsApi } from '../data-access/pairings-api';
import { dayDate, failureKey } from './pairing-view';

/** The agreed end date's allowed days: 4 to 24 weeks after the day the pairing started (Helsinki). */
export function endDateRange(startedAt: string): { min: string; max: string } {
  const start = helsinkiDay(startedAt);
  return { min: addDays(start, AGREEMENT_MIN_WEEKS * 7), max: addDays(start, AGREEMENT_MAX_WEEKS * 7) };
}

/** The agreement, filled in together: a save makes a new version that both sides then confirm. */
@Component({
  selector: 'kp-pairing-agreement',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pairing-agreement.html',
  styleUrl: './pairing-section.scss',
})
export class PairingAgreement {
  private readonly api = inject(PairingsApi);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();
  protected readonly frequencies = MEETING_FREQUENCIES;
  protected readonly modes = MENTEE_MEETING_MODES;
  protected readonly weekdays = WEEKDAYS;
  protected readonly sides: PairingSide[] = ['mentor', 'mentee'];

  readonly pairing = input.required<PairingDetail>();
  readonly changed = output<void>();
  readonly done = output<string>();

  protected readonly editable = computed(() => this.pairing().status === 'active' && this.pairing().mySide !== null);
  protected readonly agreement = computed(() => this.pairing().agreement);
  protected readonly range = computed(() => {
    const started = this.pairing().startedAt;
    return started ? endDateRange(started) : null;
  });
  protected readonly rangeText = computed(() => {
    const range = this.range();
    return range ? { min: this.day(range.min), max: this.day(range.max) } : null;
  });
  protected readonly mayConfirm = computed(() => {
    const a = this.agreement();
    const side = this.pairing().mySide;
    return this.editable() && !!a && !!side && !(side === 'mentor' ? a.mentorConfirmed : a.menteeConfirmed);
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    goals: ['', [Validators.required, Validators.maxLength(4000)]],
    meetingFrequency: this.fb.control<string>('', Validators.required),
    preferredDays: this.fb.group(Object.fromEntries(WEEKDAYS.map((d) => [d, false]))),
    mode: this.fb.control<string>('', Validators.required),
    endsOn: ['', [Validators.required, (c: AbstractControl) => this.inRange(c)]],
    confidentiality: ['', [Validators.required, Validators.maxLength(2000)]],
  });

  constructor() {
    // A new version (saved here or by the other side) fills the form again.
    const version = computed(() => this.agreement()?.version ?? null);
    effect(() => {
      version();
      untracked(() => this.fill(this.agreement()));
    });
  }

  protected errorKey(control: AbstractControl): { key: string; params?: Record<string, string | number> } | null {
    if (!control.touched) return null;
    if (control.errors?.['range'] && this.rangeText())
      return { key: 'mentoring.pairings.agreement.endsOnRange', params: this.rangeText() ?? {} };
    return controlErrorKey(control);
  }

  protected confirmedText(agreement: MentoringAgreement, side: PairingSide): string {
    const confirmed = side === 'mentor' ? agreement.mentorConfirmed : agreement.menteeConfirmed;
    return this.translator.t(`mentoring.pairings.agreement.${confirmed ? 'sideConfirmed' : 'sideNotConfirmed'}`, {
      side: this.translator.t(`mentoring.pairings.side.${side}`),
    });
  }

  protected daysText(agreement: MentoringAgreement): string {
    return agreement.preferredDays.map((d) => this.translator.t(`mentoring.pairings.day.${d}`)).join(', ');
  }

  protected day(key: string): string {
    return this.translator.formatDate(dayDate(key));
  }

  protected save(): void {
    if (this.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.focus('.ng-invalid[formControlName]');
      return;
    }
    const value = this.form.getRawValue();
    const input: MentoringAgreementInput = {
      goals: value.goals.trim(),
      meetingFrequency: value.meetingFrequency as MentoringAgreementInput['meetingFrequency'],
      preferredDays: WEEKDAYS.filter((d) => value.preferredDays[d]),
      mode: value.mode as MentoringAgreementInput['mode'],
      endsOn: value.endsOn,
      confidentiality: value.confidentiality.trim(),
    };
    this.run(this.api.saveAgreement(this.pairing().id, input), 'mentoring.pairings.agreement.savedNeedsConfirm');
  }

  protected confirm(agreement: MentoringAgreement): void {
    if (this.saving()) return;
    this.run(
      this.api.confirmAgreement(this.pairing().id, { version: agreement.version }),
      'mentoring.pairings.saved',
      'mentoring.pairings.agreement.stale',
    );
  }

  private run(
    request: ReturnType<PairingsApi['saveAgreement']>,
    doneKey: string,
    conflictKey = 'core.error.conflict',
  ): void {
    this.saving.set(true);
    this.failure.set(null);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        this.changed.emit();
        this.done.emit(doneKey);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        applyServerErrors(this.form, error);
        this.failure.set(failureKey(error, conflictKey));
        // A stale read: show the version that is there now.
        if (failedStatus(error) === 409) this.changed.emit();
        this.focus('[data-testid=agreement-failure]');
      },
    });
  }

  private fill(agreement: MentoringAgreement | null): void {
    if (!agreement) return;
    this.form.reset({
      goals: agreement.goals,
      meetingFrequency: agreement.meetingFrequency,
      preferredDays: Object.fromEntries(WEEKDAYS.map((d) => [d, agreement.preferredDays.includes(d)])),
      mode: agreement.mode,
      endsOn: agreement.endsOn,
      confidentiality: agreement.confidentiality,
    });
  }

  private inRange(control: AbstractControl): ValidationErrors | null {
    const value = control.value as string;
    if (!value) return null;
    const range = this.range();
    if (!range) return null;
    return value < range.min || value > range.max ? { range: true } : null;
  }
}
