import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  type Audience,
  AUDIENCES,
  type CourseSummary,
  type Locale,
  type Municipality,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';
import { debounceTime, distinctUntilChanged, type Subscription } from 'rxjs';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { TrainingApi } from '../data-access/training-api';

type Status = 'loading' | 'loaded' | 'error';

/** `/learning/catalog`: every published course the learner may take, searchable and filterable. */
@Component({
  selector: 'kp-course-catalog',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-catalog.html',
  styleUrls: ['../shared/training-page.scss', './course-catalog.scss'],
})
export class CourseCatalog {
  private readonly api = inject(TrainingApi);
  protected readonly audiences = AUDIENCES;
  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly municipalities = signal<Municipality[]>([]);
  protected readonly filters = inject(NonNullableFormBuilder).group({
    q: '',
    audience: '' as Audience | '',
    locale: '' as Locale | '',
    municipalityId: '',
  });
  protected readonly courses = signal<CourseSummary[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<Status>('loading');
  /** Announced politely after each search: how many courses are shown. */
  protected readonly resultCount = signal<number | null>(null);
  private inFlight: Subscription | undefined;
  private readonly translator = inject(Translator);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.inFlight?.unsubscribe());
    // Titles and summaries come in the learner's language: ask again when it changes.
    toObservable(this.translator.locale)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.load(null));
    this.api.municipalities().subscribe({ next: ({ items }) => this.municipalities.set(items), error: () => undefined });
    this.filters.valueChanges
      .pipe(debounceTime(300), distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)), takeUntilDestroyed())
      .subscribe(() => this.load(null));
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.load(null);
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (cursor && this.status() !== 'loading') this.load(cursor);
  }

  protected retry(): void {
    this.load(null);
  }

  private load(cursor: string | null): void {
    this.inFlight?.unsubscribe();
    this.status.set('loading');
    const { q, audience, locale, municipalityId } = this.filters.getRawValue();
    this.inFlight = this.api
      .catalog({
        q: q || undefined,
        audience: audience || undefined,
        locale: locale || undefined,
        lang: this.translator.locale(),
        municipalityId: municipalityId || undefined,
        cursor: cursor ?? undefined,
      })
      .subscribe({
        next: (page) => {
          this.courses.update((current) => (cursor ? [...current, ...page.items] : page.items));
          this.nextCursor.set(page.nextCursor);
          this.status.set('loaded');
          this.resultCount.set(this.courses().length);
        },
        error: () => this.status.set('error'),
      });
  }
}
