import type { MentoringHealthItem, MentoringHealthKind } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { keyedLoad } from '../../core/http/keyed-load';
import { DateTimePipe, NumberPipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { MentoringMatchingApi } from '../data-access/mentoring-matching-api';

/**
 * MENTORING_HEALTH_KINDS in the page's order, complete by the compiler: importing the contract's array would put it
 * in the initial chunk that the shell shares with @kotopaikka/contracts, over that chunk's budget.
 */
const KIND_ORDER = {
  no_recent_meeting: 0,
  unanswered_proposal: 1,
  not_a_fit: 2,
  ended_early: 3,
} satisfies Record<MentoringHealthKind, number>;
const KINDS = Object.keys(KIND_ORDER) as MentoringHealthKind[];

interface HealthGroup {
  kind: MentoringHealthKind;
  items: MentoringHealthItem[];
}

/**
 * `/mentoring/programs/:id/health`: the pairings that need a coordinator — no meeting in 30 days, unanswered
 * proposals, "not a good fit" answers, early endings — each with since when and what to do, linking to the pairing.
 */
@Component({
  selector: 'kp-program-health',
  imports: [DateTimePipe, MatButtonModule, MatProgressBarModule, NumberPipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-health.html',
  styleUrls: ['../../live/shared/live-page.scss', './matching-page.scss', './program-health.scss'],
})
export class ProgramHealth {
  private readonly api = inject(MentoringMatchingApi);
  private readonly translator = inject(Translator);
  protected readonly kinds = KINDS;

  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();

  private readonly programLoader = keyedLoad(this.id, (id) => this.api.program(id));
  protected readonly program = this.programLoader.value;
  private readonly loader = keyedLoad(this.id, (id) => this.api.health(id));
  protected readonly load = this.loader.state;
  protected readonly health = this.loader.value;
  protected readonly notFound = computed(() => this.loader.failure() === 404);
  /** Items by kind in the contract's order, each kind's oldest first: the longest waiting comes first. */
  protected readonly groups = computed<HealthGroup[]>(() => {
    const health = this.health();
    if (!health) return [];
    return this.kinds
      .map((kind) => ({
        kind,
        items: health.items.filter((i) => i.kind === kind).sort((a, b) => a.since.localeCompare(b.since)),
      }))
      .filter((g) => g.items.length > 0);
  });

  protected heading(): string {
    const program = this.program();
    return program
      ? this.translator.t('mentoring.matching.healthHeading', { program: program.name })
      : this.translator.t('mentoring.matching.healthTitle');
  }

  protected reload(): void {
    this.loader.reload();
  }

  /** What to do, in words; for an unanswered proposal, naming who has not answered. */
  protected action(item: MentoringHealthItem): string {
    if (item.action !== 'contact_unanswered') return this.translator.t(`mentoring.matching.action.${item.action}`);
    const names = item.waitingFor.map((side) => item[side].name);
    const who =
      names.length === 2 ? this.translator.t('mentoring.matching.bothOf', { a: names[0], b: names[1] }) : names[0];
    return this.translator.t('mentoring.matching.action.contact_unanswered', { who: who ?? '' });
  }
}
