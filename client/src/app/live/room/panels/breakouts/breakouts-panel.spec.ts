import type { Breakout } from '@kotopaikka/contracts';

import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';

import { Translator } from '../../../../core/i18n/translator';
import { until } from '../../../../testing/test-app';
import { AINO, BOB, HOST, SESSION_ID } from '../../live-room-testing';
import { mountPanel, type PanelHost, PanelSocket, setUpPanelTest } from '../panel-testing';
import { BreakoutsPanel } from './breakouts-panel';

function aBreakout(overrides: Partial<Breakout> = {}): Breakout {
  return {
    id: 'br-1',
    status: 'prepared',
    mode: 'manual',
    minutes: 10,
    endsAt: null,
    groups: [
      { id: 'g-1', name: 'Ryhmä 1', participantIds: [AINO.id] },
      { id: 'g-2', name: 'Ryhmä 2', participantIds: [BOB.id] },
    ],
    ...overrides,
  };
}

describe('BreakoutsPanel', () => {
  let socket: PanelSocket;
  let fixture: ComponentFixture<PanelHost>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = (id: string) => el.querySelector<HTMLElement>(`[data-testid=${id}]`);

  beforeEach(() => {
    socket = new PanelSocket();
    socket.connected = true;
    socket.present = [HOST, AINO, BOB];
    socket.handle('breakout:current', () => ({ ok: true, breakout: null }));
    setUpPanelTest([socket]);
  });

  afterEach(() => {
    fixture.destroy();
    el.remove();
  });

  async function open(): Promise<void> {
    fixture = mountPanel(BreakoutsPanel);
    el = fixture.nativeElement;
    await until(() => socket.sentOf('breakout:current').length === 1, 'breakout:current');
    await fixture.whenStable();
  }

  it('shows a participant their group with a countdown, the host’s broadcast politely, and the return', async () => {
    await open();
    expect(byTestId('breakouts-prepare')).toBeNull(); // not a host
    const endsAt = new Date(Date.now() + 5 * 60_000 + 500).toISOString();
    socket.record('breakout.started', aBreakout({ status: 'running', endsAt }));
    await until(() => byTestId('breakouts-mine'), 'my group');
    expect(byTestId('breakouts-mine')?.textContent).toContain(t('live.breakouts.yourGroup', { name: 'Ryhmä 1' }));
    expect(byTestId('breakouts-countdown')?.textContent?.trim()).toMatch(/[45]:\d\d/);
    expect(byTestId('breakouts-announcement')?.textContent?.trim()).toBe(
      t('live.breakouts.youAreIn', { name: 'Ryhmä 1' }),
    );

    socket.record('breakout.broadcast', { text: 'Viisi minuuttia jäljellä', from: HOST.name });
    await until(() => byTestId('breakouts-broadcast')?.textContent?.includes('Viisi minuuttia'), 'the broadcast');
    expect(byTestId('breakouts-broadcast')?.getAttribute('aria-live')).toBe('polite');
    expect(byTestId('breakouts-broadcast')?.contains(document.activeElement)).toBeFalse();

    socket.record('breakout.ended', { breakoutId: 'br-1' });
    await until(() => byTestId('breakouts-mine') === null, 'back');
    expect(byTestId('breakouts-announcement')?.textContent?.trim()).toBe(t('live.breakouts.backInMain'));
    expect(byTestId('breakouts-broadcast')?.textContent?.trim()).toBe('');
  });

  it('lets a host prepare by hand, adjust, start, broadcast, visit and end', async () => {
    socket.me = HOST;
    let current = aBreakout();
    for (const e of ['breakout:prepare', 'breakout:assign', 'breakout:start'])
      socket.handle(e, () => ({ ok: true, breakout: current }));
    await open();
    const form = byTestId('breakouts-prepare') as HTMLFormElement;
    (form.querySelector('input[value=manual]') as HTMLInputElement).click();
    await until(() => el.querySelectorAll('[data-testid=breakouts-manual]').length === 2, 'per-person selects');
    // Hosts are not split; each participant has a labelled select.
    expect(el.querySelector(`label[for=kp-manual-${HOST.id}]`)).toBeNull();
    const bobSelect = el.querySelector(`#kp-manual-${BOB.id}`) as HTMLSelectElement;
    expect(el.querySelector(`label[for=kp-manual-${BOB.id}]`)?.textContent?.trim()).toBe(BOB.name);
    bobSelect.value = '1';
    bobSelect.dispatchEvent(new Event('change'));
    (el.querySelector('#kp-breakouts-minutes') as HTMLInputElement).value = '10';
    form.requestSubmit();
    await until(() => socket.sentOf('breakout:prepare').length === 1, 'breakout:prepare');
    expect(socket.sentOf('breakout:prepare')).toEqual([
      {
        sessionId: SESSION_ID,
        mode: 'manual',
        groupCount: 2,
        minutes: 10,
        assignments: [{ participantId: BOB.id, group: 1 }],
      },
    ]);
    socket.record('breakout.prepared', current);
    await until(() => byTestId('breakouts-start'), 'start offered');

    const adjust = el.querySelector(`#kp-assign-${AINO.id}`) as HTMLSelectElement;
    adjust.value = 'g-2';
    adjust.dispatchEvent(new Event('change'));
    await until(() => socket.sentOf('breakout:assign').length === 1, 'breakout:assign');
    expect(socket.sentOf('breakout:assign')).toEqual([
      { sessionId: SESSION_ID, participantId: AINO.id, groupId: 'g-2' },
    ]);

    byTestId('breakouts-start')?.click();
    await until(() => socket.sentOf('breakout:start').length === 1, 'breakout:start');
    current = aBreakout({ status: 'running', endsAt: new Date(Date.now() + 600_000).toISOString() });
    socket.record('breakout.started', current);
    await until(() => byTestId('breakouts-end'), 'end offered');

    (el.querySelector('#kp-breakouts-message') as HTMLTextAreaElement).value = 'Palatkaa pian';
    byTestId('breakouts-send')?.click();
    await until(() => socket.sentOf('breakout:broadcast').length === 1, 'breakout:broadcast');
    expect(socket.sentOf('breakout:broadcast')).toEqual([{ sessionId: SESSION_ID, text: 'Palatkaa pian' }]);

    (el.querySelector('#kp-breakouts-visit') as HTMLSelectElement).value = 'g-2';
    byTestId('breakouts-visit')?.click();
    await until(() => socket.sentOf('breakout:visit').length === 1, 'breakout:visit');
    expect(socket.sentOf('breakout:visit')).toEqual([{ sessionId: SESSION_ID, groupId: 'g-2' }]);
    await until(
      () =>
        byTestId('breakouts-announcement')?.textContent?.trim() === t('live.breakouts.visiting', { name: 'Ryhmä 2' }),
      'visiting said',
    );

    byTestId('breakouts-end')?.click();
    await until(() => socket.sentOf('breakout:end').length === 1, 'breakout:end');
  });
});
