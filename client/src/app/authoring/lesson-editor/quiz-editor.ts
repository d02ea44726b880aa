import {
  type AuthoringOption,
  type AuthoringQuestion,
  type AuthoringQuiz,
  type LocalizedText,
  QUESTION_KINDS,
  type QuestionKind,
  type QuizInput,
  type QuizQuestionInput,
} from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, input, type OnInit, output, signal } from '@angular/core';
import {
  type AbstractControl,
  type FormArray,
  type FormControl,
  type FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { AuthoringApi } from '../data-access/authoring-api';
import { isBlank, LOCALES, type LocalizedGroup, localizedGroup, trimmed } from '../data-access/localized';

type OptionForm = FormGroup<{
  id: FormControl<string>;
  text: LocalizedGroup;
  correct: FormControl<boolean>;
  feedback: LocalizedGroup;
}>;
type QuestionForm = FormGroup<{
  id: FormControl<string>;
  kind: FormControl<QuestionKind>;
  prompt: LocalizedGroup;
  options: FormArray<OptionForm>;
}>;

const TRUE_FALSE: LocalizedText[] = [
  { fi: 'Tosi', en: 'True' },
  { fi: 'Epätosi', en: 'False' },
];

/** Single choice and true/false need exactly one correct option; multiple choice at least one. */
function correctCount(control: AbstractControl): ValidationErrors | null {
  const question = control as QuestionForm;
  const correct = question.controls.options.controls.filter((o) => o.controls.correct.value).length;
  if (question.controls.options.length < 2) return { tooFewOptions: true };
  if (question.controls.kind.value === 'multiple') return correct >= 1 ? null : { noCorrect: true };
  return correct === 1 ? null : { exactlyOneCorrect: true };
}

/** The whole quiz: questions, options with correct toggles and feedback, pass mark, attempts; saved at once. */
@Component({
  selector: 'kp-quiz-editor',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quiz-editor.html',
})
export class QuizEditor implements OnInit {
  private readonly focus = focusAfterRender();
  private readonly api = inject(AuthoringApi);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly quiz = input.required<AuthoringQuiz>();
  protected readonly translatorLocale = inject(Translator).locale;
  readonly saved = output<AuthoringQuiz>();

  protected readonly locales = LOCALES;
  protected readonly kinds = QUESTION_KINDS;
  protected readonly errorKey = controlErrorKey;
  protected readonly form = this.fb.group({
    title: localizedGroup(this.fb, null, 200),
    required: this.fb.control(true),
    passMarkPercent: this.fb.control(80, [Validators.required, Validators.min(1), Validators.max(100)]),
    unlimited: this.fb.control(true),
    maxAttempts: this.fb.control(3, [Validators.min(1), Validators.max(100)]),
    questions: this.fb.array<QuestionForm>([]),
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);

  ngOnInit(): void {
    const quiz = this.quiz();
    this.form.patchValue({
      title: quiz.title,
      required: quiz.required,
      passMarkPercent: quiz.passMarkPercent,
      unlimited: quiz.maxAttempts === null,
      maxAttempts: quiz.maxAttempts ?? 3,
    });
    for (const question of quiz.questions) this.form.controls.questions.push(this.questionForm(question));
  }

  protected get questions(): FormArray<QuestionForm> {
    return this.form.controls.questions;
  }

  private optionForm(option: Partial<AuthoringOption> = {}): OptionForm {
    return this.fb.group({
      id: this.fb.control(option.id ?? ''),
      text: localizedGroup(this.fb, option.text, 4000),
      correct: this.fb.control(option.correct ?? false),
      feedback: localizedGroup(this.fb, option.feedback, 4000, false),
    });
  }

  private questionForm(question: Partial<AuthoringQuestion> = {}): QuestionForm {
    const options = question.options ?? [{}, {}].map(() => ({}) as Partial<AuthoringOption>);
    return this.fb.group(
      {
        id: this.fb.control(question.id ?? ''),
        kind: this.fb.control<QuestionKind>(question.kind ?? 'single'),
        prompt: localizedGroup(this.fb, question.prompt, 4000),
        options: this.fb.array(options.map((o) => this.optionForm(o))),
      },
      { validators: correctCount },
    );
  }

  protected addQuestion(): void {
    this.questions.push(this.questionForm());
    this.status.set('authoring.quiz.questionAdded');
    // The new question's prompt, not the end of the form 30 Tab presses further on.
    this.focus('.kp-questions > li:last-child textarea');
  }

  protected removeQuestion(index: number): void {
    this.questions.removeAt(index);
    this.status.set('authoring.quiz.questionRemoved');
    this.focus('.kp-add-question');
  }

  protected addOption(question: QuestionForm): void {
    question.controls.options.push(this.optionForm());
    const number = this.questions.controls.indexOf(question) + 1;
    this.focus(`.kp-questions > li:nth-child(${number}) .kp-option:last-child input[matInput]`);
  }

  protected removeOption(question: QuestionForm, index: number): void {
    question.controls.options.removeAt(index);
  }

  /** Changing to true/false gives the two fixed options; other kinds keep what was written. */
  protected changeKind(question: QuestionForm, kind: QuestionKind): void {
    question.controls.kind.setValue(kind);
    if (kind === 'true_false') {
      question.setControl(
        'options',
        this.fb.array(TRUE_FALSE.map((text, i) => this.optionForm({ text, correct: i === 0 }))),
      );
    } else if (kind === 'single') {
      const firstCorrect = question.controls.options.controls.findIndex((o) => o.controls.correct.value);
      question.controls.options.controls.forEach((o, i) => o.controls.correct.setValue(i === firstCorrect));
    }
    question.updateValueAndValidity();
  }

  /** In single choice and true/false, marking one option correct unmarks the others. */
  protected setCorrect(question: QuestionForm, index: number, correct: boolean): void {
    const single = question.controls.kind.value !== 'multiple';
    question.controls.options.controls.forEach((option, i) => {
      if (i === index) option.controls.correct.setValue(correct);
      else if (single && correct) option.controls.correct.setValue(false);
    });
    question.updateValueAndValidity();
  }

  protected save(): void {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      this.failure.set('authoring.form.fixErrors');
      this.focus('.kp-quiz-failure');
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    this.api.saveQuiz(this.quiz().id, this.request()).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.status.set('authoring.quiz.saved');
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (!applyServerErrors(this.form, error)) this.failure.set(errorMessageKey(error));
        else this.failure.set('authoring.form.fixErrors');
        this.focus('.kp-quiz-failure');
      },
    });
  }

  private request(): QuizInput {
    const value = this.form.getRawValue();
    return {
      title: trimmed(value.title),
      required: value.required,
      passMarkPercent: value.passMarkPercent,
      maxAttempts: value.unlimited ? null : value.maxAttempts,
      questions: value.questions.map(
        (q): QuizQuestionInput => ({
          ...(q.id ? { id: q.id } : {}),
          kind: q.kind,
          prompt: trimmed(q.prompt),
          options: q.options.map((o) => ({
            ...(o.id ? { id: o.id } : {}),
            text: trimmed(o.text),
            correct: o.correct,
            feedback: isBlank(o.feedback) ? null : trimmed(o.feedback),
          })),
        }),
      ),
    };
  }
}
