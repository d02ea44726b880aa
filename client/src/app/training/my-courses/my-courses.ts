import type { MyCourse } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { cursorList } from '../../ui/paging/cursor-list';
import { ShowMore } from '../../ui/paging/show-more';
import { TrainingApi } from '../data-access/training-api';

/** `/learning`: the learner's enrollments, unfinished first, each with its progress and where to continue; a page at a time. */
@Component({
  selector: 'kp-my-courses',
  imports: [DateTimePipe, MatButtonModule, MatProgressBarModule, RouterLink, ShowMore, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-courses.html',
  styleUrls: ['../shared/training-page.scss', './my-courses.scss'],
})
export class MyCourses {
  private readonly api = inject(TrainingApi);
  private readonly translator = inject(Translator);
  protected readonly courses = cursorList((cursor) => this.api.myCourses(this.translator.locale(), cursor));
  protected readonly inProgress = computed(() => this.courses.items().filter((c) => !c.completedAt));
  protected readonly completed = computed(() => this.courses.items().filter((c) => c.completedAt));
  protected readonly enrollmentKey = (item: MyCourse): string => item.enrollmentId;

  constructor() {
    // Course titles come in the learner's language: ask again when it changes.
    toObservable(this.translator.locale)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.courses.reload());
  }

  /** A due date (`YYYY-MM-DD`) at noon so that it formats as the same calendar day in Helsinki. */
  protected dueDate(date: string): string {
    return `${date}T12:00:00Z`;
  }
}
