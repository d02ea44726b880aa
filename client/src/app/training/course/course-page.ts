import type { Certificate } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { TrainingApi } from '../data-access/training-api';
import { CourseFacts } from '../shared/course-facts';
import { courseLoader } from '../shared/course-loader';
import { firstLessonToContinue, lessonComplete, lessonsInOrder, quizPending } from '../shared/lesson-order';
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
  protected readonly course = this.loader.value;
  protected readonly notFound = computed(() => this.loader.failure() === 404);
  protected readonly continueLessonId = computed(() => {
    const course = this.course();
    return course ? (course.enrollment?.continueLessonId ?? firstLessonToContinue(course)) : null;
  });
  /** Every lesson is read but a required quiz waits: "continue" leads to that quiz. */
  protected readonly continueToQuiz = computed(() => {
    const course = this.course();
    const lessons = course ? lessonsInOrder(course).map((e) => e.lesson) : [];
    return lessons.every((l) => l.done) && lessons.some(quizPending);
  });
  protected readonly lessonComplete = lessonComplete;
  /** The learner's certificate of this course, once the course is completed and the worker has issued it. */
  protected readonly certificate = signal<Certificate | null>(null);
  protected readonly certificateChecked = signal(false);
  protected readonly enrolling = signal(false);
  protected readonly enrollErrorKey = signal<string | null>(null);
  protected readonly announcement = signal('');

  constructor() {
    effect(() => {
      const course = this.course();
      if (!course?.enrollment?.completedAt) return;
      untracked(() => this.loadCertificate(course.id));
    });
  }

  private loadCertificate(courseId: string): void {
    if (this.certificate()?.course.id === courseId) return;
    this.api.myCertificates().subscribe({
      next: (page) => {
        this.certificate.set(page.items.find((c) => c.course.id === courseId) ?? null);
        this.certificateChecked.set(true);
      },
      error: () => this.certificateChecked.set(true),
    });
  }

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
