import type { Locale } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';

import { SessionStore } from '../../core/auth/session-store';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { LOCALE_NAMES, Translator } from '../../core/i18n/translator';
import { Icon } from '../../ui/icon/icon';
import { ICON_SHAPES } from '../../ui/icon/icon-shapes';

@Component({
  selector: 'kp-language-switcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule, Icon, TranslatePipe],
  templateUrl: './language-switcher.html',
  styles: `
    .code {
      margin-inline-start: 4px;
    }
    @media (max-width: 399.98px) {
      .code {
        display: none;
      }
    }
  `,
})
export class LanguageSwitcher {
  protected readonly icons = ICON_SHAPES;
  private readonly session = inject(SessionStore);
  protected readonly translator = inject(Translator);
  protected readonly options = this.translator.locales.map((locale) => ({ locale, name: LOCALE_NAMES[locale] }));
  protected readonly currentName = computed(() => LOCALE_NAMES[this.translator.locale()]);

  protected choose(locale: Locale): void {
    void this.session.changeLocale(locale);
  }
}
