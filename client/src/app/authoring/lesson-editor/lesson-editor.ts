import { type AuthoringBlock, type AuthoringLesson, BLOCK_KINDS, type BlockKind } from '@kotopaikka/contracts';

import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { filter, firstValueFrom } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { AuthoringApi } from '../data-access/authoring-api';
import { CourseEditorStore } from '../data-access/course-editor-store';
import { moveBlock } from '../data-access/course-order';
import { emptyText, pick } from '../data-access/localized';
import { BlockEditor } from './block-editor';
import { QuizEditor } from './quiz-editor';

/** The selected lesson's blocks: edit each, add new ones, reorder, delete. */
@Component({
  selector: 'kp-lesson-editor',
  imports: [BlockEditor, DragDropModule, MatButtonModule, MatCheckboxModule, QuizEditor, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-editor.html',
})
export class LessonEditor {
  private readonly focus = focusAfterRender();
  private readonly api = inject(AuthoringApi);
  private readonly dialog = inject(MatDialog);
  private readonly translator = inject(Translator);
  protected readonly store = inject(CourseEditorStore);

  protected readonly kinds = BLOCK_KINDS;
  protected readonly adding = signal<BlockKind | null>(null);
  protected readonly announcement = signal('');

  protected title(lesson: AuthoringLesson): string {
    return pick(lesson.title, this.translator.locale());
  }

  protected blockLabel(block: AuthoringBlock, index: number): string {
    return this.translator.t('authoring.block.label', {
      number: index + 1,
      kind: this.translator.t('authoring.block.kind.' + block.kind),
    });
  }

  protected async setRequired(lesson: AuthoringLesson, required: boolean): Promise<void> {
    await this.run(firstValueFrom(this.api.updateLesson(lesson.id, { required })), 'authoring.lesson.saved');
  }

  protected startAdding(kind: BlockKind): void {
    if (kind !== 'quiz') {
      this.adding.set(kind);
      this.focus('.kp-new-block :is(input, textarea, select)');
      return;
    }
    const lesson = this.store.selectedLesson();
    if (!lesson) return;
    // A quiz starts empty with its lesson's title; its questions are then written in the quiz editor.
    void this.run(
      firstValueFrom(
        this.api.addBlock(lesson.id, {
          kind: 'quiz',
          quiz: {
            title: { ...emptyText(), ...lesson.title },
            required: true,
            passMarkPercent: 80,
            maxAttempts: null,
            questions: [],
          },
        }),
      ),
      'authoring.block.added',
      // The new quiz's first field, where its writing starts.
      '.kp-blocks > li:last-child kp-quiz-editor input',
    );
  }

  protected async blockAdded(): Promise<void> {
    this.adding.set(null);
    await this.store.reload();
    this.announcement.set(this.translator.t('authoring.block.added'));
    this.focus('.kp-blocks > li:last-child .kp-node-title');
  }

  protected cancelAdding(): void {
    this.adding.set(null);
    this.focus('.kp-add-blocks button');
  }

  protected async blockSaved(): Promise<void> {
    await this.store.reload();
    this.announcement.set(this.translator.t('authoring.block.saved'));
  }

  protected drop(lesson: AuthoringLesson, event: CdkDragDrop<unknown>): void {
    void this.move(lesson, event.previousIndex, event.currentIndex);
  }

  protected async move(lesson: AuthoringLesson, from: number, to: number): Promise<void> {
    const course = this.store.course();
    if (!course || from === to || to < 0 || to >= lesson.blocks.length) return;
    const label = this.blockLabel(lesson.blocks[from], from);
    try {
      await this.store.reorder(moveBlock(course, lesson.id, from, to));
      this.announcement.set(
        this.translator.t('authoring.structure.moved', {
          name: label,
          position: to + 1,
          count: lesson.blocks.length,
        }),
      );
    } catch (error) {
      this.announcement.set(
        `${this.translator.t('authoring.structure.moveFailed')} ${this.translator.t(errorMessageKey(error))}`,
      );
    }
  }

  protected async remove(block: AuthoringBlock, index: number): Promise<void> {
    const name = this.blockLabel(block, index);
    const t = (suffix: string) => this.translator.t(`authoring.block.delete.${suffix}`, { name });
    const ok = await firstValueFrom(
      confirmAction(this.dialog, {
        title: t('title'),
        message: t('message'),
        confirmLabel: t('confirm'),
      }).pipe(filter((confirmed) => confirmed !== undefined)),
      { defaultValue: false },
    );
    if (ok)
      await this.run(
        firstValueFrom(this.api.deleteBlock(block.id), { defaultValue: null }),
        'authoring.block.deleted',
        '#kp-lesson-heading',
      );
  }

  private async run(call: Promise<unknown>, doneKey: string, focusOnDone?: string): Promise<void> {
    try {
      await call;
      await this.store.reload();
      this.announcement.set(this.translator.t(doneKey));
      if (focusOnDone) this.focus(focusOnDone);
    } catch (error) {
      this.announcement.set(this.translator.t(errorMessageKey(error)));
    }
  }
}
