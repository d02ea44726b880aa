import type { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { GuestLiveConnection } from '../../core/live/guest-socket';
import { LiveConnection } from '../../core/live/live-socket';
import { nextRequest, until } from '../../testing/test-app';
import { aDetail, setUpLiveTest } from '../shared/live-testing';
import { LIVE_ROOM_TIMING } from './live-room';
import { AINO, BOB, FakeRoomSocket, HOST, SESSION_ID } from './live-room-testing';
import { LiveRoomView } from './live-room-view';
import { ROOM_PANELS } from './room-panels';

describe('LiveRoomView', () => {
  let http: HttpTestingController;
  let socket: FakeRoomSocket;
  let guestSocket: FakeRoomSocket;
  let fixture: ComponentFixture<LiveRoomView>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = (id: string) => el.querySelector<HTMLElement>(`[data-testid=${id}]`);

  beforeEach(() => {
    socket = new FakeRoomSocket();
    guestSocket = new FakeRoomSocket();
    http = setUpLiveTest('2026-03-25T10:00:00Z', [
      { provide: LiveConnection, useValue: { connect: () => Promise.resolve(socket) } },
      { provide: GuestLiveConnection, useValue: { open: () => Promise.resolve(guestSocket) } },
      { provide: LIVE_ROOM_TIMING, useValue: { heartbeatMs: 1000, backMs: 80, ackMs: 2000, retryMs: 20 } },
    ]);
  });

  afterEach(() => {
    fixture?.destroy();
    el?.remove();
    http.verify();
  });

  async function open(inputs: Record<string, unknown> = {}): Promise<void> {
    fixture = TestBed.createComponent(LiveRoomView);
    fixture.componentRef.setInput('sessionId', SESSION_ID);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    el = fixture.nativeElement;
    document.body.appendChild(el);
    fixture.detectChanges();
  }

  const participantNames = () =>
    Array.from(el.querySelectorAll('[data-testid=room-participants] .kp-name')).map((n) => n.textContent?.trim());

  it('shows the session, the participants with roles, and no host controls to a participant', async () => {
    socket.connected = true;
    await open();
    (await nextRequest(http, 'GET', `/api/live-sessions/${SESSION_ID}`)).flush(aDetail({ id: SESSION_ID }));
    await until(() => participantNames().length === 2, 'participants');
    await fixture.whenStable();
    expect(byTestId('room-title')?.textContent?.trim()).toBe('Aamupala Laukaassa');
    expect(byTestId('room-status')?.textContent?.trim()).toBe(t('live.status.scheduled'));
    expect(byTestId('room-video')?.getAttribute('href')).toBe('https://meet.example.fi/aamupala');
    expect(participantNames()).toEqual([HOST.name, AINO.name]);
    expect(byTestId('room-participants')?.textContent).toContain(t('live.role.host'));
    expect(byTestId('room-start')).toBeNull();
    expect(byTestId('room-end')).toBeNull();
    expect(el.querySelectorAll('[data-testid=room-participants] button').length).toBe(0);
    // Each registered panel renders in its order, in a region labelled by its own h2.
    await until(() => el.querySelectorAll('.kp-room-panel').length === ROOM_PANELS.length, 'the panels');
    const panels = Array.from(el.querySelectorAll('.kp-room-panel'));
    expect(panels.map((p) => p.getAttribute('data-panel'))).toEqual(ROOM_PANELS.map((p) => p.id));
    for (const section of panels)
      expect(section.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.tagName).toBe('H2');
    expect(panels.slice(0, 3).map((p) => p.querySelector('h2')?.textContent?.trim())).toEqual([
      t('live.chat.title'),
      t('live.hands.title'),
      t('live.polls.title'),
    ]);
  });

  it('gives hosts start, end and per-participant controls, and follows the status from the room’s events', async () => {
    socket.connected = true;
    socket.me = HOST;
    socket.present = [HOST, AINO, BOB];
    await open();
    (await nextRequest(http, 'GET', `/api/live-sessions/${SESSION_ID}`)).flush(
      aDetail({ id: SESSION_ID, hosting: true, mayManage: true }),
    );
    await until(() => participantNames().length === 3, 'participants');
    await fixture.whenStable();
    byTestId('room-start')?.click();
    await until(() => socket.sentOf('live:start').length === 1, 'live:start sent');
    expect(socket.sentOf('live:start')).toEqual([{ sessionId: SESSION_ID }]);
    socket.record('session.status', { status: 'live' });
    await fixture.whenStable();
    expect(byTestId('room-status')?.textContent?.trim()).toBe(t('live.status.live'));
    expect(byTestId('room-start')).toBeNull();
    expect(byTestId('room-end')).not.toBeNull();
    await until(() => byTestId('room-announcement')?.textContent?.trim() === t('live.room.started'), 'announced');

    const makeCohost = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === t('live.room.makeCohost', { name: AINO.name }),
    );
    makeCohost?.click();
    await until(() => socket.sentOf('live:cohost').length === 1, 'live:cohost sent');
    expect(socket.sentOf('live:cohost')).toEqual([{ sessionId: SESSION_ID, participantId: AINO.id, cohost: true }]);
    // A guest can be removed but not made co-host; the host is not offered either.
    const buttons = Array.from(el.querySelectorAll('button')).map((b) => b.textContent?.trim());
    expect(buttons).toContain(t('live.room.removeName', { name: BOB.name }));
    expect(buttons).not.toContain(t('live.room.makeCohost', { name: BOB.name }));
    expect(buttons).not.toContain(t('live.room.removeName', { name: HOST.name }));
  });

  it("shows a participant their group's panels under a heading with the time left, and the main room after", async () => {
    socket.connected = true;
    const endsAt = new Date(Date.now() + 4 * 60_000 + 300).toISOString();
    const groups = [
      { id: 'g-1', name: 'Ryhmä 1', participantIds: [AINO.id] },
      { id: 'g-2', name: 'Ryhmä 2', participantIds: [BOB.id] },
    ];
    socket.breakout = { id: 'br-1', status: 'running', mode: 'manual', minutes: 5, endsAt, groups };
    await open();
    (await nextRequest(http, 'GET', `/api/live-sessions/${SESSION_ID}`)).flush(aDetail({ id: SESSION_ID }));
    await until(() => byTestId('room-group'), 'the group heading');
    expect(byTestId('room-group')?.querySelector('h2')?.textContent?.trim()).toBe(
      t('live.group.heading', { name: 'Ryhmä 1' }),
    );
    expect(byTestId('room-group-time')?.textContent?.trim()).toBe(t('live.breakouts.timeLeft', { time: '4:00' }));
    expect(byTestId('room-group-back')).toBeNull(); // a member stays in their group
    // The chat and the notes are the group's.
    await until(() => socket.sentOf('chat:history').some((p) => (p as { groupId: unknown }).groupId === 'g-1'), 'chat');
    socket.record('breakout.ended', { breakoutId: 'br-1' });
    await until(() => !byTestId('room-group'), 'back in the main room');
    await until(
      () => (socket.sentOf('chat:history').slice(-1)[0] as { groupId: unknown }).groupId === null,
      "the main room's chat again",
    );
  });

  it('lets a host visit a group, write in its chat, and go back to the main room', async () => {
    socket.connected = true;
    socket.me = HOST;
    socket.present = [HOST, AINO, BOB];
    const groups = [{ id: 'g-1', name: 'Ryhmä 1', participantIds: [AINO.id] }];
    socket.breakout = { id: 'br-1', status: 'running', mode: 'manual', minutes: 5, endsAt: null, groups };
    await open();
    (await nextRequest(http, 'GET', `/api/live-sessions/${SESSION_ID}`)).flush(
      aDetail({ id: SESSION_ID, hosting: true, mayManage: true }),
    );
    await until(() => el.querySelector('#kp-breakouts-visit'), 'the visit control');
    expect(byTestId('room-group')).toBeNull();
    (el.querySelector('#kp-breakouts-visit') as HTMLSelectElement).value = 'g-1';
    byTestId('breakouts-visit')?.click();
    await until(() => byTestId('room-group-back'), 'visiting');
    expect(socket.sentOf('breakout:visit')).toEqual([{ sessionId: SESSION_ID, groupId: 'g-1' }]);
    expect(byTestId('room-group')?.querySelector('h2')?.textContent?.trim()).toBe(
      t('live.group.visitingHeading', { name: 'Ryhmä 1' }),
    );
    await until(() => socket.sentOf('chat:history').some((p) => (p as { groupId: unknown }).groupId === 'g-1'), 'chat');
    // The server forgets a visit with the socket: after a reconnection the host asks again.
    socket.down();
    socket.up();
    await until(() => socket.sentOf('breakout:visit').length === 2, 'the visit again');
    byTestId('room-group-back')?.click();
    await until(() => !byTestId('room-group'), 'back');
    expect(socket.sentOf('breakout:visit').slice(-1)[0]).toEqual({ sessionId: SESSION_ID, groupId: null });
    await until(() => byTestId('room-announcement')?.textContent?.trim() === t('live.breakouts.backInMain'), 'said');
  });

  it('says "reconnecting…" while the socket is down and "back" after, in a polite live region', async () => {
    socket.connected = true;
    await open();
    (await nextRequest(http, 'GET', `/api/live-sessions/${SESSION_ID}`)).flush(aDetail({ id: SESSION_ID }));
    await until(() => participantNames().length === 2, 'joined');
    const status = byTestId('room-connection') as HTMLElement;
    expect(status.getAttribute('aria-live')).toBe('polite');
    socket.down();
    await fixture.whenStable();
    expect(status.textContent?.trim()).toBe(t('live.room.connection.reconnecting'));
    socket.up();
    await until(() => status.textContent?.trim() === t('live.room.connection.back'), '"back"');
    await until(() => status.textContent?.trim() === '', '"back" fades');
    expect(socket.sentOf('live:join').length).toBe(2);
  });

  it('opens as a guest with the token and the given heading, without asking the API', async () => {
    guestSocket.connected = true;
    guestSocket.me = BOB;
    guestSocket.present = [HOST, BOB];
    await open({ guestToken: 'tok', heading: 'Infotilaisuus' });
    await until(() => participantNames().length === 2, 'joined');
    await fixture.whenStable();
    expect(byTestId('room-title')?.textContent?.trim()).toBe('Infotilaisuus');
    expect(el.textContent).toContain(t('live.room.you'));
    expect(el.querySelector('a[href^="/live"]')).toBeNull();
    expect(socket.sent).toEqual([]);
    fixture.destroy();
    expect(guestSocket.sentOf('live:leave')).toEqual([{ sessionId: SESSION_ID }]);
    expect(guestSocket.disconnected).toBeTrue();
  });

  it('tells a guest who cancelled their registration why they are out of the room, and a removed person theirs', async () => {
    guestSocket.connected = true;
    guestSocket.me = BOB;
    guestSocket.present = [HOST, BOB];
    await open({ guestToken: 'tok', heading: 'Infotilaisuus' });
    await until(() => participantNames().length === 2, 'joined');
    guestSocket.record('participant.removed', { participantId: BOB.id });
    guestSocket.fire('live:removed', { sessionId: SESSION_ID, reason: 'registration_cancelled' });
    const note = await until(() => byTestId('room-removed'), 'the note');
    await until(() => note.textContent?.includes(t('live.room.registrationCancelled')), 'the reason');
    expect(note.getAttribute('role')).toBe('alert');
    expect(note.textContent).not.toContain(t('live.room.youWereRemoved'));
  });
});
