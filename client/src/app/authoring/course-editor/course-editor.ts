import type { CourseAuthoring } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { AuthoringApi } from '../data-access/authoring-api';
import { CourseEditorStore } from '../data-access/course-editor-store';
import { pick } from '../data-access/localized';
import { LessonEditor } from '../lesson-editor/lesson-editor';
import { AssignPanel } from './assign-panel';
import { CourseCover } from './course-cover';
import { CourseForm } from './course-form';
import { CourseStructure } from './course-structure';
import { publishProblems, type PublishProblemText } from './publish-problems';

/** `/authoring/courses/:id`: the course's details, its modules and lessons, and the selected lesson's blocks. */
@Component({
  selector: 'kp-course-editor',
  imports: [
    AssignPanel,
    CourseCover,
    CourseForm,
    CourseStructure,
    LessonEditor,
    MatButtonModule,
    MatTabsModule,
    RouterLink,
    TranslatePipe,
  ],
  providers: [CourseEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-editor.html',
})
export class CourseEditor {
  private readonly focus = focusAfterRender();
  private readonly api = inject(AuthoringApi);
  private readonly translator = inject(Translator);
  protected readonly store = inject(CourseEditorStore);
  /** Arrived here from "create course": its button is gone, so focus starts at this page's heading. */
  private readonly justCreated = !!inject(Router).currentNavigation()?.extras.state?.['created'];

  /** Route parameter. */
  readonly id = input.required<string>();
  protected readonly statusMessage = signal<string | null>(null);
  protected readonly statusError = signal<string | null>(null);
  /** What a refused publish says is missing. */
  protected readonly publishProblems = signal<PublishProblemText[]>([]);

  constructor() {
    effect(() => void this.load(this.id()));
  }

  private async load(id: string): Promise<void> {
    await this.store.load(id);
    if (this.justCreated) this.focus('h1');
  }

  protected title(course: CourseAuthoring): string {
    return pick(course.title, this.translator.locale());
  }

  protected detailsSaved(course: CourseAuthoring): void {
    // Keep the structure as loaded if the PATCH answer leaves it out.
    const current = this.store.course();
    this.store.set({
      ...current,
      ...course,
      modules: course.modules ?? current?.modules ?? [],
    });
  }

  protected async changeStatus(action: 'publish' | 'archive'): Promise<void> {
    const id = this.store.course()?.id;
    if (!id) return;
    this.statusError.set(null);
    this.publishProblems.set([]);
    try {
      await firstValueFrom(action === 'publish' ? this.api.publish(id) : this.api.archive(id), { defaultValue: null });
      await this.store.reload();
      this.statusMessage.set(this.translator.t(`authoring.status.done.${action}`));
      // The button pressed is gone (publish became archive): continue from the message saying what happened.
      this.focus('.kp-status-message');
    } catch (error) {
      this.statusError.set(errorMessageKey(error));
      this.publishProblems.set(publishProblems(error, this.store.course(), this.translator.locale()));
      this.focus('.kp-status-error');
    }
  }
}
