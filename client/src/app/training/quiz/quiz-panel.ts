import type { PublicQuiz, PublicQuizQuestion, QuizAttemptResult, QuizQuestionResult } from '@kotopaikka/contracts';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { TrainingApi } from '../data-access/training-api';
import { trainingErrorKey } from '../shared/training-errors';

/** A quiz inside a lesson: answered once per attempt, graded on the server, the key shown only when it says so. */
@Component({
  selector: 'kp-quiz-panel',
  imports: [MatButtonModule, MatCheckboxModule, MatProgressBarModule, MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-panel.html',
  styleUrl: './quiz-panel.scss',
})
export class QuizPanel {
  private readonly api = inject(TrainingApi);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();
  readonly quizId = input.required<string>();
  /** The attempt's result, so that the lesson can update the course progress. */
  readonly attempted = output<QuizAttemptResult>();

  protected readonly quiz = signal<PublicQuiz | null>(null);
  protected readonly loadErrorKey = signal<string | null>(null);
  protected readonly answers = signal<Record<string, string[]>>({});
  protected readonly submitting = signal(false);
  protected readonly result = signal<QuizAttemptResult | null>(null);
  protected readonly submitErrorKey = signal<string | null>(null);
  protected readonly showUnanswered = signal(false);
  /** Text of the polite live region: the result once it arrives. */
  protected readonly announcement = signal('');

  protected readonly unanswered = computed(() => {
    const answers = this.answers();
    return (this.quiz()?.questions ?? []).filter((q) => !answers[q.id]?.length).map((q) => q.id);
  });
  protected readonly attemptsLeft = computed(() => {
    const result = this.result();
    return result ? result.attemptsLeft : (this.quiz()?.attemptsLeft ?? null);
  });
  protected readonly exhausted = computed(() => this.attemptsLeft() === 0);
  /** The attempt just graded counts at once, not only after the quiz is loaded again. */
  protected readonly attemptsUsed = computed(() => this.result()?.attemptNumber ?? this.quiz()?.attemptsUsed ?? 0);
  protected readonly questionById = computed(() => new Map((this.quiz()?.questions ?? []).map((q) => [q.id, q])));
  protected readonly resultsById = computed(() => {
    const map = new Map<string, QuizQuestionResult>();
    for (const question of this.result()?.questions ?? []) map.set(question.questionId, question);
    return map;
  });

  constructor() {
    effect(() => {
      const id = this.quizId();
      untracked(() => this.load(id));
    });
  }

  protected load(id = this.quizId(), focusTitle = false): void {
    this.loadErrorKey.set(null);
    this.api.quiz(id).subscribe({
      next: (quiz) => {
        this.quiz.set(quiz);
        if (focusTitle) this.focus('.kp-quiz-title');
      },
      error: (error: unknown) => this.loadErrorKey.set(trainingErrorKey(error)),
    });
  }

  protected choose(question: PublicQuizQuestion, optionId: string, checked: boolean): void {
    if (this.result()) return;
    this.answers.update((answers) => {
      const current = answers[question.id] ?? [];
      const next =
        question.kind === 'multiple'
          ? checked
            ? [...current.filter((id) => id !== optionId), optionId]
            : current.filter((id) => id !== optionId)
          : [optionId];
      return { ...answers, [question.id]: next };
    });
  }

  protected isChosen(questionId: string, optionId: string): boolean {
    return (this.answers()[questionId] ?? []).includes(optionId);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const quiz = this.quiz();
    if (!quiz || this.submitting() || this.result()) return;
    if (this.unanswered().length) {
      this.showUnanswered.set(true);
      return;
    }
    this.submitting.set(true);
    this.submitErrorKey.set(null);
    const answers = this.answers();
    const request = { answers: quiz.questions.map((q) => ({ questionId: q.id, optionIds: answers[q.id] ?? [] })) };
    this.api.submitQuiz(quiz.id, request).subscribe({
      next: (result) => {
        this.submitting.set(false);
        this.result.set(result);
        this.announcement.set(this.resultSummary(result));
        this.attempted.emit(result);
        this.focus('.kp-quiz-result');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.submitErrorKey.set(trainingErrorKey(error));
        this.focus('.kp-submit-error');
      },
    });
  }

  /** Another attempt: a fresh form, and the quiz's counts as the server now has them. */
  protected tryAgain(): void {
    this.result.set(null);
    this.answers.set({});
    this.showUnanswered.set(false);
    this.announcement.set('');
    // The "try again" button goes away with the result: continue from the quiz's heading.
    this.load(this.quizId(), true);
  }

  protected optionText(question: PublicQuizQuestion, optionId: string): string {
    return question.options.find((o) => o.id === optionId)?.text ?? '';
  }

  private resultSummary(result: QuizAttemptResult): string {
    const t = (key: string, params?: Record<string, string | number>) => this.translator.t(key, params);
    const parts = [
      t('training.quiz.score', { percent: result.scorePercent }),
      t(result.passed ? 'training.quiz.passed' : 'training.quiz.failed'),
    ];
    if (result.attemptsLeft !== null) parts.push(t('training.quiz.attemptsLeft', { count: result.attemptsLeft }));
    return parts.join(' ');
  }
}
