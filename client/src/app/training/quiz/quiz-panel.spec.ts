import { ErrorCode, type QuizAttemptResult } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { aQuiz, expectRequest, QUIZ_ID, setUpTrainingTest } from '../shared/training-testing';
import { QuizPanel } from './quiz-panel';

const course = { enrollmentId: 'e1', progressPercent: 50, completedAt: null, dueDate: null, continueLessonId: 'l1' };

function aResult(overrides: Partial<QuizAttemptResult> = {}): QuizAttemptResult {
  return {
    attemptId: 'att1',
    attemptNumber: 1,
    scorePercent: 33,
    passed: false,
    attemptsLeft: 2,
    keyRevealed: false,
    questions: [
      {
        questionId: 'q1',
        correct: true,
        chosenOptionIds: ['q1a'],
        feedback: [{ optionId: 'q1a', text: 'Juuri niin.' }],
        correctOptionIds: null,
      },
      {
        questionId: 'q2',
        correct: false,
        chosenOptionIds: ['q2a', 'q2c'],
        feedback: [{ optionId: 'q2c', text: 'Kiire haittaa.' }],
        correctOptionIds: null,
      },
      { questionId: 'q3', correct: false, chosenOptionIds: ['q3t'], feedback: [], correctOptionIds: null },
    ],
    course,
    ...overrides,
  };
}

