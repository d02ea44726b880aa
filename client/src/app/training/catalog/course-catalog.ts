import {
  type Audience,
  AUDIENCES,
  type CourseSummary,
  type Locale,
  type Municipality,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { cursorList } from '../../ui/paging/cursor-list';
import { ShowMore } from '../../ui/paging/show-more';
import { TrainingApi } from '../data-access/training-api';
import { CourseFacts } from '../shared/course-facts';

/** `/learning/catalog`: every published course the learner may take, searchable and filterable. */
@Component({
  selector: 'kp-course-catalog',
  imports: [
    CourseFacts,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    ShowMore,
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
  private readonly translator = inject(Translator);
  protected readonly courses = cursorList((cursor) => {
    const { q, audience, locale, municipalityId } = this.filters.getRawValue();
    return this.api.catalog({
      q: q || undefined,
      audience: audience || undefined,
      locale: locale || undefined,
      lang: this.translator.locale(),
      municipalityId: municipalityId || undefined,
      cursor: cursor ?? undefined,
    });
  });
  protected readonly courseKey = (course: CourseSummary): string => course.id;

  constructor() {
    // Titles and summaries come in the learner's language: ask again when it changes.
    toObservable(this.translator.locale)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.courses.reload());
    this.api
      .municipalities()
      .subscribe({ next: ({ items }) => this.municipalities.set(items), error: () => undefined });
    this.filters.valueChanges
      .pipe(
        debounceTime(300),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.courses.reload());
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.courses.reload();
  }
}
