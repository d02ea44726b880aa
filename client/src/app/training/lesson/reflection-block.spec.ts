import { ErrorCode } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { expectRequest, setUpTrainingTest } from '../shared/training-testing';
import { REFLECTION_MAX_LENGTH, ReflectionBlock } from './reflection-block';

describe('ReflectionBlock', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ReflectionBlock>;
  const el = () => fixture.nativeElement as HTMLElement;
  const t = (key: string) => TestBed.inject(Translator).t(key);
  const textarea = () => el().querySelector('textarea') as HTMLTextAreaElement;
  const saveButton = () => el().querySelector('button[type=submit]') as HTMLButtonElement;

  async function render(savedAnswer: string | null = null): Promise<void> {
    http = setUpTrainingTest();
    fixture = TestBed.createComponent(ReflectionBlock);
    fixture.componentRef.setInput('blockId', 'b-ref');
    fixture.componentRef.setInput('prompt', 'Mitä opit?');
    fixture.componentRef.setInput('savedAnswer', savedAnswer);
    await fixture.whenStable();
  }

  async function write(text: string): Promise<void> {
    textarea().value = text;
    textarea().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('shows the saved answer, describes the field by the prompt and saves only when something changed', async () => {
    await render('Aiempi vastaus.');
    expect(textarea().value).toBe('Aiempi vastaus.');
    const prompt = el().querySelector('.kp-prompt');
    expect(textarea().getAttribute('aria-describedby')?.split(' ')).toContain(prompt?.id ?? 'missing');
    expect(textarea().maxLength).toBe(REFLECTION_MAX_LENGTH);
    expect(saveButton().disabled).toBeTrue();
    await write('Uusi vastaus.');
    expect(saveButton().disabled).toBeFalse();
  });

  it('saves, says so and moves focus to the message as the button is disabled again', async () => {
    await render();
    await write('Selkokieli auttaa.');
    saveButton().focus();
    saveButton().click();
    await fixture.whenStable();
    const request = expectRequest(http, 'PUT', '/api/blocks/b-ref/reflection');
    expect(request.request.body).toEqual({ answer: 'Selkokieli auttaa.' });
    request.flush({ blockId: 'b-ref', answer: 'Selkokieli auttaa.', updatedAt: '2026-11-27T10:00:00Z' });
    await fixture.whenStable();
    const state = el().querySelector('.kp-save-state');
    expect(state?.textContent?.trim()).toBe(t('training.reflection.saved'));
    expect(saveButton().disabled).toBeTrue();
    expect(document.activeElement).toBe(state);
    await write('Selkokieli auttaa. Ja kuvat.');
    expect(state?.textContent?.trim()).toBe('');
  });

  it('keeps the text and says why when saving fails, with focus on the reason', async () => {
    await render();
    await write('Luonnos.');
    saveButton().click();
    await fixture.whenStable();
    const body = { statusCode: 403, code: ErrorCode.Forbidden, error: 'Forbidden', message: 'x', details: null };
    expectRequest(http, 'PUT', '/api/blocks/b-ref/reflection').flush(body, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(textarea().value).toBe('Luonnos.');
    expect(document.activeElement).toBe(el().querySelector('.kp-save-error'));
  });
});
