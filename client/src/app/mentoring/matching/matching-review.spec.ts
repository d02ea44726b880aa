import type { MatchingRunView, PairRule } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest, until } from '../../testing/test-app';
import { MatchingReview } from './matching-review';
import { aProgram, aRule, aRun, JYVASKYLA, PROGRAM_ID, SAARIJARVI, setUpMatchingTest } from './matching-testing';

const base = `/api/mentoring/programs/${PROGRAM_ID}`;

describe('MatchingReview', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MatchingReview>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = (id: string) => el.querySelector<HTMLElement>(`[data-testid=${id}]`);
  const present = (id: string): HTMLElement => {
    const found = byTestId(id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const menteeColumn = () =>
    Array.from(el.querySelectorAll('[data-testid=suggestions] tbody th[scope=row]')).map((th) =>
      th.textContent?.trim(),
    );
  const row = (mentee: string): HTMLTableRowElement => {
    const found = Array.from(el.querySelectorAll<HTMLTableRowElement>('[data-testid=suggestions] tbody tr')).find(
      (tr) => tr.querySelector('th')?.textContent?.trim() === mentee,
    );
    if (!found) throw new Error(`no row of ${mentee}`);
    return found;
  };
  /** A button by its visible words (the pair's names that follow are for screen readers). */
  const button = (root: HTMLElement, words: string): HTMLButtonElement => {
    const visible = (b: HTMLButtonElement) => {
      const copy = b.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return copy.textContent?.trim();
    };
    const found = Array.from(root.querySelectorAll('button')).find((b) => visible(b) === words);
    if (!found) throw new Error(`no button "${words}"`);
    return found;
  };

  const dialogButtons = () => Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-actions button'));
  /** The confirmation's buttons [cancel, confirm] once the dialog has rendered its texts (and its close bindings). */
  const confirmation = () =>
    until(() => {
      const buttons = dialogButtons();
      return buttons.length === 2 && buttons[1].textContent?.trim() ? buttons : null;
    }, 'the confirmation');

  beforeEach(() => {
    http = setUpMatchingTest();
  });

  afterEach(() => {
    http.verify();
    el?.remove();
  });

  async function open(run: MatchingRunView | null, rules: PairRule[] = [], mayManage = true): Promise<void> {
    fixture = TestBed.createComponent(MatchingReview);
    fixture.componentRef.setInput('id', PROGRAM_ID);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    (await nextRequest(http, 'GET', base)).flush(aProgram({ mayManage }));
    const latest = await nextRequest(http, 'GET', `${base}/matching-runs/latest`);
    if (run) latest.flush(run);
    else latest.flush({ code: 'not_found' }, { status: 404, statusText: 'Not Found' });
    if (mayManage) (await nextRequest(http, 'GET', `${base}/pair-rules`)).flush(rules);
    await fixture.whenStable();
  }

  it('shows the summary and each suggestion with its score, municipalities, pinned badge and reasons in the UI language', async () => {
    await open(aRun());
    expect(el.querySelector('h1')?.textContent).toContain('Vertaismentorointi 2027');
    expect(present('run-status').textContent?.trim()).toBe(t('mentoring.matching.runStatus.draft'));
    const figures = Array.from(present('run-summary').querySelectorAll('dd')).map((dd) => dd.textContent?.trim());
    expect(figures).toEqual(['4', '5', '3', '185']);
    expect(menteeColumn()).toEqual(['Aada', 'Bashir', 'Cecilia']);
    const bashir = Array.from(row('Bashir').cells).map((c) => c.textContent?.trim());
    expect(bashir[0]).toBe('Anna Mentor');
    expect(bashir[2]).toBe(t('mentoring.matching.twoMunicipalities', { mentor: 'Jyväskylä', mentee: 'Laukaa' }));
    expect(bashir[3]).toBe('85');
    expect(bashir[4]).toBe('puhutte suomea (Bashir)');
    expect(row('Bashir').querySelector('[data-testid=pinned-badge]')).not.toBeNull();
    expect(row('Aada').querySelector('[data-testid=pinned-badge]')).toBeNull();
    expect(row('Aada').cells[2].textContent?.trim()).toBe('Laukaa');
    // The row's buttons name the pair for screen readers.
    expect(button(row('Aada'), t('mentoring.matching.pin')).textContent).toContain('Veikko Mentor ja Aada');

    TestBed.inject(Translator).use('en');
    await fixture.whenStable();
    expect(row('Bashir').cells[4].textContent?.trim()).toBe('you both speak Finnish (Bashir)');
  });

  it('sorts by mentee, mentor and score from buttons in the headers, saying so with aria-sort', async () => {
    await open(aRun());
    const header = (key: string) => present(`sort-${key}`).closest('th') as HTMLElement;
    expect(header('mentee').getAttribute('aria-sort')).toBe('ascending');
    expect(header('score').hasAttribute('aria-sort')).toBeFalse();

    present('sort-score').click();
    await fixture.whenStable();
    expect(menteeColumn()).toEqual(['Bashir', 'Cecilia', 'Aada']);
    expect(header('score').getAttribute('aria-sort')).toBe('descending');
    expect(header('mentee').hasAttribute('aria-sort')).toBeFalse();

    present('sort-score').click();
    await fixture.whenStable();
    expect(menteeColumn()).toEqual(['Aada', 'Cecilia', 'Bashir']);
    expect(header('score').getAttribute('aria-sort')).toBe('ascending');

    present('sort-mentor').click();
    await fixture.whenStable();
    expect(menteeColumn()).toEqual(['Bashir', 'Cecilia', 'Aada']);
    expect(header('mentor').getAttribute('aria-sort')).toBe('ascending');

    present('sort-mentee').click();
    present('sort-mentee').click();
    await fixture.whenStable();
    expect(menteeColumn()).toEqual(['Cecilia', 'Bashir', 'Aada']);
    expect(header('mentee').getAttribute('aria-sort')).toBe('descending');
  });

  it("filters by a mentor's or a mentee's municipality, the unmatched too, and says how many are shown", async () => {
    await open(aRun());
    const select = present('municipality-filter') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual([
      t('mentoring.matching.allMunicipalities'),
      'Jyväskylä',
      'Laukaa',
      'Saarijärvi',
    ]);
    const choose = async (id: string) => {
      select.value = id;
      select.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    await choose(JYVASKYLA.id);
    expect(menteeColumn()).toEqual(['Bashir']);
    expect(present('shown-count').textContent?.trim()).toBe(t('mentoring.matching.shownCount', { count: 1, total: 3 }));
    expect(present('unmatched').textContent).toContain('Dmitri');
    expect(present('unmatched').textContent).not.toContain('Eeva');

    await choose(SAARIJARVI.id);
    expect(menteeColumn()).toEqual(['Cecilia']);
    expect(present('unmatched').textContent?.trim()).toBe(t('mentoring.matching.noUnmatched'));

    await choose('');
    expect(menteeColumn().length).toBe(3);
  });

  it('lists the unmatched with their reasons and the pins the engine could not keep, in words', async () => {
    await open(aRun());
    const unmatched = Array.from(present('unmatched').querySelectorAll('li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(unmatched).toEqual([
      `Dmitri (Jyväskylä): ${t('mentoring.matching.unmatchedReason.no_shared_language')}`,
      `Eeva (Laukaa): ${t('mentoring.matching.unmatchedReason.mentors_full')}`,
    ]);
    expect(present('rejected-pins').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      `Olli ja Eeva: ${t('mentoring.matching.pinRejection.mentor_full')}`,
    );
    expect(el.textContent).not.toContain('mentoring.matching.');
  });

  it('pins and blocks a pair, lists the rules, keeps focus in the row and offers a re-run that replaces the run', async () => {
    const run = aRun();
    await open(run);
    expect(byTestId('rules-changed')).toBeNull();

    button(row('Aada'), t('mentoring.matching.pin')).click();
    const pin = await nextRequest(http, 'POST', `${base}/pair-rules`);
    expect(pin.request.body).toEqual({ mentorProfileId: 'mp-1', menteeRequestId: 'mr-1', kind: 'pin' });
    pin.flush(aRule(run.suggestions[0], 'pin'));
    await fixture.whenStable();
    const unpin = button(row('Aada'), t('mentoring.matching.unpin'));
    await until(() => document.activeElement === unpin, 'focus on the row’s new button');
    expect(present('matching-notice').textContent?.trim()).toBe(
      t('mentoring.matching.pinnedNotice', { pair: 'Veikko Mentor ja Aada' }),
    );
    expect(present('rules-changed').textContent?.trim()).toBe(t('mentoring.matching.rulesChanged'));

    button(row('Cecilia'), t('mentoring.matching.block')).click();
    const block = await nextRequest(http, 'POST', `${base}/pair-rules`);
    expect(block.request.body).toEqual({ mentorProfileId: 'mp-3', menteeRequestId: 'mr-3', kind: 'block' });
    block.flush(aRule(run.suggestions[2], 'block'));
    await fixture.whenStable();
    expect(row('Cecilia').textContent).toContain(t('mentoring.matching.blocked'));
    const rules = Array.from(present('rules').querySelectorAll('li')).map((li) =>
      li.firstElementChild?.textContent?.trim(),
    );
    expect(rules).toEqual([t('mentoring.matching.ruleKind.pin'), t('mentoring.matching.ruleKind.block')]);

    present('run-again').click();
    const rerun = await nextRequest(http, 'POST', `${base}/matching-runs`);
    rerun.flush(
      aRun({ id: 'run-2', suggestions: [{ ...run.suggestions[0], pinned: true }], matched: 1, totalScore: 40 }),
    );
    await fixture.whenStable();
    expect(menteeColumn()).toEqual(['Aada']);
    expect(row('Aada').querySelector('[data-testid=pinned-badge]')).not.toBeNull();
    expect(byTestId('rules-changed')).toBeNull();
    expect(present('matching-notice').textContent?.trim()).toBe(t('mentoring.matching.ranNotice', { count: 1 }));
  });

  it('removes a pin from its row and a block from the list of rules (DELETE)', async () => {
    const run = aRun();
    await open(run, [aRule(run.suggestions[1], 'pin', 'rule-1'), aRule(run.suggestions[2], 'block', 'rule-2')]);
    button(row('Bashir'), t('mentoring.matching.unpin')).click();
    (await nextRequest(http, 'DELETE', `${base}/pair-rules/rule-1`)).flush(null);
    await fixture.whenStable();
    expect(button(row('Bashir'), t('mentoring.matching.pin'))).toBeTruthy();

    button(present('rules'), t('mentoring.matching.removeRule')).click();
    (await nextRequest(http, 'DELETE', `${base}/pair-rules/rule-2`)).flush(null);
    await fixture.whenStable();
    expect(present('rules').textContent?.trim()).toBe(t('mentoring.matching.noRules'));
    const notice = present('matching-notice');
    expect(notice.textContent?.trim()).toBe(
      t('mentoring.matching.unblockedNotice', { pair: 'Matti Mentor ja Cecilia' }),
    );
    await until(() => document.activeElement === notice, 'focus on the message');
    expect(present('rules-changed')).toBeTruthy();
  });

  it('publishes only after the coordinator confirms the number of proposals, then shows the run as published', async () => {
    await open(aRun());
    const publish = present('publish');
    expect(publish.textContent?.trim()).toBe(t('mentoring.matching.publish', { count: 3 }));

    publish.click();
    const [cancel, confirm] = await confirmation();
    expect(document.querySelector('mat-dialog-content')?.textContent).toContain(
      t('mentoring.matching.publishMessage', { count: 3, days: 14 }),
    );
    expect(confirm.textContent?.trim()).toBe(t('mentoring.matching.publishConfirm', { count: 3 }));
    cancel.click();
    await until(() => dialogButtons().length === 0, 'the dialog closed');
    http.expectNone(`/api/mentoring/matching-runs/run-1/publish`);

    publish.click();
    (await confirmation())[1].click();
    (await nextRequest(http, 'POST', '/api/mentoring/matching-runs/run-1/publish')).flush({ proposed: 3 });
    await fixture.whenStable();
    expect(present('matching-notice').textContent?.trim()).toBe(t('mentoring.matching.publishedNotice', { count: 3 }));
    expect(present('run-status').textContent?.trim()).toBe(t('mentoring.matching.runStatus.published'));
    expect(byTestId('publish')).toBeNull();
  });

  it('says how many suggestions publishing could not send any more', async () => {
    await open(aRun());
    present('publish').click();
    (await confirmation())[1].click();
    (await nextRequest(http, 'POST', '/api/mentoring/matching-runs/run-1/publish')).flush({ proposed: 2 });
    await fixture.whenStable();
    expect(present('matching-notice').textContent?.trim()).toBe(
      t('mentoring.matching.publishedSkipped', { count: 2, skipped: 1 }),
    );
  });

  it('says what went wrong when publishing fails and keeps the run a draft', async () => {
    await open(aRun());
    present('publish').click();
    (await confirmation())[1].click();
    (await nextRequest(http, 'POST', '/api/mentoring/matching-runs/run-1/publish')).flush(
      { code: 'conflict' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    const failure = present('matching-failure');
    expect(failure.textContent?.trim()).toBe(t('core.error.conflict'));
    await until(() => document.activeElement === failure, 'focus on the failure');
    expect(present('run-status').textContent?.trim()).toBe(t('mentoring.matching.runStatus.draft'));
  });

  it('before the first run offers "Run matching", and shows the run it makes', async () => {
    await open(null);
    expect(present('no-run').textContent).toContain(t('mentoring.matching.noRun'));
    expect(byTestId('suggestions')).toBeNull();
    expect(present('rules').textContent?.trim()).toBe(t('mentoring.matching.noRules'));

    present('run-first').click();
    (await nextRequest(http, 'POST', `${base}/matching-runs`)).flush(aRun());
    await fixture.whenStable();
    expect(byTestId('no-run')).toBeNull();
    expect(menteeColumn()).toEqual(['Aada', 'Bashir', 'Cecilia']);
  });

  it('shows a coordinator who does not manage the whole program the run without pin, block, run or publish', async () => {
    await open(aRun(), [], false);
    expect(menteeColumn()).toEqual(['Aada', 'Bashir', 'Cecilia']);
    expect(row('Bashir').querySelector('[data-testid=pinned-badge]')).not.toBeNull();
    expect(el.querySelectorAll('[data-testid=suggestions] tbody button').length).toBe(0);
    expect(byTestId('run-again')).toBeNull();
    expect(byTestId('publish')).toBeNull();
    expect(byTestId('rules')).toBeNull();
    http.expectNone(`${base}/pair-rules`);
  });

  it('says the program is not there when the program itself is not found', async () => {
    fixture = TestBed.createComponent(MatchingReview);
    fixture.componentRef.setInput('id', PROGRAM_ID);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    (await nextRequest(http, 'GET', base)).flush({ code: 'not_found' }, { status: 404, statusText: 'Not Found' });
    (await nextRequest(http, 'GET', `${base}/matching-runs/latest`)).flush(
      { code: 'not_found' },
      { status: 404, statusText: 'Not Found' },
    );
    await fixture.whenStable();
    expect(byTestId('program-not-found')?.textContent?.trim()).toBe(t('mentoring.matching.notFound'));
    expect(byTestId('no-run')).toBeNull();
  });

  it('says when a run suggested nobody and offers no publishing', async () => {
    await open(aRun({ suggestions: [], matched: 0, totalScore: 0, status: 'draft' }));
    expect(present('no-suggestions').textContent?.trim()).toBe(t('mentoring.matching.noSuggestions'));
    expect(byTestId('publish')).toBeNull();
  });
});
