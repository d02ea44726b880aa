import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import type { PagedList } from './cursor-list';

/**
 * "Show more" under a cursor-paged list: the button while another page is there, how many items are
 * shown announced politely, and focus on the first item the next page brought. Place it in the same
 * parent element as the list and mark each item's focus target `data-kp-page-item="<itemKey(item)>"`.
 */
@Component({
  selector: 'kp-show-more',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="visually-hidden" role="status" aria-live="polite">{{ announcement() }}</p>
    @if (list().status() === 'error' && list().items().length) {
      <p class="kp-show-more-failed" role="alert">{{ 'core.paging.loadMoreFailed' | t }}</p>
    }
    @if (list().nextCursor()) {
      <div class="kp-show-more">
        <!-- aria-disabled, not disabled: a disabled button would drop the focus it holds. -->
        <button mat-stroked-button type="button" [attr.aria-disabled]="loading() || null" (click)="showMore()">
          {{ (loading() ? 'core.paging.loadingMore' : 'core.paging.showMore') | t }}
        </button>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .kp-show-more {
      display: flex;
      justify-content: center;
      padding-block: 1rem;
    }
    .kp-show-more-failed {
      color: #8c1d18;
      text-align: center;
    }
  `,
})
export class ShowMore<T> {
  readonly list = input.required<PagedList<T>>();
  /** The item's `data-kp-page-item` value. */
  readonly itemKey = input.required<(item: T) => string>();
  /** A translation key with `{count}`: how many items are shown. */
  readonly countKey = input.required<string>();

  private readonly translator = inject(Translator);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** The items shown when "show more" was pressed, until the next page came or failed. */
  private before: readonly T[] | null = null;

  protected readonly loading = computed(() => this.list().status() === 'loading');
  protected readonly announcement = computed(() => {
    const list = this.list();
    return list.status() === 'loaded' ? this.translator.t(this.countKey(), { count: list.items().length }) : '';
  });

  constructor() {
    effect(() => {
      const status = this.list().status();
      const items = this.list().items();
      const before = this.before;
      if (before === null || (status !== 'loaded' && status !== 'error')) return;
      this.before = null;
      // A failure keeps focus on the button; a reload (a new search, another language) replaced the list.
      const last = before.length - 1;
      if (status === 'error' || last < 0 || items[last] !== before[last]) return;
      const target = items[before.length] ?? items[last];
      const key = untracked(this.itemKey)(target);
      afterNextRender(() => this.focus(key), { injector: this.injector });
    });
  }

  protected showMore(): void {
    const list = this.list();
    if (!list.nextCursor() || this.loading()) return;
    this.before = list.items();
    list.loadMore();
  }

  private focus(key: string): void {
    const scope = this.host.nativeElement.parentElement ?? this.host.nativeElement.ownerDocument;
    scope.querySelector<HTMLElement>(`[data-kp-page-item="${CSS.escape(key)}"]`)?.focus();
  }
}
