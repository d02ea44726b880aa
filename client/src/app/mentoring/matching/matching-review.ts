import {
  type MatchingRunView,
  type MatchingSuggestion,
  type MentoringProgram,
  type PairRule,
  type PairRuleKind,
  PROPOSAL_EXPIRY_DAYS,
} from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { catchError, of, throwError } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { failedStatus, keyedLoad } from '../../core/http/keyed-load';
import { DateTimePipe, NumberPipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { MentoringMatchingApi } from '../data-access/mentoring-matching-api';
import {
  DEFAULT_SORT,
  inMunicipality,
  nextSort,
  ruleOf,
  runMunicipalities,
  sortSuggestions,
  type SuggestionSort,
  type SuggestionSortKey,
} from './suggestion-rows';

const NOTICE = '[data-testid=matching-notice]';

/** The first action button of a pair's row, which replaces the one just pressed. */
function rowActions(rule: Pick<PairRule, 'mentorProfileId' | 'menteeRequestId'>): string {
  return `tr[data-pair="${rule.mentorProfileId}:${rule.menteeRequestId}"] .kp-row-actions button`;
}

function samePair(a: PairRule, b: PairRule): boolean {
  return a.mentorProfileId === b.mentorProfileId && a.menteeRequestId === b.menteeRequestId;
}

/** A message after an action: a dictionary key and its parameters. */
interface Notice {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * `/mentoring/programs/:id/matching`: the latest run's suggestions with their reasons (sortable, filterable by
 * municipality), the unmatched and the pins not kept; pins and blocks, re-run, and publish after a confirmation.
 */
@Component({
  selector: 'kp-matching-review',
  imports: [
    DateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    NumberPipe,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matching-review.html',
  styleUrls: ['../../live/shared/live-page.scss', './matching-page.scss', './matching-review.scss'],
})
export class MatchingReview {
  private readonly api = inject(MentoringMatchingApi);
  private readonly dialog = inject(MatDialog);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();

  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();

  private readonly programLoader = keyedLoad(this.id, (id) => this.api.program(id));
  protected readonly program = this.programLoader.value;
  protected readonly programNotFound = computed(() => this.programLoader.failure() === 404);
  /** Coordinators of only some of the program's municipalities read the run; those who manage it act on it. */
  protected readonly mayManage = computed(() => this.program()?.mayManage ?? false);
  /** The latest run, or null when none has been run yet (the API's 404). */
  private readonly runLoader = keyedLoad(this.id, (id) =>
    this.api
      .latestRun(id)
      .pipe(
        catchError((error: unknown) =>
          failedStatus(error) === 404 ? of<MatchingRunView | null>(null) : throwError(() => error),
        ),
      ),
  );
  protected readonly runLoad = this.runLoader.state;
  protected readonly run = this.runLoader.value;
  /** Pins and blocks are the managers' own: asked for once the program says the viewer is one. */
  private readonly rulesLoader = keyedLoad(
    computed(() => (this.mayManage() ? this.id() : null)),
    (id) => (id === null ? of<PairRule[]>([]) : this.api.pairRules(id)),
  );
  protected readonly rulesLoad = this.rulesLoader.state;
  protected readonly rules = computed(() => this.rulesLoader.value() ?? []);

  protected readonly sort = signal<SuggestionSort>(DEFAULT_SORT);
  protected readonly municipalityId = signal('');
  protected readonly busy = signal(false);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly failure = signal<string | null>(null);
  /** Pins or blocks were changed after the run shown: it stays as it was until matching runs again. */
  protected readonly rulesChanged = signal(false);

  private readonly collator = computed(() => new Intl.Collator(this.translator.intlTag()));
  protected readonly municipalities = computed(() => {
    const run = this.run();
    return run ? runMunicipalities(run, this.collator()) : [];
  });
  protected readonly rows = computed(() => {
    const run = this.run();
    if (!run) return [];
    const place = this.municipalityId();
    return sortSuggestions(
      run.suggestions.filter((s) => inMunicipality(s, place)),
      this.sort(),
      this.collator(),
    );
  });
  protected readonly unmatched = computed(() => {
    const place = this.municipalityId();
    return (this.run()?.unmatched ?? []).filter((u) => place === '' || u.mentee.municipality.id === place);
  });
  protected readonly mayPublish = computed(() => {
    const run = this.run();
    return this.mayManage() && !!run && run.status === 'draft' && run.suggestions.length > 0;
  });

  protected programName(program: MentoringProgram | null): string {
    return program ? this.translator.t('mentoring.matching.pageHeading', { program: program.name }) : '';
  }

  protected reloadRun(): void {
    this.runLoader.reload();
  }

  protected reloadRules(): void {
    this.rulesLoader.reload();
  }

  protected ariaSort(key: SuggestionSortKey): string | null {
    const sort = this.sort();
    return sort.key === key ? sort.direction : null;
  }

  protected sortBy(key: SuggestionSortKey): void {
    this.sort.update((current) => nextSort(current, key));
  }

  protected filterBy(municipalityId: string): void {
    this.municipalityId.set(municipalityId);
  }

  protected explanation(suggestion: MatchingSuggestion): string {
    return suggestion.explanation[this.translator.locale()] || suggestion.explanation.fi;
  }

  protected municipalityText(suggestion: MatchingSuggestion): string {
    const mentor = suggestion.mentor.municipality;
    const mentee = suggestion.mentee.municipality;
    return mentor.id === mentee.id
      ? mentor.name
      : this.translator.t('mentoring.matching.twoMunicipalities', { mentor: mentor.name, mentee: mentee.name });
  }

  protected ruleOf(suggestion: MatchingSuggestion): PairRule | null {
    return ruleOf(this.rules(), suggestion);
  }

  protected pairName(mentor: string, mentee: string): string {
    return this.translator.t('mentoring.matching.pairName', { mentor, mentee });
  }

  /** Runs matching now (the first time or again), replacing the run shown. */
  protected runMatching(): void {
    if (this.busy()) return;
    this.start();
    this.api.run(this.id()).subscribe({
      next: (run) => {
        this.busy.set(false);
        this.runLoader.patch(() => run);
        this.rulesChanged.set(false);
        this.say({ key: 'mentoring.matching.ranNotice', params: { count: run.matched } });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected addRule(suggestion: MatchingSuggestion, kind: PairRuleKind): void {
    if (this.busy()) return;
    this.start();
    const input = { mentorProfileId: suggestion.mentor.profileId, menteeRequestId: suggestion.mentee.requestId, kind };
    this.api.addPairRule(this.id(), input).subscribe({
      next: (rule) => {
        this.busy.set(false);
        // The server replaces a rule already on the pair.
        this.rulesLoader.patch((rules) => [...rules.filter((r) => !samePair(r, rule)), rule]);
        this.rulesChanged.set(true);
        this.say(
          {
            key: kind === 'pin' ? 'mentoring.matching.pinnedNotice' : 'mentoring.matching.blockedNotice',
            params: { pair: this.pairName(rule.mentor.name, rule.mentee.name) },
          },
          rowActions(rule),
        );
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** From a row (Unpin, Unblock) focus stays in the row; from the list of rules it goes to the message. */
  protected removeRule(rule: PairRule, fromRow = false): void {
    if (this.busy()) return;
    this.start();
    this.api.removePairRule(this.id(), rule.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.rulesLoader.patch((rules) => rules.filter((r) => r.id !== rule.id));
        this.rulesChanged.set(true);
        this.say(
          {
            key: rule.kind === 'pin' ? 'mentoring.matching.unpinnedNotice' : 'mentoring.matching.unblockedNotice',
            params: { pair: this.pairName(rule.mentor.name, rule.mentee.name) },
          },
          fromRow ? rowActions(rule) : NOTICE,
        );
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** Sends the proposals of the run shown once the coordinator has confirmed how many. */
  protected publish(run: MatchingRunView): void {
    if (this.busy()) return;
    const count = run.suggestions.length;
    const message = this.translator.t('mentoring.matching.publishMessage', { count, days: PROPOSAL_EXPIRY_DAYS });
    confirmAction(this.dialog, {
      title: this.translator.t('mentoring.matching.publishTitle'),
      message: this.rulesChanged() ? `${message} ${this.translator.t('mentoring.matching.publishStale')}` : message,
      confirmLabel: this.translator.t('mentoring.matching.publishConfirm', { count }),
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.start();
      this.api.publish(run.id).subscribe({
        next: (result) => {
          this.busy.set(false);
          this.runLoader.patch((shown) =>
            shown && shown.id === run.id
              ? { ...shown, status: 'published', publishedAt: new Date().toISOString() }
              : shown,
          );
          // Suggestions whose mentor filled up or whose mentee got a proposal since the run are not sent.
          const skipped = count - result.proposed;
          this.say(
            skipped > 0
              ? { key: 'mentoring.matching.publishedSkipped', params: { count: result.proposed, skipped } }
              : { key: 'mentoring.matching.publishedNotice', params: { count: result.proposed } },
          );
        },
        error: (error: unknown) => this.fail(error),
      });
    });
  }

  private start(): void {
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set(null);
  }

  /** The message is announced (a polite live region); focus goes where the person carries on. */
  private say(notice: Notice, focusOn = NOTICE): void {
    this.notice.set(notice);
    this.focus(focusOn);
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.failure.set(errorMessageKey(error));
    this.focus('[data-testid=matching-failure]');
  }
}
