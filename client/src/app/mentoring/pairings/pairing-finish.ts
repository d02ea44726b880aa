import type { PairingDetail } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { Observable } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { PairingsApi } from '../data-access/pairings-api';
import { isFinished } from './pairing-view';

/** Completing or ending a pairing early (each confirmed first), then each side's closing feedback. */
@Component({
  selector: 'kp-pairing-finish',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pairing-finish.html',
  styleUrl: './pairing-section.scss',
})
export class PairingFinish {
  private readonly api = inject(PairingsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();
  protected readonly scale = [1, 2, 3, 4, 5];

  readonly pairing = input.required<PairingDetail>();
  readonly changed = output<void>();
  /** The pairing ended: the page reads it again and shows this notice. */
  readonly done = output<string>();

  protected readonly active = computed(() => this.pairing().status === 'active');
  protected readonly mayComplete = computed(() => this.active() && this.pairing().mySide !== null);
  protected readonly mayEnd = computed(
    () => this.active() && (this.pairing().mySide !== null || this.pairing().mayManage),
  );
  protected readonly askFeedback = computed(() => isFinished(this.pairing()) && this.pairing().mySide !== null);
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly ending = signal(false);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly endReason = this.fb.control('', [Validators.required, Validators.maxLength(1000)]);
  protected readonly feedback = this.fb.group({
    usefulness: this.fb.control<number | null>(null, Validators.required),
    match: this.fb.control<number | null>(null, Validators.required),
    comment: ['', Validators.maxLength(2000)],
  });
  protected readonly errorKey = controlErrorKey;

  protected complete(): void {
    confirmAction(this.dialog, {
      title: this.translator.t('mentoring.pairings.finish.completeTitle'),
      message: this.translator.t('mentoring.pairings.finish.completeMessage'),
      confirmLabel: this.translator.t('mentoring.pairings.finish.complete'),
    }).subscribe((confirmed) => {
      if (confirmed) this.send(this.api.complete(this.pairing().id), 'mentoring.pairings.finish.completed');
    });
  }

  protected openEnd(): void {
    this.ending.set(true);
    this.focus('[data-testid=end-reason]');
  }

  protected end(): void {
    this.endReason.markAsTouched();
    const reason = this.endReason.value.trim();
    if (this.endReason.invalid || !reason) {
      this.endReason.setErrors({ required: true });
      this.focus('[data-testid=end-reason]');
      return;
    }
    confirmAction(this.dialog, {
      title: this.translator.t('mentoring.pairings.finish.endTitle'),
      message: this.translator.t('mentoring.pairings.finish.endMessage'),
      confirmLabel: this.translator.t('mentoring.pairings.finish.endEarly'),
    }).subscribe((confirmed) => {
      if (confirmed) this.send(this.api.end(this.pairing().id, { reason }), 'mentoring.pairings.finish.completed');
    });
  }

  protected sendFeedback(): void {
    this.feedback.markAllAsTouched();
    if (this.feedback.invalid) {
      this.focus('[data-testid=feedback-missing]');
      return;
    }
    const value = this.feedback.getRawValue();
    this.send(
      this.api.feedback(this.pairing().id, {
        usefulness: Number(value.usefulness),
        match: Number(value.match),
        comment: value.comment.trim(),
      }),
      'mentoring.pairings.feedback.thanks',
    );
  }

  private send(request: Observable<unknown>, doneKey: string): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    request.subscribe({
      next: () => {
        this.sending.set(false);
        this.ending.set(false);
        this.done.emit(doneKey);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(errorMessageKey(error));
        this.focus('[data-testid=finish-failure]');
        this.changed.emit();
      },
    });
  }
}
