import { type MentoringProgramReport, type PairingStatus, SMALL_GROUP_LABEL } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { keyedLoad } from '../../core/http/keyed-load';
import { DateTimePipe, NumberPipe, PercentPipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { BarChart, type BarGroup, type BarSeries } from '../../reports/bar-chart';
import { MentoringMatchingApi } from '../data-access/mentoring-matching-api';

/** A 0–1 rate as the 0–100 figure the percent pipe writes; null stays null (shown as a dash). */
const asPercent = (rate: number | null): number | null => (rate === null ? null : rate * 100);

/** PAIRING_STATUSES in the chart's order, complete by the compiler (the contract's array would grow the initial chunk). */
const STATUS_ORDER = {
  proposed: 0,
  active: 1,
  completed: 2,
  ended_early: 3,
  declined: 4,
  expired: 5,
} satisfies Record<PairingStatus, number>;
const STATUSES = Object.keys(STATUS_ORDER) as PairingStatus[];

/** A count as the report has it: a decision-maker's counts of 1–4 people come withheld as null. */
type Count = number | null;

/** Every count of the report, to tell whether some figure was withheld. */
function counts(report: MentoringProgramReport): Count[] {
  return [
    report.recruited.mentors,
    report.recruited.mentees,
    report.matched,
    ...report.unmatched.map((u) => u.count),
    ...Object.values(report.proposals),
    ...Object.values(report.pairsByStatus),
    report.ratings.responses,
  ];
}

/**
 * `/mentoring/programs/:id/report`: a program for coordinators and decision-makers (the server scopes it) — people
 * recruited and matched, the unmatched by reason, proposals, pairs by status (chart and its table), meetings,
 * ratings and goals; and the same as CSV.
 */
@Component({
  selector: 'kp-program-report',
  imports: [
    BarChart,
    DateTimePipe,
    MatButtonModule,
    MatProgressBarModule,
    NumberPipe,
    PercentPipe,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-report.html',
  styleUrls: ['../../live/shared/live-page.scss', './matching-page.scss', './program-report.scss'],
})
export class ProgramReport {
  private readonly api = inject(MentoringMatchingApi);
  private readonly translator = inject(Translator);
  protected readonly statuses = STATUSES;
  protected readonly asPercent = asPercent;
  protected readonly proposalKeys = ['sent', 'accepted', 'declined', 'expired', 'open'] as const;

  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();

  private readonly loader = keyedLoad(this.id, (id) => this.api.report(id));
  protected readonly load = this.loader.state;
  protected readonly report = this.loader.value;
  protected readonly failure = computed(() => {
    const status = this.loader.failure();
    if (status === null) return null;
    return status === 404 ? 'mentoring.matching.notFound' : 'mentoring.matching.loadFailed';
  });
  protected readonly csvUrl = computed(() => this.api.reportCsvUrl(this.id(), this.translator.locale()));
  protected readonly chartSeries = computed<BarSeries[]>(() => [
    { key: 'pairs', label: this.translator.t('mentoring.matching.report.pairs') },
  ]);
  protected readonly chartGroups = computed<BarGroup[]>(() => {
    const report = this.report();
    if (!report) return [];
    return this.statuses.map((status) => ({
      label: this.translator.t(`mentoring.matching.pairingStatus.${status}`),
      values: { pairs: report.pairsByStatus[status] },
    }));
  });
  /** Pairs in all, or null when a status's count is withheld. */
  protected readonly totalPairs = computed<Count>(() => {
    const report = this.report();
    if (!report) return 0;
    const values: Count[] = this.statuses.map((s) => report.pairsByStatus[s]);
    return values.some((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  });
  /** Whether there is any pair to draw: a withheld count is some. */
  protected readonly anyPairs = computed(() => this.totalPairs() !== 0);
  /** The reasons some mentee was left without a pair for (the server may list every reason, with zeros). */
  protected readonly unmatched = computed(() => (this.report()?.unmatched ?? []).filter((u) => u.count !== 0));
  protected readonly withheld = computed(() => {
    const report = this.report();
    return !!report && counts(report).some((c) => c === null);
  });

  /** A count in the locale's digits, or "<5" where it was withheld. */
  protected count(value: Count): string {
    return value === null ? SMALL_GROUP_LABEL : this.translator.formatNumber(value);
  }

  /** An average rating "4,2 / 5", or a dash before anyone answered. */
  protected rating(value: number | null): string {
    return value === null ? '–' : this.translator.t('mentoring.matching.report.outOfFive', { value });
  }

  protected reload(): void {
    this.loader.reload();
  }
}
