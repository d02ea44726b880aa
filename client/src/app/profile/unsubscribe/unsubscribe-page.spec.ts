import { ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { CsrfToken } from '../../core/http/csrf-token';
import { Translator } from '../../core/i18n/translator';
import { provideTestApp, until } from '../../testing/test-app';
import { UnsubscribePage } from './unsubscribe-page';

describe('UnsubscribePage', () => {
  let fixture: ComponentFixture<UnsubscribePage>;
  let backend: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(CsrfToken).set('csrf');
    fixture = TestBed.createComponent(UnsubscribePage);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('token', 'tok-1');
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function flushStatus(body: object, status = 200): Promise<void> {
    backend
      .expectOne((r) => r.method === 'GET' && r.url === '/api/email/unsubscribe' && r.params.get('token') === 'tok-1')
      .flush(body, { status, statusText: status === 200 ? 'OK' : 'Bad Request' });
    await until(
      () => element.querySelector('button, [data-testid=unsubscribe-invalid]'),
      'the question or the invalid-link state',
    );
  }

  it('asks first, and unsubscribes only on the button (link previews change nothing)', async () => {
    await flushStatus({ category: 'reminders', subscribed: true });
    const t = TestBed.inject(Translator);
    expect(element.textContent).toContain(t.t('profile.unsubscribe.question.reminders'));
    (element.querySelector('button') as HTMLButtonElement).click();
    const post = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/email/unsubscribe');
    expect(post.request.params.get('token')).toBe('tok-1');
    post.flush({ category: 'reminders', subscribed: false });
    await until(() => element.querySelector('[data-testid=unsubscribe-done]'), 'the unsubscribed state');
    expect(element.querySelector('[data-testid=unsubscribe-done]')?.textContent?.trim()).toBe(
      t.t('profile.unsubscribe.done.reminders'),
    );
  });

  it('says so when the link is not valid', async () => {
    await flushStatus(
      { statusCode: 400, code: ErrorCode.TokenInvalid, error: 'Bad Request', message: 'x', details: null },
      400,
    );
    expect(element.querySelector('[data-testid=unsubscribe-invalid]')).not.toBeNull();
    expect(element.querySelector('button')).toBeNull();
  });
});
