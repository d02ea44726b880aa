import type { PairingDetail, PairingSide } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { errorMessageKey } from '../../core/http/api-error';
import { keyedLoad } from '../../core/http/keyed-load';
import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { LiveFormat } from '../../live/shared/live-format';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { PairingsApi } from '../data-access/pairings-api';
import { FitCheck } from './fit-check';
import { PairingAgreement } from './pairing-agreement';
import { PairingFinish } from './pairing-finish';
import { PairingGoals } from './pairing-goals';
import { PairingMeetings } from './pairing-meetings';
import { PairingNotes } from './pairing-notes';
import { awaitsMyAnswer, dayDate, isFinished, otherPerson, otherSide } from './pairing-view';
import { ProposalAnswer } from './proposal-answer';

/** Why an answer met a 409, read from the pairing as it is now: answered already, closed, or the mentor full. */
export function answerConflictKey(pairing: PairingDetail): string {
  if (pairing.status === 'declined' || pairing.status === 'expired') return 'mentoring.pairings.answer.noLongerOpen';
  if (pairing.mySide && pairing[pairing.mySide].answer !== null) return 'mentoring.pairings.answer.alreadyAnswered';
  return 'mentoring.pairings.answer.capacityFull';
}

/**
 * `/mentoring/pairings/:id`: the pair's page. The sections change the pairing through the API and ask for it again
 * (`changed`), so the page shows what the server holds without reloading itself into a spinner.
 */
@Component({
  selector: 'kp-pairing-page',
  imports: [
    DateTimePipe,
    FitCheck,
    MatButtonModule,
    MatProgressBarModule,
    PairingAgreement,
    PairingFinish,
    PairingGoals,
    PairingMeetings,
    PairingNotes,
    ProposalAnswer,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pairing-page.html',
  styleUrls: ['../../live/shared/live-page.scss', './pairings.scss'],
})
export class PairingPage {
  private readonly api = inject(PairingsApi);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();
  protected readonly format = inject(LiveFormat);

  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();

  private readonly loader = keyedLoad(this.id, (id) => this.api.get(id));
  protected readonly load = this.loader.state;
  protected readonly pairing = this.loader.value;
  protected readonly notFound = computed(() => {
    const status = this.loader.failure();
    return status === 404 || status === 403;
  });
  protected readonly notice = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly awaitsMyAnswer = computed(() => {
    const p = this.pairing();
    return !!p && awaitsMyAnswer(p);
  });
  protected readonly finished = computed(() => {
    const p = this.pairing();
    return !!p && isFinished(p);
  });
  protected readonly otherPerson = otherPerson;
  protected readonly otherSide = otherSide;

  protected reload(): void {
    this.loader.reload();
  }

  /** Reads the pairing again in place; `then` sees it as it is now. */
  protected refresh(then?: (pairing: PairingDetail) => void): void {
    this.api.get(this.id()).subscribe({
      next: (fresh) => {
        this.loader.patch(() => fresh);
        then?.(fresh);
      },
      error: (error: unknown) => this.failure.set(errorMessageKey(error)),
    });
  }

  /** A section's result in words, where focus goes so keyboard users continue from it. */
  protected announce(key: string): void {
    this.failure.set(null);
    this.notice.set(key);
    this.focus('[data-testid=pairing-notice]');
  }

  protected answered(key: string): void {
    this.refresh(() => this.announce(key));
  }

  protected answerConflict(): void {
    this.refresh((fresh) => {
      this.notice.set(null);
      this.failure.set(answerConflictKey(fresh));
      this.focus('[data-testid=pairing-failure]');
    });
  }

  protected sideName(side: PairingSide): string {
    return this.translator.t(`mentoring.pairings.side.${side}`);
  }

  protected day(key: string): string {
    return this.translator.formatDate(dayDate(key));
  }
}
