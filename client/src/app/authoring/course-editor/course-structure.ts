import type { AuthoringLesson, AuthoringModule, LocalizedText } from '@kotopaikka/contracts';

import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { filter, firstValueFrom, type Observable } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { AuthoringApi } from '../data-access/authoring-api';
import { CourseEditorStore } from '../data-access/course-editor-store';
import { moveLesson, moveModule } from '../data-access/course-order';
import { pick } from '../data-access/localized';
import { TitleDialog, type TitleDialogData } from './title-dialog';

/** Modules and lessons: add, rename, delete, and reorder by dragging or with the move buttons. */
@Component({
  selector: 'kp-course-structure',
  imports: [DragDropModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-structure.html',
})
export class CourseStructure {
  private readonly api = inject(AuthoringApi);
  private readonly dialog = inject(MatDialog);
  private readonly translator = inject(Translator);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly store = inject(CourseEditorStore);

  /** The live region's text: what the last move or change did. */
  protected readonly announcement = signal('');

  protected name(text: LocalizedText): string {
    return pick(text, this.translator.locale());
  }

  protected dropModule(event: CdkDragDrop<unknown>): void {
    void this.shiftModule(event.previousIndex, event.currentIndex, false);
  }

  protected dropLesson(module: AuthoringModule, event: CdkDragDrop<unknown>): void {
    void this.shiftLesson(module, event.previousIndex, event.currentIndex, false);
  }

  protected moveModuleBy(index: number, delta: -1 | 1): void {
    void this.shiftModule(index, index + delta, true);
  }

  protected moveLessonBy(module: AuthoringModule, index: number, delta: -1 | 1): void {
    void this.shiftLesson(module, index, index + delta, true);
  }

  private async shiftModule(from: number, to: number, keepFocus: boolean): Promise<void> {
    const course = this.store.course();
    if (!course || from === to || to < 0 || to >= course.modules.length) return;
    const moved = course.modules[from];
    await this.saveMove(
      () => this.store.reorder(moveModule(course, from, to)),
      this.name(moved.title),
      to,
      course.modules.length,
    );
    if (keepFocus) this.focusMove(moved.id, to > from ? 'down' : 'up');
  }

  private async shiftLesson(module: AuthoringModule, from: number, to: number, keepFocus: boolean): Promise<void> {
    const course = this.store.course();
    if (!course || from === to || to < 0 || to >= module.lessons.length) return;
    const moved = module.lessons[from];
    await this.saveMove(
      () => this.store.reorder(moveLesson(course, module.id, from, to)),
      this.name(moved.title),
      to,
      module.lessons.length,
    );
    if (keepFocus) this.focusMove(moved.id, to > from ? 'down' : 'up');
  }

  private async saveMove(save: () => Promise<void>, name: string, to: number, count: number): Promise<void> {
    try {
      await save();
      this.announcement.set(
        this.translator.t('authoring.structure.moved', {
          name,
          position: to + 1,
          count,
        }),
      );
    } catch (error) {
      this.announcement.set(
        `${this.translator.t('authoring.structure.moveFailed')} ${this.translator.t(errorMessageKey(error))}`,
      );
    }
  }

  /** Keeps keyboard focus on the moved item's button (or its other move button at the end of the list). */
  private focusMove(id: string, direction: 'up' | 'down'): void {
    setTimeout(() => {
      const buttons = Array.from(
        this.host.nativeElement.querySelectorAll<HTMLButtonElement>(`[data-move-id="${id}"]`),
      ).filter((b) => !b.disabled);
      (buttons.find((b) => b.dataset['direction'] === direction) ?? buttons[0])?.focus();
    });
  }

  protected select(lesson: AuthoringLesson): void {
    this.store.selectedLessonId.set(lesson.id);
  }

  protected addModule(): void {
    const course = this.store.course();
    if (!course) return;
    void this.named('authoring.structure.addModule', null, (title) => this.api.addModule(course.id, title));
  }

  protected addLesson(module: AuthoringModule): void {
    void this.named('authoring.structure.addLesson', null, (title) => this.api.addLesson(module.id, title));
  }

  protected renameModule(module: AuthoringModule): void {
    void this.named('authoring.structure.renameModule', module.title, (title) =>
      this.api.renameModule(module.id, title),
    );
  }

  protected renameLesson(lesson: AuthoringLesson): void {
    void this.named('authoring.structure.renameLesson', lesson.title, (title) =>
      this.api.updateLesson(lesson.id, { title }),
    );
  }

  protected deleteModule(module: AuthoringModule): void {
    void this.confirmed('authoring.structure.deleteModule', this.name(module.title), () =>
      this.api.deleteModule(module.id),
    );
  }

  protected deleteLesson(lesson: AuthoringLesson): void {
    void this.confirmed('authoring.structure.deleteLesson', this.name(lesson.title), () =>
      this.api.deleteLesson(lesson.id),
    );
  }

  private async named(
    headingKey: string,
    title: LocalizedText | null,
    save: (title: LocalizedText) => Observable<unknown>,
  ): Promise<void> {
    const chosen = await firstValueFrom(
      this.dialog
        .open<TitleDialog, TitleDialogData, LocalizedText>(TitleDialog, {
          data: { headingKey, title },
          width: '32rem',
          maxWidth: '95vw',
        })
        .afterClosed(),
    );
    if (!chosen) return;
    await this.run(save(chosen), this.name(chosen));
  }

  private async confirmed(key: string, name: string, remove: () => Observable<unknown>): Promise<void> {
    const t = (suffix: string) => this.translator.t(`${key}.${suffix}`, { name });
    const ok = await firstValueFrom(
      confirmAction(this.dialog, {
        title: t('title'),
        message: t('message'),
        confirmLabel: t('confirm'),
      }).pipe(filter((confirmed) => confirmed !== undefined)),
      { defaultValue: false },
    );
    if (ok) await this.run(remove(), name);
  }

  private async run(call: Observable<unknown>, name: string): Promise<void> {
    try {
      await firstValueFrom(call, { defaultValue: null });
      await this.store.reload();
      this.announcement.set(this.translator.t('authoring.structure.changed', { name }));
    } catch (error) {
      this.announcement.set(this.translator.t(errorMessageKey(error)));
    }
  }
}
