import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { TrainingApi } from '../data-access/training-api';
import { trainingErrorKey } from '../shared/training-errors';

export const REFLECTION_MAX_LENGTH = 5000;

/** A reflection prompt: the learner's own answer, saved on request; only they see it. */
@Component({
  selector: 'kp-reflection-block',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="kp-block-title">{{ 'training.reflection.title' | t }}</h2>
    <form (submit)="save($event)">
      <p class="kp-prompt" [id]="'kp-prompt-' + blockId()">{{ prompt() }}</p>
      <mat-form-field class="kp-full">
        <mat-label>{{ 'training.reflection.answer' | t }}</mat-label>
        <textarea
          matInput
          [formControl]="answer"
          rows="5"
          [maxlength]="maxLength"
          [attr.aria-describedby]="'kp-prompt-' + blockId()"
        ></textarea>
        <mat-hint align="end">{{ answer.value.length }} / {{ maxLength }}</mat-hint>
      </mat-form-field>
      <div class="kp-actions">
        <button mat-stroked-button type="submit" [disabled]="saving() || !answer.dirty">
          {{ 'training.reflection.save' | t }}
        </button>
        <span role="status" aria-live="polite" class="kp-save-state" tabindex="-1">
          @if (state() === 'saved') {
            {{ 'training.reflection.saved' | t }}
          }
        </span>
      </div>
      @if (errorKey(); as key) {
        <p class="kp-error kp-save-error" role="alert" tabindex="-1">{{ key | t }}</p>
      }
    </form>
    <p class="kp-secondary">{{ 'training.reflection.private' | t }}</p>
  `,
  styleUrl: './lesson-blocks.scss',
})
export class ReflectionBlock {
  private readonly api = inject(TrainingApi);
  private readonly focus = focusAfterRender();
  readonly blockId = input.required<string>();
  readonly prompt = input.required<string>();
  readonly savedAnswer = input<string | null>(null);
  protected readonly maxLength = REFLECTION_MAX_LENGTH;
  protected readonly answer = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(REFLECTION_MAX_LENGTH)],
  });
  protected readonly saving = signal(false);
  protected readonly state = signal<'idle' | 'saved'>('idle');
  protected readonly errorKey = signal<string | null>(null);

  constructor() {
    effect(() => {
      const saved = this.savedAnswer() ?? '';
      untracked(() => this.answer.reset(saved));
    });
    this.answer.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.answer.dirty) this.state.set('idle');
    });
  }

  protected save(event: Event): void {
    event.preventDefault();
    if (this.saving()) return;
    this.saving.set(true);
    this.errorKey.set(null);
    const text = this.answer.value;
    this.api.saveReflection(this.blockId(), text).subscribe({
      next: () => {
        this.saving.set(false);
        this.answer.reset(text);
        this.state.set('saved');
        // The save button is disabled again (nothing unsaved): continue from the "saved" message.
        this.focus('.kp-save-state');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.errorKey.set(trainingErrorKey(error));
        this.focus('.kp-save-error');
      },
    });
  }
}
