import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { adminTestProviders } from '../../testing/admin-testing';
import { aQuiz, typeInto } from '../testing/authoring-fixtures';
import { QuizEditor } from './quiz-editor';

describe('QuizEditor', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<QuizEditor>;
  const quiz = aQuiz();
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const root = () => fixture.nativeElement as HTMLElement;
  const correctBox = (q: number, o: number) => {
    const input = root().querySelector<HTMLInputElement>(`[data-testid="correct-${q}-${o}"] input`);
    if (!input) throw new Error(`no correct toggle ${q}/${o}`);
    return input;
  };
  const correctStates = (q: number) =>
    Array.from(root().querySelectorAll<HTMLInputElement>(`[data-testid^="correct-${q}-"] input`)).map((i) => i.checked);
  const save = async () => {
    root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuizEditor);
    fixture.componentRef.setInput('quiz', quiz);
    await stable();
  });

  afterEach(() => http.verify());

  it('keeps exactly one correct option in a single-choice question', async () => {
    expect(correctStates(0)).toEqual([true, false, false]);
    correctBox(0, 2).click();
    await stable();
    expect(correctStates(0)).toEqual([false, false, true]);

    await save();
    const request = http.expectOne({
      method: 'PUT',
      url: `/api/quizzes/${quiz.id}`,
    });
    const options = request.request.body.questions[0].options as {
      id: string;
      correct: boolean;
    }[];
    expect(options.map((o) => o.correct)).toEqual([false, false, true]);
    expect(options.map((o) => o.id)).toEqual(quiz.questions[0].options.map((o) => o.id));
    request.flush(quiz);
  });

  it('refuses to save a single-choice question with no correct option', async () => {
    correctBox(0, 0).click();
    await stable();
    expect(correctStates(0)).toEqual([false, false, false]);
    await save();
    http.expectNone(`/api/quizzes/${quiz.id}`);
    expect(root().querySelector('.kp-question [role="alert"]')).toBeTruthy();
  });

  it('lets a multiple-choice question have several correct options', async () => {
    const kind = root().querySelector<HTMLSelectElement>('[data-testid="question-kind"]');
    if (!kind) throw new Error('no kind select');
    kind.value = 'multiple';
    kind.dispatchEvent(new Event('change'));
    await stable();
    correctBox(0, 1).click();
    await stable();
    expect(correctStates(0)).toEqual([true, true, false]);
  });

  it('adds a question with new options and sends the pass mark and attempt limit', async () => {
    root().querySelector<HTMLButtonElement>('.kp-quiz-form > button[type="button"]')?.click();
    await stable();
    const question = root().querySelectorAll('.kp-question')[1];
    const texts = question.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      'textarea[matinput], input[matinput]',
    );
    for (const field of Array.from(texts)) {
      if (!field.closest('[formgroupname="feedback"]')) typeInto(field, 'x');
    }
    correctBox(1, 1).click();
    root().querySelector<HTMLInputElement>('[formcontrolname="unlimited"] input')?.click();
    await stable();
    typeInto(root().querySelector<HTMLInputElement>('[formcontrolname="maxAttempts"]') as HTMLInputElement, '2');
    await save();

    const request = http.expectOne({
      method: 'PUT',
      url: `/api/quizzes/${quiz.id}`,
    });
    expect(request.request.body.maxAttempts).toBe(2);
    expect(request.request.body.passMarkPercent).toBe(80);
    const added = request.request.body.questions[1];
    expect(added.id).toBeUndefined();
    expect(added.kind).toBe('single');
    expect(added.options.map((o: { correct: boolean }) => o.correct)).toEqual([false, true]);
    expect(
      added.options.every((o: { id?: string; feedback: unknown }) => o.id === undefined && o.feedback === null),
    ).toBeTrue();
    request.flush(quiz);
  });

  it("moves focus to the new question's prompt and to a new option's text, not to the end of the form", async () => {
    const questions = () => root().querySelectorAll('.kp-questions > li');
    const count = questions().length;
    Array.from(root().querySelectorAll('button'))
      .find((b) => b.classList.contains('kp-add-question'))
      ?.click();
    await stable();
    expect(questions().length).toBe(count + 1);
    expect(document.activeElement).toBe(questions()[count].querySelector('textarea'));

    const addOption = root().querySelector<HTMLButtonElement>('.kp-questions > li:first-child .kp-form-actions button');
    addOption?.click();
    await stable();
    const options = questions()[0].querySelectorAll('.kp-option');
    expect(document.activeElement).toBe(
      options[options.length - 1].querySelector('input[matinput], input.mat-mdc-input-element'),
    );
  });

  it('keeps focus on the save button while saving, and moves it to the problem when saving is refused', async () => {
    const button = root().querySelector<HTMLButtonElement>('button[type="submit"]');
    button?.focus();
    await save();
    const request = http.expectOne({ method: 'PUT', url: `/api/quizzes/${quiz.id}` });
    expect(button?.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    request.flush(
      { statusCode: 500, code: 'internal', error: 'x', message: 'x', details: null },
      { status: 500, statusText: 'x' },
    );
    await stable();
    expect(document.activeElement).toBe(root().querySelector('.kp-quiz-failure'));
  });
});
