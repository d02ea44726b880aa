import type { Page } from '@kotopaikka/contracts';

import { ApplicationRef, ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';

import { Translator } from '../../core/i18n/translator';
import { cursorList } from './cursor-list';
import { ShowMore } from './show-more';

interface Row {
  id: string;
}

/** A list as a page would render it: each row's link marked as its focus target. */
@Component({
  selector: 'kp-test-paged-rows',
  imports: [ShowMore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul>
      @for (row of rows.items(); track row.id) {
        <li>
          <a href="#" [attr.data-kp-page-item]="row.id">{{ row.id }}</a>
        </li>
      }
    </ul>
    <kp-show-more [list]="rows" [itemKey]="key" countKey="training.catalog.resultCount" />
  `,
})
class PagedRows {
  /** Each fetch waits for the test to answer it. */
  readonly answers: { cursor: string | null; page: Subject<Page<Row>> }[] = [];
  readonly rows = cursorList<Row>((cursor) => {
    const page = new Subject<Page<Row>>();
    this.answers.push({ cursor, page });
    return page;
  });
  readonly key = (row: Row): string => row.id;
}

describe('ShowMore', () => {
  let host: PagedRows;
  let el: HTMLElement;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const rows = (...ids: string[]): Row[] => ids.map((id) => ({ id }));
  const button = () => el.querySelector<HTMLButtonElement>('kp-show-more button');
  const status = () => el.querySelector('[role="status"]')?.textContent?.trim();

  async function answer(page: Page<Row>): Promise<void> {
    const pending = host.answers.shift();
    if (!pending) throw new Error('no request');
    pending.page.next(page);
    pending.page.complete();
    await stable();
  }

  async function pressShowMore(): Promise<void> {
    const b = button();
    if (!b) throw new Error('no show more button');
    b.focus();
    b.click();
    await stable();
  }

  beforeEach(async () => {
    localStorage.clear();
    const fixture = TestBed.createComponent(PagedRows);
    host = fixture.componentInstance;
    el = fixture.nativeElement;
    host.rows.reload();
    await stable();
    await answer({ items: rows('a', 'b'), nextCursor: 'c1' });
  });

  it('asks for the next page with the cursor, appends it, moves focus to its first item and says how many are shown', async () => {
    const t = TestBed.inject(Translator);
    expect(status()).toBe(t.t('training.catalog.resultCount', { count: 2 }));
    expect(button()?.type).toBe('button');
    await pressShowMore();
    expect(host.answers[0].cursor).toBe('c1');
    // While the page loads the button keeps the focus and says so, instead of being disabled.
    expect(button()?.disabled).toBeFalse();
    expect(button()?.getAttribute('aria-disabled')).toBe('true');
    expect(button()?.textContent?.trim()).toBe(t.t('core.paging.loadingMore'));
    expect(document.activeElement).toBe(button());

    await answer({ items: rows('c', 'd'), nextCursor: null });
    expect(Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.trim())).toEqual(['a', 'b', 'c', 'd']);
    expect(document.activeElement?.getAttribute('data-kp-page-item')).toBe('c');
    expect(status()).toBe(t.t('training.catalog.resultCount', { count: 4 }));
    expect(button()).toBeNull();
  });

  it('keeps the focus on the button and says so when the next page fails', async () => {
    await pressShowMore();
    const pending = host.answers.shift();
    pending?.page.error(new Error('offline'));
    await stable();
    expect(el.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      TestBed.inject(Translator).t('core.paging.loadMoreFailed'),
    );
    expect(el.querySelectorAll('li').length).toBe(2);
    expect(document.activeElement).toBe(button());
  });

  it('does not move the focus when a reload replaces the list while the next page was coming', async () => {
    await pressShowMore();
    host.rows.reload();
    await stable();
    host.answers.shift(); // the page the reload cancelled
    expect(host.answers[0].cursor).toBeNull();
    await answer({ items: rows('x', 'y', 'z'), nextCursor: null });
    expect(Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.trim())).toEqual(['x', 'y', 'z']);
    // The button is gone with the old list's end; nothing the person did not ask for takes the focus.
    expect(document.activeElement).toBe(document.body);
  });

  it('moves the focus to the last item when the next page came back empty', async () => {
    await pressShowMore();
    await answer({ items: [], nextCursor: null });
    expect(document.activeElement?.getAttribute('data-kp-page-item')).toBe('b');
  });
});
