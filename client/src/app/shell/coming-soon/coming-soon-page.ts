import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../../core/i18n/translate-pipe';

/** A section that is announced but not built yet (My learning, Reports). */
@Component({
  selector: 'kp-coming-soon-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <h1>{{ titleKey() | t }}</h1>
    <p class="lead">{{ 'shell.comingSoon.title' | t }}</p>
    <p>{{ 'shell.comingSoon.text' | t }}</p>
    <a mat-stroked-button routerLink="/">{{ 'shell.backHome' | t }}</a>
  `,
  styles: `
    .lead {
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class ComingSoonPage {
  /** From the route's `data`, bound by withComponentInputBinding. */
  readonly titleKey = input('shell.comingSoon.title');
}
