import type { JoinLinkView } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { GuestLiveConnection } from '../../core/live/guest-socket';
import { LiveConnection } from '../../core/live/live-socket';
import { provideTestApp, until } from '../../testing/test-app';
import { BOB, FakeRoomSocket, HOST } from '../room/live-room-testing';
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

  let guestSocket: FakeRoomSocket;
  let openedWith: string[];

  beforeEach(() => {
    guestSocket = new FakeRoomSocket();
    guestSocket.connected = true;
    guestSocket.me = BOB;
    guestSocket.present = [HOST, BOB];
    openedWith = [];
    TestBed.configureTestingModule({
      providers: [
        ...provideTestApp(),
        {
          provide: GuestLiveConnection,
          useValue: {
            open: (token: string) => {
              openedWith.push(token);
              return Promise.resolve(guestSocket);
            },
          },
        },
        { provide: LiveConnection, useValue: { connect: () => Promise.reject(new Error('a guest has no session')) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(JoinPage);
    el = fixture.nativeElement;
  });

  afterEach(() => {
    fixture.destroy();
    backend.verify();
  });

  async function show(link: JoinLinkView): Promise<string> {
    fixture.componentRef.setInput('token', 'T0KEN');
    const req = await until(() => backend.match('/api/public/join/T0KEN')[0], 'the link request');
    req.flush(link);
    const state = await until(() => el.querySelector('[data-testid=join-state]')?.textContent?.trim(), 'the state');
    return state;
  }

  it('takes the guest into the room with the link’s token when the link is open', async () => {
    expect(await show(aLink())).toBe(t('guest.join.open'));
    const room = el.querySelector('kp-live-room');
    expect(room).not.toBeNull();
    await until(() => guestSocket.sentOf('live:join').length === 1, 'live:join sent');
    expect(openedWith).toEqual(['T0KEN']);
    expect(guestSocket.sentOf('live:join')).toEqual([
      { sessionId: '00000000-0000-4000-8000-000000000111', afterSeq: 0 },
    ]);
    await until(() => el.querySelector('[data-testid=room-participants]')?.textContent?.includes(BOB.name), 'in');
    // One h1: the room's, with the session's title.
    expect(Array.from(el.querySelectorAll('h1')).map((h) => h.textContent?.trim())).toEqual(['Aamupala']);
    // Nothing over HTTP beyond the link: a guest reads nothing else.
    backend.expectNone(() => true);
    fixture.destroy();
    expect(guestSocket.sentOf('live:leave').length).toBe(1);
  });

  it('tells when the room opens, and shows no room before', async () => {
    const text = await show(aLink({ state: 'early' }));
    expect(text).toContain(
      t('guest.join.early', { opensAt: TestBed.inject(Translator).formatDateTime('2026-12-10T06:30:00Z') }),
    );
    expect(el.querySelector('kp-live-room')).toBeNull();
  });

  for (const [state, key] of [
    ['over', 'guest.join.over'],
    ['cancelled', 'guest.join.cancelled'],
    ['waitlisted', 'guest.join.waitlisted'],
  ] as const) {
    it(`says plainly that the link is ${state}`, async () => {
      expect(await show(aLink({ state }))).toBe(t(key));
      expect(el.querySelector('kp-live-room')).toBeNull();
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
