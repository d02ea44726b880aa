import type { PairingSummary } from '@kotopaikka/contracts';

import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { keyedLoad } from '../../core/http/keyed-load';
import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { LiveFormat } from '../../live/shared/live-format';
import { PairingsApi } from '../data-access/pairings-api';
import { awaitsMyAnswer, dayDate, otherPerson } from './pairing-view';

interface PairingGroups {
  waiting: PairingSummary[];
  active: PairingSummary[];
  past: PairingSummary[];
}

/** Proposals waiting for my answer (soonest deadline first), then pairs under way, then the rest, newest first. */
export function groupPairings(pairings: readonly PairingSummary[]): PairingGroups {
  const newestFirst = (a: PairingSummary, b: PairingSummary) => b.proposedAt.localeCompare(a.proposedAt);
  return {
    waiting: pairings.filter(awaitsMyAnswer).sort((a, b) => a.answerBy.localeCompare(b.answerBy)),
    active: pairings
      .filter((p) => p.status === 'active' || (p.status === 'proposed' && !awaitsMyAnswer(p)))
      .sort(newestFirst),
    past: pairings.filter((p) => p.status !== 'active' && p.status !== 'proposed').sort(newestFirst),
  };
}

/** `/mentoring/pairings`: the viewer's own pairings as mentor or mentee. */
@Component({
  selector: 'kp-my-pairings',
  imports: [DateTimePipe, MatButtonModule, MatProgressBarModule, NgTemplateOutlet, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-pairings.html',
  styleUrls: ['../../live/shared/live-page.scss', './pairings.scss'],
})
export class MyPairings {
  private readonly api = inject(PairingsApi);
  private readonly translator = inject(Translator);
  protected readonly format = inject(LiveFormat);

  private readonly loader = keyedLoad(signal(null), () => this.api.mine());
  protected readonly load = this.loader.state;
  protected readonly groups = computed(() => groupPairings(this.loader.value() ?? []));
  protected readonly otherPerson = otherPerson;

  protected reload(): void {
    this.loader.reload();
  }

  protected day(key: string): string {
    return this.translator.formatDate(dayDate(key));
  }
}
