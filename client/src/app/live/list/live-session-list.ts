import { LIVE_SESSION_KINDS, type LiveSessionKind, type LiveSessionSummary } from '@kotopaikka/contracts';

import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

import { SessionStore } from '../../core/auth/session-store';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { LiveSessionsApi } from '../data-access/live-sessions-api';
import {
  addDays,
  addMonths,
  type DayKey,
  helsinkiDay,
  isoWeekNumber,
  monthStart,
  monthWeeks,
  sameMonth,
  startOfHelsinkiDay,
  weekDays,
  weekStart,
} from '../shared/helsinki-time';
import { LIVE_NOW } from '../shared/live-clock';
import { LiveFormat } from '../shared/live-format';
import { LiveSessionItem } from '../shared/session-facts';
import { CalendarFeedPanel } from './calendar-feed';

export type CalendarView = 'list' | 'week' | 'month';

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; sessions: LiveSessionSummary[] };

/** The APG date-grid keys: arrows by day and week, Home/End to the week's ends, Page Up/Down by month. */
const GRID_MOVES: Record<string, (day: DayKey) => DayKey> = {
  ArrowLeft: (d) => addDays(d, -1),
  ArrowRight: (d) => addDays(d, 1),
  ArrowUp: (d) => addDays(d, -7),
  ArrowDown: (d) => addDays(d, 7),
  Home: (d) => weekStart(d),
  End: (d) => addDays(weekStart(d), 6),
  PageUp: (d) => addMonths(d, -1),
  PageDown: (d) => addMonths(d, 1),
};

/** `/live`: the sessions one may see, as a list, a week or a month, in Helsinki time; and one's calendar feed. */
@Component({
  selector: 'kp-live-session-list',
  imports: [
    CalendarFeedPanel,
    LiveSessionItem,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-session-list.html',
  styleUrls: ['../shared/live-page.scss', './live-session-list.scss'],
})
export class LiveSessionList {
  private readonly api = inject(LiveSessionsApi);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();
  protected readonly format = inject(LiveFormat);
  protected readonly kinds = LIVE_SESSION_KINDS;
  protected readonly views: readonly CalendarView[] = ['list', 'week', 'month'];

  private readonly me = inject(SessionStore).me;
  protected readonly mayCreate = computed(() => {
    const role = this.me()?.role;
    return role === 'admin' || role === 'coordinator';
  });

  private readonly now = inject(LIVE_NOW);
  protected readonly today = signal<DayKey>(helsinkiDay(this.now()));
  /** The day the view is on: the week or month around it is shown, and the grid's focus is on it. */
  protected readonly day = signal<DayKey>(this.today());
  protected readonly view = signal<CalendarView>(narrowScreen(inject(DOCUMENT)) ? 'list' : 'month');
  protected readonly kind = signal<LiveSessionKind | ''>('');

  protected readonly range = computed(() => {
    const day = this.day();
    const from = this.view() === 'week' ? weekStart(day) : monthStart(day);
    const to = this.view() === 'week' ? addDays(from, 7) : addMonths(from, 1);
    return { from, to };
  });

  /** Switching between the list and the month keeps the range: no new request. */
  private readonly query = computed(
    () => ({
      from: startOfHelsinkiDay(this.range().from),
      to: startOfHelsinkiDay(this.range().to),
      kind: this.kind() || undefined,
    }),
    { equal: (a, b) => a.from === b.from && a.to === b.to && a.kind === b.kind },
  );

  protected readonly load = toSignal(
    toObservable(this.query).pipe(
      switchMap((query) =>
        this.api.list(query).pipe(
          map((sessions): Load => ({ status: 'ready', sessions: [...sessions].sort(byStart) })),
          catchError(() => of<Load>({ status: 'failed' })),
          startWith<Load>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Load },
  );

  private readonly sessions = computed(() => {
    const load = this.load();
    return load.status === 'ready' ? load.sessions : [];
  });

  /** Sessions by the Helsinki day they start on. */
  protected readonly byDay = computed(() => {
    const days = new Map<DayKey, LiveSessionSummary[]>();
    for (const session of this.sessions()) {
      const key = helsinkiDay(session.startsAt);
      days.set(key, [...(days.get(key) ?? []), session]);
    }
    return days;
  });

  protected readonly listDays = computed(() => [...this.byDay().keys()].sort());
  protected readonly weekDays = computed(() => weekDays(this.day()));
  protected readonly monthWeeks = computed(() => monthWeeks(this.day()));
  /** Monday to Sunday, for the grid's column headers. */
  protected readonly weekdayHeads = weekDays('2026-01-05');

  protected readonly periodLabel = computed(() => {
    this.translator.locale();
    const day = this.day();
    if (this.view() !== 'week') return this.format.month(day);
    const days = weekDays(day);
    return this.translator.t('live.calendar.weekLabel', {
      week: String(isoWeekNumber(day)),
      from: this.format.day(days[0]),
      to: this.format.day(days[6]),
    });
  });

  /** Said after each move: where the calendar is and how many sessions it shows. */
  protected readonly announcement = computed(() => {
    const load = this.load();
    if (load.status !== 'ready') return '';
    return this.translator.t('live.calendar.shown', { period: this.periodLabel(), count: load.sessions.length });
  });

  protected readonly sameMonth = sameMonth;

  protected setView(view: CalendarView): void {
    this.view.set(view);
  }

  protected move(step: -1 | 1): void {
    this.day.update((day) => (this.view() === 'week' ? addDays(day, 7 * step) : addMonths(day, step)));
  }

  protected goToday(): void {
    this.today.set(helsinkiDay(this.now()));
    this.day.set(this.today());
  }

  protected setKind(value: string): void {
    this.kind.set((LIVE_SESSION_KINDS as readonly string[]).includes(value) ? (value as LiveSessionKind) : '');
  }

  protected sessionsOn(day: DayKey): LiveSessionSummary[] {
    return this.byDay().get(day) ?? [];
  }

  /** Keyboard in the month grid: move the day (and the month with it) and keep the focus on the day. */
  protected gridKey(event: KeyboardEvent): void {
    const move = GRID_MOVES[event.key];
    if (!move || !(event.target as HTMLElement).matches('td[data-day]')) return;
    event.preventDefault();
    const next = move(this.day());
    this.day.set(next);
    this.focus(`td[data-day="${next}"]`);
  }

  protected dayLabel(day: DayKey): string {
    const count = this.sessionsOn(day).length;
    return `${this.format.day(day)}, ${this.translator.t('live.calendar.sessionsOnDay', { count })}`;
  }
}

function byStart(a: LiveSessionSummary, b: LiveSessionSummary): number {
  return a.startsAt.localeCompare(b.startsAt);
}

function narrowScreen(document: Document): boolean {
  return document.defaultView?.matchMedia?.('(max-width: 599.98px)').matches ?? false;
}
