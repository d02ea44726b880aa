import { DEFAULT_LOCALE, type LocalizedText, type MentoringProgram } from '@kotopaikka/contracts';

import { inject, Injectable } from '@angular/core';

import { Translator } from '../../core/i18n/translator';

/** A program's texts in the UI language: its description, its period and its municipalities. */
@Injectable({ providedIn: 'root' })
export class ProgramFormat {
  private readonly translator = inject(Translator);

  /** The UI language's text, Finnish when that is missing. */
  text(text: LocalizedText | null | undefined): string {
    if (!text) return '';
    return text[this.translator.locale()]?.trim() || text[DEFAULT_LOCALE]?.trim() || '';
  }

  /** "1.2.2027–30.6.2027" from two calendar dates, read as the days they name. */
  period(program: Pick<MentoringProgram, 'startsOn' | 'endsOn'>): string {
    return this.translator.t('mentoring.programs.periodRange', {
      start: this.translator.formatDate(`${program.startsOn}T12:00:00Z`),
      end: this.translator.formatDate(`${program.endsOn}T12:00:00Z`),
    });
  }

  municipalities(program: Pick<MentoringProgram, 'municipalities'>): string {
    return program.municipalities.map((m) => m.name).join(', ');
  }
}
