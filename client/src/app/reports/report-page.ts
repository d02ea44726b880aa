import {
  type Audience,
  AUDIENCES,
  type CourseReport,
  type CourseReportQuery,
  type CourseReportRow,
  type CourseReportSummary,
  type IdName,
  SMALL_GROUP_LABEL,
} from '@kotopaikka/contracts';

import { NgTemplateOutlet } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { tap } from 'rxjs';

import { SessionStore } from '../core/auth/session-store';
import { errorMessageKey } from '../core/http/api-error';
import { PercentPipe } from '../core/i18n/format-pipes';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Translator } from '../core/i18n/translator';
import { cursorList } from '../ui/paging/cursor-list';
import { ShowMore } from '../ui/paging/show-more';
import { BarChart, type BarGroup, type BarSeries } from './bar-chart';
import { ReportsApi } from './reports-api';

const COUNT_KEYS = ['enrolled', 'inProgress', 'completed'] as const;

/**
 * `/reports`: the courses in the reader's scope with their figures, a page at a time; a chosen course's
 * figures by municipality and audience, as a chart and the same data as a table.
 */
@Component({
  selector: 'kp-report-page',
  imports: [
    BarChart,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    NgTemplateOutlet,
    PercentPipe,
    ShowMore,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
})
export class ReportPage {
  private readonly api = inject(ReportsApi);
  private readonly translator = inject(Translator);
  private readonly me = inject(SessionStore).me;
  private readonly injector = inject(Injector);
  private readonly reportHeading = viewChild<ElementRef<HTMLElement>>('reportHeading');
  /** Set when the person chose a course: its report takes the focus once it is there. */
  private focusReport = false;

  protected readonly courses = cursorList((cursor) =>
    this.api.courses(this.translator.locale(), cursor).pipe(
      tap((page) => {
        // Only one course to report on: show it without asking.
        if (!cursor && !page.nextCursor && page.items.length === 1 && !this.selectedId())
          this.show(page.items[0].course.id);
      }),
    ),
  );
  protected readonly courseKey = (summary: CourseReportSummary): string => summary.course.id;
  protected readonly coursesFailure = computed(() => errorMessageKey(this.courses.error()));
  protected readonly selectedId = signal<string>('');
  protected readonly report = signal<CourseReport | null>(null);
  protected readonly loading = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly query = signal<CourseReportQuery>({});
  /** Filter choices: the municipalities and audiences the unfiltered report has rows for. */
  protected readonly choices = signal<{
    municipalities: IdName[];
    audiences: Audience[];
  }>({ municipalities: [], audiences: [] });

  /** Who the figures cover, as the server scopes them. */
  protected readonly scope = computed(() => {
    const me = this.me();
    if (!me || me.role === 'admin') return this.translator.t('reports.scope.all');
    const names =
      me.role === 'coordinator'
        ? me.managedMunicipalities.map((m) => m.name)
        : me.municipality
          ? [me.municipality.name]
          : [];
    return names.length ? names.join(', ') : this.translator.t('reports.scope.none');
  });

  protected readonly series = computed<BarSeries[]>(() =>
    COUNT_KEYS.map((key) => ({
      key,
      label: this.translator.t('reports.figure.' + key),
    })),
  );
  protected readonly groups = computed<BarGroup[]>(() =>
    (this.report()?.rows ?? []).map((row) => ({
      label: this.rowLabel(row),
      values: {
        enrolled: row.enrolled,
        inProgress: row.inProgress,
        completed: row.completed,
      },
    })),
  );
  protected readonly csvUrl = computed(() =>
    this.selectedId() ? this.api.csvUrl(this.selectedId(), this.query()) : null,
  );

  constructor() {
    // Course names come in the reader's language: ask again when it changes.
    toObservable(this.translator.locale)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        this.courses.reload();
        if (this.selectedId()) this.load();
      });
  }

  protected choose(id: string): void {
    this.focusReport = true;
    this.show(id);
  }

  private show(id: string): void {
    this.selectedId.set(id);
    this.query.set({});
    this.choices.set({ municipalities: [], audiences: [] });
    this.report.set(null);
    this.load();
  }

  protected filter(key: keyof CourseReportQuery, value: string): void {
    this.query.update((q) => ({ ...q, [key]: value || undefined }));
    this.load();
  }

  private load(): void {
    const id = this.selectedId();
    const query = this.query();
    this.failure.set(null);
    if (!id) return;
    this.loading.set(true);
    this.api.course(id, { ...query, locale: this.translator.locale() }).subscribe({
      next: (report) => {
        this.loading.set(false);
        this.report.set(report);
        if (!query.municipalityId && !query.audience) this.choices.set(choicesOf(report));
        if (this.focusReport) {
          this.focusReport = false;
          afterNextRender(() => this.reportHeading()?.nativeElement.focus(), { injector: this.injector });
        }
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.focusReport = false;
        this.failure.set(errorMessageKey(error));
      },
    });
  }

  protected rowLabel(row: CourseReportRow): string {
    const municipality = row.municipality?.name ?? this.translator.t('reports.noMunicipality');
    return `${municipality} · ${this.translator.t('admin.audience.' + row.audience)}`;
  }

  /** A count, or "<5" where the server withheld a small group's figures. */
  protected count(value: number | null): string {
    return value === null ? SMALL_GROUP_LABEL : this.translator.formatNumber(value);
  }

  protected hasWithheld(report: CourseReport): boolean {
    return report.totals.suppressed || report.rows.some((r) => r.suppressed);
  }

  protected decimal(value: number | null, unitKey: string): string {
    if (value === null) return '–';
    return this.translator.t(unitKey, { value });
  }
}

function choicesOf(report: CourseReport): {
  municipalities: IdName[];
  audiences: Audience[];
} {
  const municipalities = new Map<string, IdName>();
  for (const row of report.rows) if (row.municipality) municipalities.set(row.municipality.id, row.municipality);
  const present = new Set(report.rows.map((r) => r.audience));
  return {
    municipalities: [...municipalities.values()].sort((a, b) => a.name.localeCompare(b.name, 'fi')),
    audiences: AUDIENCES.filter((a) => present.has(a)),
  };
}
