import { inject, Pipe, type PipeTransform } from '@angular/core';

import { Translator } from './translator';

// The locale's numbers and dates, apart from the `t` pipe: the frame needs only `t`, the pages that format bring these.

/** `{{ notification.createdAt | kpDateTime }}` in Europe/Helsinki, in the current language. */
@Pipe({ name: 'kpDateTime', pure: false })
export class DateTimePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(value: string | Date | null | undefined, style: 'date' | 'dateTime' = 'dateTime'): string {
    if (!value) return '';
    return style === 'date' ? this.translator.formatDate(value) : this.translator.formatDateTime(value);
  }
}

/** `{{ value | kpNumber }}`: "1 234,5" in Finnish, "1,234.5" in English. */
@Pipe({ name: 'kpNumber', pure: false })
export class NumberPipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : this.translator.formatNumber(value);
  }
}

/** `{{ progressPercent | kpPercent }}` for a 0–100 figure: "85,3 %" in Finnish, "85.3%" in English. */
@Pipe({ name: 'kpPercent', pure: false })
export class PercentPipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : this.translator.formatPercent(value);
  }
}
