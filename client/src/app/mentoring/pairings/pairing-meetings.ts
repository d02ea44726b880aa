import { MEETING_MODES, type MentoringMeetingMode, type PairingDetail } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';

import { errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { fromHelsinkiLocal, toHelsinkiLocal } from '../../live/shared/helsinki-time';
import { LIVE_NOW } from '../../live/shared/live-clock';
import { LiveFormat } from '../../live/shared/live-format';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { PairingsApi } from '../data-access/pairings-api';

function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const { startsAt, endsAt } = group.value as { startsAt: string; endsAt: string };
  return startsAt && endsAt && endsAt <= startsAt ? { endBeforeStart: true } : null;
}

/** Meetings: schedule one as a live session (room, reminders, calendar file) or log one held without it. */
@Component({
  selector: 'kp-pairing-meetings',
  imports: [
    DateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pairing-meetings.html',
  styleUrl: './pairing-section.scss',
})
export class PairingMeetings {
  private readonly api = inject(PairingsApi);
  private readonly now = inject(LIVE_NOW);
  private readonly focus = focusAfterRender();
  protected readonly format = inject(LiveFormat);
  protected readonly modes = MEETING_MODES;

  readonly pairing = input.required<PairingDetail>();
  readonly changed = output<void>();

  protected readonly editable = computed(() => this.pairing().status === 'active' && this.pairing().mySide !== null);
  protected readonly meetings = computed(() =>
    [...this.pairing().meetings].sort((a, b) => b.heldAt.localeCompare(a.heldAt)),
  );
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** The live session the last scheduling made, for its links. */
  protected readonly scheduled = signal<string | null>(null);
  protected readonly latestHeld = signal(toHelsinkiLocal(this.now()));

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly scheduleForm = this.fb.group(
    { startsAt: ['', Validators.required], endsAt: ['', Validators.required] },
    { validators: endAfterStart },
  );
  protected readonly logForm = this.fb.group({
    heldAt: ['', [Validators.required, (c: AbstractControl) => this.notInFuture(c)]],
    durationMinutes: [60, [Validators.required, Validators.min(5), Validators.max(480)]],
    mode: this.fb.control<MentoringMeetingMode>('in_person', Validators.required),
    place: ['', Validators.maxLength(200)],
  });

  protected errorKey(control: AbstractControl): { key: string; params?: Record<string, number> } | null {
    if (!control.touched || !control.errors) return null;
    if (control.errors['future']) return { key: 'mentoring.pairings.meetings.notInFuture' };
    if (control.errors['min'] || control.errors['max']) return { key: 'mentoring.pairings.meetings.duration' };
    return controlErrorKey(control);
  }

  protected schedule(): void {
    this.scheduleForm.markAllAsTouched();
    if (this.scheduleForm.invalid || this.sending()) return;
    const { startsAt, endsAt } = this.scheduleForm.getRawValue();
    const input = { startsAt: fromHelsinkiLocal(startsAt) ?? '', endsAt: fromHelsinkiLocal(endsAt) ?? '' };
    this.start();
    this.api.scheduleMeeting(this.pairing().id, input).subscribe({
      next: (meeting) => {
        this.done('mentoring.pairings.meetings.scheduled');
        this.scheduled.set(meeting?.liveSessionId ?? null);
        this.scheduleForm.reset();
      },
      error: (error: unknown) => this.fail(error, this.scheduleForm),
    });
  }

  protected log(): void {
    this.latestHeld.set(toHelsinkiLocal(this.now()));
    this.logForm.controls.heldAt.updateValueAndValidity();
    this.logForm.markAllAsTouched();
    if (this.logForm.invalid || this.sending()) return;
    const value = this.logForm.getRawValue();
    this.start();
    this.api
      .logMeeting(this.pairing().id, {
        heldAt: fromHelsinkiLocal(value.heldAt) ?? '',
        durationMinutes: Number(value.durationMinutes),
        mode: value.mode,
        place: value.place.trim(),
      })
      .subscribe({
        next: () => {
          this.done('mentoring.pairings.meetings.logged');
          this.scheduled.set(null);
          this.logForm.reset();
        },
        error: (error: unknown) => this.fail(error, this.logForm),
      });
  }

  private start(): void {
    this.sending.set(true);
    this.failure.set(null);
    this.notice.set(null);
  }

  private done(key: string): void {
    this.sending.set(false);
    this.notice.set(key);
    this.changed.emit();
    this.focus('[data-testid=meetings-notice]');
  }

  private fail(error: unknown, form: Parameters<typeof applyServerErrors>[0]): void {
    this.sending.set(false);
    applyServerErrors(form, error);
    this.failure.set(errorMessageKey(error));
    this.focus('[data-testid=meetings-failure]');
  }

  private notInFuture(control: AbstractControl): ValidationErrors | null {
    const value = control.value as string;
    return value && value > this.latestHeld() ? { future: true } : null;
  }
}
