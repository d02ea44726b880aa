import type { PairingDetail, PairingSide, ProposalAnswerInput } from '@kotopaikka/contracts';

import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { PairingsApi } from '../data-access/pairings-api';
import { otherSide } from './pairing-view';

/** Accept or decline a proposal (a decline with an optional reason), beside where the other side's answer stands. */
@Component({
  selector: 'kp-proposal-answer',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="proposal-answer-heading">
      <h2 id="proposal-answer-heading">{{ 'mentoring.pairings.answer.title' | t }}</h2>
      @if (myAnswer(); as mine) {
        <p data-testid="my-answer">{{ 'mentoring.pairings.answer.yours.' + mine | t }}</p>
      }
      <p data-testid="other-answer">{{ otherAnswerText() }}</p>
      @if (mayAnswer()) {
        <div class="kp-actions">
          <button
            mat-flat-button
            type="button"
            [attr.aria-disabled]="sending() || null"
            (click)="send({ answer: 'accept' })"
            data-testid="answer-accept"
          >
            {{ 'mentoring.pairings.answer.accept' | t }}
          </button>
          <button
            mat-stroked-button
            type="button"
            [attr.aria-expanded]="declining()"
            aria-controls="proposal-decline"
            (click)="openDecline()"
            data-testid="answer-decline"
          >
            {{ 'mentoring.pairings.answer.decline' | t }}
          </button>
        </div>
        @if (declining()) {
          <div id="proposal-decline">
            <mat-form-field class="kp-wide">
              <mat-label>{{ 'mentoring.pairings.answer.declineReason' | t }}</mat-label>
              <textarea
                matInput
                rows="3"
                maxlength="1000"
                [formControl]="reason"
                data-testid="decline-reason"
              ></textarea>
              <mat-hint>{{ 'mentoring.pairings.answer.declineReasonHint' | t }}</mat-hint>
            </mat-form-field>
            <div class="kp-actions">
              <button
                mat-flat-button
                type="button"
                [attr.aria-disabled]="sending() || null"
                (click)="decline()"
                data-testid="decline-confirm"
              >
                {{ 'mentoring.pairings.answer.confirmDecline' | t }}
              </button>
              <button mat-button type="button" (click)="declining.set(false)">
                {{ 'mentoring.pairings.cancel' | t }}
              </button>
            </div>
          </div>
        }
      }
      @if (failure(); as key) {
        <p class="kp-error" role="alert" data-testid="answer-failure">{{ key | t }}</p>
      }
    </section>
  `,
  styleUrl: './pairing-section.scss',
})
export class ProposalAnswer {
  private readonly api = inject(PairingsApi);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();

  readonly pairing = input.required<PairingDetail>();
  readonly mayAnswer = input(false);
  /** The answer went through: the notice to show. */
  readonly answered = output<string>();
  /** 409: the page reads the pairing again to say why. */
  readonly conflict = output<void>();

  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] });
  protected readonly declining = signal(false);
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly myAnswer = computed(() => {
    const p = this.pairing();
    return p.mySide ? p[p.mySide].answer : null;
  });
  protected readonly otherAnswerText = computed(() => {
    const p = this.pairing();
    const texts = (side: PairingSide) => {
      const name = this.translator.t(`mentoring.pairings.side.${side}`);
      const answer = p[side].answer ?? 'none';
      return this.translator.t(`mentoring.pairings.answer.other.${answer}`, { side: name });
    };
    return p.mySide ? texts(otherSide(p.mySide)) : `${texts('mentor')} ${texts('mentee')}`;
  });

  protected openDecline(): void {
    this.declining.set(true);
    this.focus('[data-testid=decline-reason]');
  }

  protected decline(): void {
    if (this.reason.invalid) return;
    const reason = this.reason.value.trim();
    this.send(reason ? { answer: 'decline', reason } : { answer: 'decline' });
  }

  protected send(input: ProposalAnswerInput): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.api.answer(this.pairing().id, input).subscribe({
      next: () => {
        this.sending.set(false);
        this.answered.emit(`mentoring.pairings.answer.yours.${input.answer === 'accept' ? 'accepted' : 'declined'}`);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        if (error instanceof HttpErrorResponse && error.status === 409) this.conflict.emit();
        else this.failure.set(errorMessageKey(error));
      },
    });
  }
}
