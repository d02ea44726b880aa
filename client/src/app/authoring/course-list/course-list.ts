import { COURSE_STATUSES, type CourseAuthoring, type CourseStatus, type CourseSummary } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { EMPTY, expand, map, reduce } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { CourseForm } from '../course-editor/course-form';
import { AuthoringApi } from '../data-access/authoring-api';

/** `/authoring`: the author's courses grouped by status, and a form for a new course. */
@Component({
  selector: 'kp-course-list',
  imports: [CourseForm, MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-list.html',
})
export class CourseList {
  private readonly focus = focusAfterRender();
  private readonly api = inject(AuthoringApi);
  private readonly router = inject(Router);

  protected readonly statuses = COURSE_STATUSES;
  protected readonly courses = signal<CourseSummary[] | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly byStatus = computed(() => {
    const groups = Object.fromEntries(COURSE_STATUSES.map((s) => [s, [] as CourseSummary[]])) as Record<
      CourseStatus,
      CourseSummary[]
    >;
    for (const course of this.courses() ?? []) groups[course.status]?.push(course);
    return groups;
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.failure.set(null);
    this.api
      .listCourses(null)
      .pipe(
        expand((page) => (page.nextCursor ? this.api.listCourses(page.nextCursor) : EMPTY)),
        map((page) => page.items),
        reduce((all, items) => [...all, ...items], [] as CourseSummary[]),
      )
      .subscribe({
        next: (courses) => this.courses.set(courses),
        error: (error: unknown) => this.failure.set(errorMessageKey(error)),
      });
  }

  /** The button goes away with the click: focus the form's first field instead of losing it. */
  protected startCreating(): void {
    this.creating.set(true);
    this.focus('.kp-new-course input');
  }

  protected cancelCreating(): void {
    this.creating.set(false);
    this.focus('.kp-create-course');
  }

  protected created(course: CourseAuthoring): void {
    void this.router.navigate(['/authoring/courses', course.id], { state: { created: true } });
  }
}
