import { DEFAULT_LOCALE, type LiveSessionSummary, type LocalizedText, TIME_ZONE } from '@kotopaikka/contracts';

import { computed, inject, Injectable } from '@angular/core';

import { Translator } from '../../core/i18n/translator';
import { dayAsDate, type DayKey } from './helsinki-time';

/** `formatRange` is in every supported browser; the workspace's TypeScript lib predates it. */
type RangeFormat = Intl.DateTimeFormat & { formatRange(start: Date, end: Date): string };

function rangeFormat(locale: string, options: Intl.DateTimeFormatOptions): RangeFormat {
  return new Intl.DateTimeFormat(locale, options) as RangeFormat;
}

/** Texts and times of live sessions in the UI language, times always in Europe/Helsinki. */
@Injectable({ providedIn: 'root' })
export class LiveFormat {
  private readonly translator = inject(Translator);
  private readonly tag = this.translator.intlTag;
  private readonly rangeFormat = computed(() =>
    rangeFormat(this.tag(), {
      timeZone: TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
  );
  private readonly timeFormat = computed(() =>
    rangeFormat(this.tag(), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }),
  );
  private readonly dayFormat = computed(
    () => new Intl.DateTimeFormat(this.tag(), { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long' }),
  );
  private readonly weekdayFormat = computed(
    () => new Intl.DateTimeFormat(this.tag(), { timeZone: TIME_ZONE, weekday: 'short' }),
  );
  private readonly weekdayLongFormat = computed(
    () => new Intl.DateTimeFormat(this.tag(), { timeZone: TIME_ZONE, weekday: 'long' }),
  );
  private readonly monthFormat = computed(
    () => new Intl.DateTimeFormat(this.tag(), { timeZone: TIME_ZONE, month: 'long', year: 'numeric' }),
  );

  /** A session's text in the UI language, Finnish when that is missing. */
  text(text: LocalizedText | null | undefined): string {
    if (!text) return '';
    return text[this.translator.locale()]?.trim() || text[DEFAULT_LOCALE] || '';
  }

  /** "ke 9.12.2026 klo 10.00–11.30", or both ends in full when it spans days. */
  range(startsAt: string, endsAt: string): string {
    return this.rangeFormat().formatRange(new Date(startsAt), new Date(endsAt));
  }

  time(instant: string): string {
    return this.timeFormat().format(new Date(instant));
  }

  timeRange(session: Pick<LiveSessionSummary, 'startsAt' | 'endsAt'>): string {
    return this.timeFormat().formatRange(new Date(session.startsAt), new Date(session.endsAt));
  }

  /** "keskiviikko 9. joulukuuta". */
  day(key: DayKey): string {
    return this.dayFormat().format(dayAsDate(key));
  }

  weekday(key: DayKey, style: 'short' | 'long' = 'short'): string {
    return (style === 'short' ? this.weekdayFormat() : this.weekdayLongFormat()).format(dayAsDate(key));
  }

  /** "joulukuu 2026". */
  month(key: DayKey): string {
    return this.monthFormat().format(dayAsDate(key));
  }

  dayNumber(key: DayKey): number {
    return Number(key.slice(8, 10));
  }
}
