import type { IdName, UserSummary } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { catchError, combineLatest, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { LiveSessionsApi } from '../data-access/live-sessions-api';

type Found = { status: 'idle' } | { status: 'failed' } | { status: 'ready'; people: UserSummary[] };

/**
 * Finds people by name or e-mail (the admin people API, within what the viewer may see) and offers each as an
 * "add" button: a search field and a list rather than a combobox, which reads plainly with every screen reader.
 */
@Component({
  selector: 'kp-person-picker',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="kp-person-search" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="search"
        autocomplete="off"
        [value]="query()"
        (input)="query.set($any($event.target).value)"
        [attr.data-testid]="testId() + '-search'"
      />
      <mat-hint>{{ 'live.picker.hint' | t }}</mat-hint>
    </mat-form-field>
    <p class="visually-hidden" aria-live="polite">
      @if (found(); as f) {
        @if (f.status === 'ready') {
          {{ 'live.picker.found' | t: { count: f.people.length } }}
        }
      }
    </p>
    @if (found(); as f) {
      @if (f.status === 'failed') {
        <p class="kp-error" role="alert">{{ 'live.common.loadFailed' | t }}</p>
      } @else if (f.status === 'ready') {
        <ul class="kp-person-results" [attr.data-testid]="testId() + '-results'">
          @for (p of f.people; track p.id) {
            <li>
              <button mat-button type="button" (click)="choose(p)" [disabled]="excluded().includes(p.id)">
                {{ 'live.picker.add' | t: { name: p.displayName } }}
              </button>
              <span class="kp-secondary">{{ p.municipality?.name }}</span>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .kp-person-search {
      inline-size: min(100%, 24rem);
    }
    .kp-person-results {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .kp-secondary {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PersonPicker {
  private readonly api = inject(LiveSessionsApi);
  readonly label = input.required<string>();
  readonly municipalityId = input<string | null>(null);
  /** Ids already chosen: shown, not offered again. */
  readonly excluded = input<readonly string[]>([]);
  readonly testId = input('person');
  readonly picked = output<IdName>();

  protected readonly query = signal('');
  protected readonly found = signal<Found>({ status: 'idle' });

  constructor() {
    combineLatest([toObservable(this.query).pipe(debounceTime(300)), toObservable(this.municipalityId)])
      .pipe(
        map(([q, municipalityId]) => ({ q: q.trim(), municipalityId })),
        distinctUntilChanged((a, b) => a.q === b.q && a.municipalityId === b.municipalityId),
        switchMap(({ q, municipalityId }) =>
          q.length < 2
            ? of<Found>({ status: 'idle' })
            : this.api.searchPeople(q, municipalityId).pipe(
                map((people): Found => ({ status: 'ready', people })),
                catchError(() => of<Found>({ status: 'failed' })),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((found) => this.found.set(found));
  }

  protected choose(person: UserSummary): void {
    this.picked.emit({ id: person.id, name: person.displayName });
  }
}
