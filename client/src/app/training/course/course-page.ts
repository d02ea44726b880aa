import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { DateTimePipe, TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { TrainingApi } from '../data-access/training-api';
import { courseLoader } from '../shared/course-loader';
import { CourseFacts } from '../shared/course-facts';
import { firstLessonToContinue } from '../shared/lesson-order';
import { trainingErrorKey } from '../shared/training-errors';

/** `/learning/courses/:id`: what the course is, its modules and lessons, and enrolling in it. */
@Component({
  selector: 'kp-course-page',
  imports: [CourseFacts, DateTimePipe, MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-page.html',
  styleUrls: ['../shared/training-page.scss', './course-page.scss'],
})
export class CoursePage {
  private readonly api = inject(TrainingApi);
  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();
  protected readonly loader = courseLoader(this.api, this.id, inject(Translator).locale);
  protected readonly course = computed(() => {
    const state = this.loader.state();
    return state.status === 'loaded' ? state.course : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.loader.state();
    return state.status === 'error' && state.notFound;
  });
  protected readonly continueLessonId = computed(() => {
    const course = this.course();
    return course ? (course.enrollment?.continueLessonId ?? firstLessonToContinue(course)) : null;
  });
  protected readonly enrolling = signal(false);
  protected readonly enrollErrorKey = signal<string | null>(null);
  protected readonly announcement = signal('');

  protected enroll(): void {
    this.enrolling.set(true);
    this.enrollErrorKey.set(null);
    this.api.enroll(this.id()).subscribe({
      next: (enrollment) => {
        this.enrolling.set(false);
        this.loader.patch((course) => ({ ...course, enrollment }));
        this.announcement.set('training.course.enrolledNow');
      },
      error: (error: unknown) => {
        this.enrolling.set(false);
        this.enrollErrorKey.set(trainingErrorKey(error));
      },
    });
  }

  protected dueDate(date: string): string {
    return `${date}T12:00:00Z`;
  }
}
