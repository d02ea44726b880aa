import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { TranslatePipe } from '../core/i18n/translate-pipe';

/** A public text page: a title, an intro and titled sections, all dictionary keys under one prefix. */
@Component({
  selector: 'kp-legal-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <article class="legal">
      <h1>{{ prefix() + '.title' | t }}</h1>
      <p>{{ prefix() + '.intro' | t }}</p>
      @for (section of sections(); track section) {
        <h2>{{ prefix() + '.' + section + 'Title' | t }}</h2>
        <p>{{ prefix() + '.' + section | t }}</p>
      }
      <p class="updated">{{ 'legal.updated' | t }}</p>
    </article>
  `,
  styles: `
    .legal { max-inline-size: 70ch; }
    h2 { margin-block: 24px 8px; font: var(--mat-sys-title-large); }
    .updated { margin-block-start: 32px; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class LegalPage {
  readonly prefix = input.required<string>();
  readonly sections = input.required<readonly string[]>();
}
