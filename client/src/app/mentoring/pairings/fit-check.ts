import { FIT_ANSWERS, type FitAnswer, type PairingDetail } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, input, linkedSignal, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';

import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { PairingsApi } from '../data-access/pairings-api';

/** After the first meeting each side answers, privately, whether the pair fits. */
@Component({
  selector: 'kp-fit-check',
  imports: [MatButtonModule, MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="fit-heading">
      <h2 id="fit-heading">{{ 'mentoring.pairings.fit.title' | t }}</h2>
      <p id="fit-private" data-testid="fit-private">{{ 'mentoring.pairings.fit.private' | t }}</p>
      <p id="fit-question">{{ 'mentoring.pairings.fit.question' | t }}</p>
      <mat-radio-group
        class="kp-options"
        name="fit-check"
        aria-labelledby="fit-question"
        aria-describedby="fit-private"
        [value]="chosen()"
        (change)="chosen.set($event.value)"
      >
        @for (answer of answers; track answer) {
          <mat-radio-button [value]="answer" [attr.data-testid]="'fit-' + answer">
            {{ 'mentoring.pairings.fit.' + answer | t }}
          </mat-radio-button>
        }
      </mat-radio-group>
      <div class="kp-actions">
        <button
          mat-flat-button
          type="button"
          [attr.aria-disabled]="!chosen() || sending() || null"
          (click)="save()"
          data-testid="fit-save"
        >
          {{ 'mentoring.pairings.save' | t }}
        </button>
      </div>
      @if (pairing().myFitAnswer; as mine) {
        <p data-testid="fit-mine">
          {{ 'mentoring.pairings.fit.yours' | t: { answer: ('mentoring.pairings.fit.' + mine | t) } }}
        </p>
      }
      @if (failure(); as key) {
        <p class="kp-error" role="alert" data-testid="fit-failure">{{ key | t }}</p>
      }
    </section>
  `,
  styleUrl: './pairing-section.scss',
})
export class FitCheck {
  private readonly api = inject(PairingsApi);
  protected readonly answers = FIT_ANSWERS;

  readonly pairing = input.required<PairingDetail>();
  readonly changed = output<void>();
  readonly done = output<string>();

  protected readonly chosen = linkedSignal<FitAnswer | null>(() => this.pairing().myFitAnswer);
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected save(): void {
    const answer = this.chosen();
    if (!answer || this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.api.fitCheck(this.pairing().id, { answer }).subscribe({
      next: () => {
        this.sending.set(false);
        this.changed.emit();
        this.done.emit('mentoring.pairings.saved');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(errorMessageKey(error));
      },
    });
  }
}
