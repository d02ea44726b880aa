import { ChangeDetectionStrategy, Component, input, ViewEncapsulation } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { CursorList } from '../paging/cursor-list';
import { ShowMore } from '../paging/show-more';

/**
 * Everything around a cursor-paged table: loading bar, failure with retry, the empty state, the table in a labelled
 * region that scrolls on its own, and "show more". Project a `<table class="kp-stack-table">` whose cells carry
 * `data-label` (their column's header) and whose rows carry `tabindex="-1"` and `data-kp-page-item`: below 600 px
 * each row becomes a card with the labels before the values, so no column or action is off-screen.
 */
@Component({
  selector: 'kp-list-frame',
  imports: [MatButtonModule, MatProgressBarModule, ShowMore, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  host: { class: 'kp-list-frame' },
  template: `
    @if (list().loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'core.list.loading' | t" />
    }
    @if (list().failed()) {
      <p class="kp-state kp-error" role="alert">
        {{ 'core.list.loadFailed' | t }}
        <button mat-button type="button" (click)="list().reload()">{{ 'core.list.retry' | t }}</button>
      </p>
    } @else if (list().empty()) {
      <p class="kp-state">{{ emptyKey() | t }}</p>
    }
    @if (list().items().length) {
      <div class="kp-table-scroll" tabindex="0" role="region" [attr.aria-label]="label()">
        <ng-content />
      </div>
    }
    <kp-show-more [list]="list()" [itemKey]="itemKey()" [countKey]="countKey()" />
  `,
  styleUrl: './stack-table.scss',
})
export class ListFrame<T> {
  readonly list = input.required<CursorList<T>>();
  /** Name of the table's scrolling region (already translated). */
  readonly label = input.required<string>();
  readonly emptyKey = input.required<string>();
  /** A translation key with `{count}`, announced after each page. */
  readonly countKey = input.required<string>();
  /** The row's `data-kp-page-item`: focus goes to the first row a new page brought. */
  readonly itemKey = input.required<(item: T) => string>();
}