describe('QuizPanel', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<QuizPanel>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  async function render(quiz = aQuiz()): Promise<void> {
    fixture = TestBed.createComponent(QuizPanel);
    fixture.componentRef.setInput('quizId', QUIZ_ID);
    el = fixture.nativeElement;
    fixture.detectChanges();
    expectRequest(http, 'GET', `/api/quizzes/${QUIZ_ID}`).flush(quiz);
    await fixture.whenStable();
  }

  function choose(label: string): void {
    const option = Array.from(el.querySelectorAll('mat-radio-button, mat-checkbox')).find(
      (o) => o.textContent?.trim() === label,
    );
    const input = option?.querySelector('input');
    if (!input) throw new Error(`no option ${label}`);
    input.click();
    fixture.detectChanges();
  }

  /** Presses submit: the answers are checked and the attempt is sent in the click, and the page renders the outcome. */
  async function submit(): Promise<void> {
    el.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    fixture.detectChanges();
  }

  beforeEach(() => {
    http = setUpTrainingTest();
  });

  afterEach(() => http.verify());

  it('asks each question in a fieldset with its prompt as the legend, radios for single and true/false, checkboxes for multiple', async () => {
    await render();
    const fieldsets = Array.from(el.querySelectorAll('fieldset'));
    expect(fieldsets.map((f) => f.querySelector('legend')?.textContent)).toEqual([
      jasmine.stringContaining('Mikä kortti'),
      jasmine.stringContaining('Mitkä auttavat'),
      jasmine.stringContaining('Perehdytys päättyy'),
    ]);
    expect(fieldsets[0].querySelectorAll('input[type=radio]').length).toBe(2);
    expect(fieldsets[1].querySelectorAll('input[type=checkbox]').length).toBe(3);
    expect(fieldsets[2].querySelectorAll('input[type=radio]').length).toBe(2);
  });

  it('sends nothing until every question is answered', async () => {
    await render();
    choose('Hygieniapassi');
    await submit();
    http.expectNone(`/api/quizzes/${QUIZ_ID}/attempts`);
    expect(el.querySelector('[role=alert]')?.textContent).toContain(t('training.quiz.answerAll', { count: 2 }));
  });

  it('submits the chosen options once and shows the result per question without the key', async () => {
    await render();
    choose('Hygieniapassi');
    choose('Selkokieli');
    choose('Kiire');
    choose('Tosi');
    await submit();
    await submit();
    const request = expectRequest(http, 'POST', `/api/quizzes/${QUIZ_ID}/attempts`);
    expect(request.request.body).toEqual({
      answers: [
        { questionId: 'q1', optionIds: ['q1a'] },
        { questionId: 'q2', optionIds: ['q2a', 'q2c'] },
        { questionId: 'q3', optionIds: ['q3t'] },
      ],
    });
    request.flush(aResult());
    await fixture.whenStable();

    const results = Array.from(el.querySelectorAll('[data-testid=question-result]'));
    expect(results.map((r) => r.querySelector('.kp-verdict')?.textContent?.trim())).toEqual([
      t('training.quiz.correct'),
      t('training.quiz.incorrect'),
      t('training.quiz.incorrect'),
    ]);
    expect(results[1].textContent).toContain('Kiire haittaa.');
    expect(el.querySelector('[data-testid=answer-key]')).toBeNull();
    expect(el.querySelector('button[type=submit]')).toBeNull();
    expect(el.querySelector('[role=status]')?.textContent).toContain(t('training.quiz.failed'));
    expect(el.querySelector('[role=status]')?.textContent).toContain(t('training.quiz.attemptsLeft', { count: 2 }));
    expect(
      Array.from(el.querySelectorAll<HTMLInputElement>('fieldset input')).every((input) => input.disabled),
    ).toBeTrue();
  });

  it('shows the correct answers when the server reveals the key', async () => {
    await render();
    choose('Hygieniapassi');
    choose('Selkokieli');
    choose('Epätosi');
    await submit();
    const revealed = aResult({
      scorePercent: 67,
      passed: true,
      keyRevealed: true,
      questions: [
        { questionId: 'q1', correct: true, chosenOptionIds: ['q1a'], feedback: [], correctOptionIds: ['q1a'] },
        { questionId: 'q2', correct: false, chosenOptionIds: ['q2a'], feedback: [], correctOptionIds: ['q2a', 'q2b'] },
        { questionId: 'q3', correct: true, chosenOptionIds: ['q3f'], feedback: [], correctOptionIds: ['q3f'] },
      ],
    });
    expectRequest(http, 'POST', `/api/quizzes/${QUIZ_ID}/attempts`).flush(revealed);
    await fixture.whenStable();
    const keys = Array.from(el.querySelectorAll('[data-testid=answer-key]'));
    expect(keys.length).toBe(3);
    expect(keys[1].textContent).toContain('Selkokieli');
    expect(keys[1].textContent).toContain('Kirjallinen tarkistuslista');
    expect(el.querySelector('[role=status]')?.textContent).toContain(t('training.quiz.passed'));
  });

  it('says why when the server refuses the attempt (attempts exhausted)', async () => {
    await render();
    choose('Hygieniapassi');
    choose('Selkokieli');
    choose('Tosi');
    await submit();
    const body = { statusCode: 409, code: ErrorCode.AttemptsExhausted, error: 'Conflict', message: 'x', details: null };
    expectRequest(http, 'POST', `/api/quizzes/${QUIZ_ID}/attempts`).flush(body, {
      status: 409,
      statusText: 'Conflict',
    });
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe(t('training.error.attemptsExhausted'));
    expect(el.querySelector('button[type=submit]')).not.toBeNull();
  });

  it('offers no form when no attempts are left, and lists the key only when the quiz carries it', async () => {
    await render(aQuiz({ attemptsUsed: 3, attemptsLeft: 0 }));
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('[data-testid=quiz-key]')).toBeNull();
    fixture.destroy();

    await render(aQuiz({ attemptsUsed: 3, attemptsLeft: 0, key: [{ questionId: 'q1', correctOptionIds: ['q1a'] }] }));
    expect(el.querySelector('[data-testid=quiz-key]')?.textContent).toContain('Hygieniapassi');
  });

  async function answerAllAndSubmit(): Promise<void> {
    choose('Hygieniapassi');
    choose('Selkokieli');
    choose('Tosi');
    await submit();
  }

  it('counts the attempt just made and moves focus to the result', async () => {
    await render(aQuiz({ attemptsUsed: 1, attemptsLeft: 2 }));
    expect(el.querySelector('.kp-quiz-rules')?.textContent).toContain(
      t('training.quiz.attemptsUsed', { used: 1, max: 3 }),
    );
    await answerAllAndSubmit();
    expectRequest(http, 'POST', `/api/quizzes/${QUIZ_ID}/attempts`).flush(
      aResult({ attemptNumber: 2, attemptsLeft: 1 }),
    );
    await fixture.whenStable();
    expect(el.querySelector('.kp-quiz-rules')?.textContent).toContain(
      t('training.quiz.attemptsUsed', { used: 2, max: 3 }),
    );
    expect(document.activeElement).toBe(el.querySelector('.kp-quiz-result'));
  });

  it('starts another attempt from the quiz heading, not from the top of the page', async () => {
    await render();
    await answerAllAndSubmit();
    expectRequest(http, 'POST', `/api/quizzes/${QUIZ_ID}/attempts`).flush(aResult());
    await fixture.whenStable();
    const tryAgain = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === t('training.quiz.tryAgain'),
    );
    tryAgain?.click();
    expectRequest(http, 'GET', `/api/quizzes/${QUIZ_ID}`).flush(aQuiz({ attemptsUsed: 1, attemptsLeft: 2 }));
    await fixture.whenStable();
    expect(document.activeElement).toBe(el.querySelector('.kp-quiz-title'));
  });

  it('moves focus to the reason when the server refuses the attempt', async () => {
    await render();
    await answerAllAndSubmit();
    const body = { statusCode: 409, code: ErrorCode.AttemptsExhausted, error: 'Conflict', message: 'x', details: null };
    expectRequest(http, 'POST', `/api/quizzes/${QUIZ_ID}/attempts`).flush(body, {
      status: 409,
      statusText: 'Conflict',
    });
    await fixture.whenStable();
    expect(document.activeElement?.textContent?.trim()).toBe(t('training.error.attemptsExhausted'));
  });

  it("keeps the learner's own answers as legible after grading as before", async () => {
    await render();
    const label = () =>
      Array.from(el.querySelectorAll('mat-checkbox label')).find(
        (l) => l.textContent?.trim() === 'Selkokieli',
      ) as HTMLElement;
    const before = getComputedStyle(label()).color;
    await answerAllAndSubmit();
    expectRequest(http, 'POST', `/api/quizzes/${QUIZ_ID}/attempts`).flush(aResult());
    await fixture.whenStable();
    expect(el.querySelector<HTMLInputElement>('mat-checkbox input')?.disabled).toBeTrue();
    expect(getComputedStyle(label()).color).toBe(before);
  });

  it('keeps each question\'s legend inside its box, and says "choose all" once, in the legend', async () => {
    await render();
    const fieldset = el.querySelectorAll('fieldset')[1];
    const legend = fieldset.querySelector('legend') as HTMLElement;
    expect(legend.getBoundingClientRect().top).toBeGreaterThanOrEqual(fieldset.getBoundingClientRect().top + 1);
    expect(fieldset.textContent?.split(t('training.quiz.chooseAll')).length).toBe(2);
    expect(legend.textContent).toContain(t('training.quiz.chooseAll'));
  });
});
