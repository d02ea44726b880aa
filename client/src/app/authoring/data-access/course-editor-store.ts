import type { AuthoringLesson, CourseAuthoring } from '@kotopaikka/contracts';

import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { AuthoringApi } from './authoring-api';
import { orderOf } from './course-order';

/** The course being edited, shared by the editor's parts; provided per editor page. */
@Injectable()
export class CourseEditorStore {
  private readonly api = inject(AuthoringApi);
  private readonly courseSignal = signal<CourseAuthoring | null>(null);

  readonly course = this.courseSignal.asReadonly();
  readonly loadError = signal<string | null>(null);
  readonly selectedLessonId = signal<string | null>(null);
  readonly selectedLesson = computed<AuthoringLesson | null>(() => {
    const id = this.selectedLessonId();
    for (const m of this.courseSignal()?.modules ?? []) {
      const lesson = m.lessons.find((l) => l.id === id);
      if (lesson) return lesson;
    }
    return null;
  });

  set(course: CourseAuthoring): void {
    this.courseSignal.set(course);
  }

  async load(id: string): Promise<void> {
    this.loadError.set(null);
    try {
      this.courseSignal.set(await firstValueFrom(this.api.course(id)));
    } catch (error) {
      this.loadError.set(errorMessageKey(error));
    }
  }

  /** After a change made elsewhere (add, rename, delete): the server's view is the truth. */
  async reload(): Promise<void> {
    const id = this.courseSignal()?.id;
    if (id) await this.load(id);
  }

  /** Shows the new order at once and saves it; on failure puts the old one back and rethrows. */
  async reorder(next: CourseAuthoring): Promise<void> {
    const previous = this.courseSignal();
    this.courseSignal.set(next);
    try {
      await firstValueFrom(this.api.saveOrder(next.id, orderOf(next)));
    } catch (error) {
      this.courseSignal.set(previous);
      throw error;
    }
  }
}
