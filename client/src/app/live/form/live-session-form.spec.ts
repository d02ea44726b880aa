import { ErrorCode, type LiveSessionInput } from '@kotopaikka/contracts';

import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { Translator } from '../../core/i18n/translator';
import { MUNICIPALITIES, signInAs } from '../../testing/admin-testing';
import { appStable, nextRequest, until } from '../../testing/test-app';
import { aDetail, LIVE_ID, setUpLiveTest } from '../shared/live-testing';
import { LiveSessionForm } from './live-session-form';

describe('LiveSessionForm', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LiveSessionForm>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => el.querySelector<T>(`[data-testid=${id}]`) as T;
  const keuruu = MUNICIPALITIES[1];

  beforeEach(() => {
    http = setUpLiveTest();
  });

  afterEach(() => {
    http.verify();
    el?.remove();
  });

  async function open(id?: string): Promise<void> {
    await signInAs('coordinator');
    fixture = TestBed.createComponent(LiveSessionForm);
    if (id) fixture.componentRef.setInput('id', id);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    fixture.detectChanges();
    http.expectOne('/api/municipalities').flush({ items: MUNICIPALITIES });
    http.expectOne((r) => r.url === '/api/courses').flush({ items: [], nextCursor: null });
    if (id) (await nextRequest(http, 'GET', `/api/live-sessions/${id}`)).flush(aDetail({ mayManage: true }));
    await fixture.whenStable();
    for (const r of http.match((r) => r.url === '/api/organisations')) r.flush({ items: [], nextCursor: null });
    await fixture.whenStable();
  }

  function type(testId: string, value: string): void {
    const field = byTestId<HTMLInputElement | HTMLSelectElement>(testId);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  function fillValid(): void {
    type('field-kind', 'strategy_workshop');
    type('field-title-fi', 'Strategiatyöpaja');
    // Saturday in summer time to Sunday in winter time: the clocks go back at 04:00 on 25 October 2026.
    type('field-starts', '2026-10-24T10:00');
    type('field-ends', '2026-10-25T10:00');
  }

  async function submit(): Promise<void> {
    byTestId('form-submit').click();
    await fixture.whenStable();
  }

  it('creates a session with the Helsinki times as UTC instants across the autumn change, me as host', async () => {
    await open();
    expect(byTestId<HTMLSelectElement>('field-municipality').value).toBe(keuruu.id);
    expect(byTestId('hosts').textContent).toContain('Test coordinator');
    fillValid();
    await submit();
    const post = await nextRequest(http, 'POST', '/api/live-sessions');
    expect(post.request.body).toEqual({
      kind: 'strategy_workshop',
      title: { fi: 'Strategiatyöpaja', en: '' },
      description: { fi: '', en: '' },
      startsAt: '2026-10-24T07:00:00.000Z',
      endsAt: '2026-10-25T08:00:00.000Z',
      municipalityId: keuruu.id,
      courseId: null,
      hostIds: ['99999999-9999-4999-8999-999999999999'],
      invitees: [],
      capacity: null,
      videoUrl: null,
      completionMinutes: null,
      publicRegistration: false,
    } satisfies LiveSessionInput);
    post.flush(aDetail({ id: 'new-session' }));
    await appStable();
    expect(TestBed.inject(Router).url).toBe('/live/new-session');
  });

  it('stops an end before the start and a video link that is not https, with the focus on the first', async () => {
    await open();
    fillValid();
    type('field-ends', '2026-10-24T09:00');
    type('field-video', 'http://meet.example.fi/x');
    await submit();
    expect(http.match((r) => r.method === 'POST').length).toBe(0);
    expect(byTestId('error-ends').textContent?.trim()).toBe(t('live.form.error.endBeforeStart'));
    expect(byTestId('error-video').textContent?.trim()).toBe(t('live.form.error.https'));
    await until(() => document.activeElement === byTestId('field-ends'), 'focus on the end');
  });

  it('shows the server’s field problems on their fields, a nested one on its list, and focuses the first', async () => {
    await open();
    fillValid();
    type('field-video', 'https://meet.example.fi/x');
    await submit();
    (await nextRequest(http, 'POST', '/api/live-sessions')).flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        error: 'Bad Request',
        message: 'invalid',
        details: [
          { field: 'body.videoUrl', problems: ['videoUrl must be an https URL'] },
          { field: 'body.invitees.0.userId', problems: ['unknown user'] },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(byTestId('error-video').textContent?.trim()).toBe(t('core.field.server'));
    expect(byTestId('error-invitees').textContent?.trim()).toBe(t('core.field.server'));
    await until(() => document.activeElement === byTestId('field-video'), 'focus on the video field');
    expect(byTestId('form-failure')).toBeNull();
  });

  it('edits a session: its instants shown as Helsinki times, saved back unchanged', async () => {
    await open(LIVE_ID);
    // 07:00 UTC on 29 March 2026 is 10:00 in Helsinki summer time.
    expect(byTestId<HTMLInputElement>('field-starts').value).toBe('2026-03-29T10:00');
    expect(byTestId<HTMLInputElement>('field-ends').value).toBe('2026-03-29T11:30');
    expect(byTestId<HTMLInputElement>('field-title-fi').value).toBe('Aamupala Laukaassa');
    expect(byTestId('field-public')).not.toBeNull();
    type('field-capacity', '25');
    await submit();
    const patch = await nextRequest(http, 'PATCH', `/api/live-sessions/${LIVE_ID}`);
    const body = patch.request.body as LiveSessionInput;
    expect([body.startsAt, body.endsAt]).toEqual(['2026-03-29T07:00:00.000Z', '2026-03-29T08:30:00.000Z']);
    expect(body.capacity).toBe(25);
    expect(body.hostIds).toEqual(['u-host']);
    expect(body.videoUrl).toBe('https://meet.example.fi/aamupala');
    patch.flush(aDetail());
    await appStable();
    expect(TestBed.inject(Router).url).toBe(`/live/${LIVE_ID}`);
  });
});
