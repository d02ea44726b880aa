import { ChangeDetectionStrategy, Component, computed, inject, input, ViewEncapsulation } from '@angular/core';

import { Translator } from '../../core/i18n/translator';
import { renderMarkdown } from './markdown';

/**
 * Lesson text: markdown-it escapes the source's HTML, Angular's [innerHTML] sanitises the result again.
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
    .kp-markdown :is(ul, ol) :is(ul, ol) {
      margin-block: 0.25rem;
    }
    .kp-markdown code {
      overflow-wrap: anywhere;
    }
    .kp-markdown .kp-md-table {
      overflow-x: auto;
      margin-block: 1rem;
    }
    .kp-markdown table {
      border-collapse: collapse;
    }
    .kp-markdown :is(th, td) {
      padding-block: 0.375rem;
      padding-inline: 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
  `,
})
export class MarkdownView {
  readonly source = input.required<string>();
  private readonly translator = inject(Translator);
  protected readonly html = computed(() =>
    renderMarkdown(this.source(), { tableLabel: this.translator.t('training.markdown.table') }),
  );
}
