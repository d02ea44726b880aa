import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { MyCourse } from '@kotopaikka/contracts';

import { DateTimePipe, TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { TrainingApi } from '../data-access/training-api';

/** `/learning`: the learner's enrollments, unfinished first, each with its progress and where to continue. */
@Component({
  selector: 'kp-my-courses',
  imports: [DateTimePipe, MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-courses.html',
  styleUrls: ['../shared/training-page.scss', './my-courses.scss'],
})
export class MyCourses {
  private readonly api = inject(TrainingApi);
  protected readonly courses = signal<MyCourse[]>([]);
  protected readonly status = signal<'loading' | 'loaded' | 'error'>('loading');
  protected readonly inProgress = computed(() => this.courses().filter((c) => !c.completedAt));
  protected readonly completed = computed(() => this.courses().filter((c) => c.completedAt));

  private readonly translator = inject(Translator);

  constructor() {
    // Course titles come in the learner's language: ask again when it changes.
    toObservable(this.translator.locale)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.load());
  }

  protected load(): void {
    this.status.set('loading');
    this.api.myCourses(this.translator.locale()).subscribe({
      next: (page) => {
        this.courses.set(page.items);
        this.status.set('loaded');
      },
      error: () => this.status.set('error'),
    });
  }

  /** A due date (`YYYY-MM-DD`) at noon so that it formats as the same calendar day in Helsinki. */
  protected dueDate(date: string): string {
    return `${date}T12:00:00Z`;
  }
}
