import type { JoinLinkView } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { provideTestApp, until } from '../../testing/test-app';
import { JoinPage } from './join-page';

function aLink(overrides: Partial<JoinLinkView> = {}): JoinLinkView {
  return {
    state: 'open',
    sessionId: '00000000-0000-4000-8000-000000000111',
    title: { fi: 'Aamupala', en: 'Breakfast' },
    startsAt: '2026-12-10T07:00:00Z',
    endsAt: '2026-12-10T08:00:00Z',
    opensAt: '2026-12-10T06:30:00Z',
    name: 'Amina',
    ...overrides,
  };
}

describe('JoinPage', () => {
  let fixture: ComponentFixture<JoinPage>;
  let backend: HttpTestingController;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(JoinPage);
    el = fixture.nativeElement;
  });

  afterEach(() => backend.verify());

  async function show(link: JoinLinkView): Promise<string> {
    fixture.componentRef.setInput('token', 'T0KEN');
    const req = await until(() => backend.match('/api/public/join/T0KEN')[0], 'the link request');
    req.flush(link);
    const state = await until(() => el.querySelector('[data-testid=join-state]')?.textContent?.trim(), 'the state');
    return state;
  }

  it('greets the guest and shows the room area when the link is open', async () => {
    expect(await show(aLink())).toBe(t('guest.join.open'));
    expect(el.querySelector('h1')?.textContent).toContain('Aamupala');
    expect(el.textContent).toContain(t('guest.join.hello', { name: 'Amina' }));
    expect(el.querySelector('[data-testid=room-placeholder]')?.textContent).toContain(t('guest.join.roomPlaceholder'));
  });

  it('tells when the room opens, and shows no room before', async () => {
    const text = await show(aLink({ state: 'early' }));
    expect(text).toContain(
      t('guest.join.early', { opensAt: TestBed.inject(Translator).formatDateTime('2026-12-10T06:30:00Z') }),
    );
    expect(el.querySelector('[data-testid=room-placeholder]')).toBeNull();
  });

  for (const [state, key] of [
    ['over', 'guest.join.over'],
    ['cancelled', 'guest.join.cancelled'],
    ['waitlisted', 'guest.join.waitlisted'],
  ] as const) {
    it(`says plainly that the link is ${state}`, async () => {
      expect(await show(aLink({ state }))).toBe(t(key));
      expect(el.querySelector('[data-testid=room-placeholder]')).toBeNull();
    });
  }

  it('says a link that does not work does not, without naming any session', async () => {
    const invalid = aLink({
      state: 'invalid',
      sessionId: null,
      title: null,
      startsAt: null,
      endsAt: null,
      opensAt: null,
      name: null,
    });
    expect(await show(invalid)).toBe(t('guest.join.invalid'));
    expect(el.querySelector('h1')?.textContent?.trim()).toBe(t('guest.join.title'));
  });
});
