import type { MentoringGoal, MentoringTask, PairingDetail } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { PercentPipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { PairingsApi } from '../data-access/pairings-api';
import { pairingSend } from './pairing-send';
import { dayDate } from './pairing-view';

/** A progress field's value as the API takes it: a whole number 0–100, or null when it is not one. */
export function progressValue(raw: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(raw)) return null;
  const value = Number(raw);
  return value <= 100 ? value : null;
}

/** The pair's goals with their progress and comment, and the tasks with due dates. */
@Component({
  selector: 'kp-pairing-goals',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pairing-goals.html',
  styleUrl: './pairing-section.scss',
})
export class PairingGoals {
  private readonly api = inject(PairingsApi);
  private readonly translator = inject(Translator);

  readonly pairing = input.required<PairingDetail>();
  readonly changed = output<void>();
  private readonly sender = pairingSend(this.changed, () => this.savedGoal.set(null));
  protected readonly sending = this.sender.sending;
  protected readonly failure = this.sender.failure;

  protected readonly editable = computed(() => this.pairing().status === 'active' && this.pairing().mySide !== null);
  /** The goal whose progress field holds no 0–100 figure. */
  protected readonly badProgress = signal<string | null>(null);
  protected readonly savedGoal = signal<string | null>(null);

  protected addGoal(field: HTMLInputElement): void {
    const title = field.value.trim();
    if (!title) return;
    this.sender.send(this.api.addGoal(this.pairing().id, { title }), () => (field.value = ''));
  }

  protected saveGoal(goal: MentoringGoal, progress: string, comment: string): void {
    const value = progressValue(progress);
    if (value === null) {
      this.badProgress.set(goal.id);
      return;
    }
    this.badProgress.set(null);
    this.sender.send(
      this.api.updateGoal(this.pairing().id, goal.id, { progress: value, comment: comment.trim() }),
      () => this.savedGoal.set(goal.id),
    );
  }

  protected removeGoal(goal: MentoringGoal): void {
    this.sender.send(this.api.removeGoal(this.pairing().id, goal.id));
  }

  protected addTask(title: HTMLInputElement, due: HTMLInputElement): void {
    const text = title.value.trim();
    if (!text) return;
    this.sender.send(this.api.addTask(this.pairing().id, { title: text, dueOn: due.value || null }), () => {
      title.value = '';
      due.value = '';
    });
  }

  protected toggleTask(task: MentoringTask, done: boolean): void {
    this.sender.send(this.api.updateTask(this.pairing().id, task.id, { done }));
  }

  protected removeTask(task: MentoringTask): void {
    this.sender.send(this.api.removeTask(this.pairing().id, task.id));
  }

  protected day(key: string): string {
    return this.translator.formatDate(dayDate(key));
  }
}
