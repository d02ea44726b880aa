import { ChangeDetectionStrategy, Component, computed, input, ViewEncapsulation } from '@angular/core';

import { renderMarkdown } from './markdown';

/**
 * Lesson text: our renderer escapes the source, Angular's [innerHTML] sanitises the result again.
 * No encapsulation, because the rendered elements carry no component attributes; every rule is under `.kp-markdown`.
 */
@Component({
  selector: 'kp-markdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  host: { class: 'kp-markdown' },
  template: `<div [innerHTML]="html()"></div>`,
  styles: `
    .kp-markdown {
      display: block;
      line-height: 1.6;
    }
    .kp-markdown :is(h2, h3, h4, h5, h6) {
      margin-block: 1.5rem 0.5rem;
      line-height: 1.3;
    }
    .kp-markdown h2 {
      font: var(--mat-sys-headline-small);
    }
    .kp-markdown h3 {
      font: var(--mat-sys-title-large);
    }
    .kp-markdown :is(h4, h5, h6) {
      font: var(--mat-sys-title-medium);
    }
    .kp-markdown :is(ul, ol) {
      padding-inline-start: 1.5rem;
    }
    .kp-markdown li + li {
      margin-block-start: 0.25rem;
    }
    .kp-markdown code {
      overflow-wrap: anywhere;
    }
  `,
})
export class MarkdownView {
  readonly source = input.required<string>();
  protected readonly html = computed(() => renderMarkdown(this.source()));
}
