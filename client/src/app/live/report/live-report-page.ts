import type { LiveBoard, LivePoll, LiveSessionReport } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';

import { keyedLoad } from '../../core/http/keyed-load';
import { DateTimePipe, NumberPipe, PercentPipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { BarChart, type BarGroup, type BarSeries } from '../../reports/bar-chart';
import { renderMarkdown } from '../../training/shared/markdown';
import { LiveReportApi } from '../data-access/live-report-api';
import { LiveFormat } from '../shared/live-format';

/** One prompt of a board with its live cards, best first. */
interface RankedPrompt {
  id: string;
  text: string;
  cards: { id: string; text: string; votes: number | null; rank: number | null }[];
}

/** `/live/:id/report`: what a session left behind — attendance (chart and table), polls, board ranking, notes, CSV. */
@Component({
  selector: 'kp-live-report-page',
  imports: [
    BarChart,
    DateTimePipe,
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    NumberPipe,
    PercentPipe,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-report-page.html',
  styleUrls: ['../shared/live-page.scss', './live-report-page.scss'],
})
export class LiveReportPage {
  private readonly api = inject(LiveReportApi);
  private readonly translator = inject(Translator);
  protected readonly format = inject(LiveFormat);

  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();

  private readonly loader = keyedLoad(this.id, (id) => this.api.get(id));
  protected readonly load = this.loader.state;
  protected readonly report = this.loader.value;
  protected readonly failure = computed(() => {
    const status = this.loader.failure();
    if (status === null) return null;
    return status === 404
      ? 'live.report.notFound'
      : status === 403
        ? 'live.report.forbidden'
        : 'live.common.loadFailed';
  });
  protected readonly columns = ['name', 'role', 'firstJoinedAt', 'lastLeftAt', 'minutes', 'stays'];
  protected readonly csvUrl = computed(() => this.api.csvUrl(this.id(), this.translator.locale()));
  protected readonly chartSeries = computed<BarSeries[]>(() => [
    { key: 'minutes', label: this.translator.t('live.report.minutes') },
  ]);
  protected readonly chartGroups = computed<BarGroup[]>(
    () => this.report()?.attendance.map((a) => ({ label: a.name, values: { minutes: a.minutes } })) ?? [],
  );
  protected readonly notesHtml = computed(() => {
    const text = this.report()?.notes.text ?? '';
    return text.trim() ? renderMarkdown(text, { tableLabel: this.translator.t('live.report.notesTable') }) : '';
  });

  protected reload(): void {
    this.loader.reload();
  }

  protected hostNames(report: LiveSessionReport): string {
    return report.session.hosts.map((h) => h.name).join(', ');
  }

  /** An option's share of the poll's voters, 0–100. */
  protected share(poll: LivePoll, votes: number): number {
    return poll.voters === 0 ? 0 : (votes / poll.voters) * 100;
  }

  /** The board's prompts with their live (not merged) cards in rank order. */
  protected ranked(board: LiveBoard): RankedPrompt[] {
    return board.prompts.map((p) => ({
      id: p.id,
      text: p.text,
      cards: board.cards
        .filter((c) => c.promptId === p.id && c.mergedInto === null)
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
    }));
  }
}
