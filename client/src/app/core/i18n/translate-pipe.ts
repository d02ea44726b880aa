import { inject, Pipe, type PipeTransform } from '@angular/core';

import type { TranslationParams } from './dictionary';
import { Translator } from './translator';

/** `{{ 'shell.nav.home' | t }}`; impure so that it re-reads the locale signal, which marks OnPush views dirty. */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly translator = inject(Translator);

  transform(key: string, params?: TranslationParams): string {
    return this.translator.t(key, params);
  }
}
