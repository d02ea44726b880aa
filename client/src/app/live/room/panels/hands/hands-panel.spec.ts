import type { LiveHand } from '@kotopaikka/contracts';

import { until } from '../../../../testing/test-app';
import { AINO, BOB, HOST, SESSION_ID } from '../../live-room-testing';
import { failed, type OpenPanel, openPanel, PanelSocket, t, text } from '../reply-panel-testing';
import { HandsPanel } from './hands-panel';

const hand = (p: { id: string; name: string; role: LiveHand['role'] }): LiveHand => ({
  participantId: p.id,
  name: p.name,
  role: p.role,
  raisedAt: '2026-03-29T07:05:00.000Z',
});

describe('HandsPanel', () => {
  let socket: PanelSocket;
  let panel: OpenPanel<HandsPanel>;

  beforeEach(() => {
    socket = new PanelSocket();
    // Bob raised his hand before this person came in: the log has it, and so does the list.
    socket.record('hand.raised', { participantId: BOB.id, name: BOB.name, role: BOB.role }, false);
    socket.reply('hand:list', { ok: true, hands: [hand(BOB)] });
  });

  afterEach(() => {
    panel?.fixture.destroy();
    panel?.el.remove();
  });

  const queue = () => Array.from(panel.el.querySelectorAll('[data-testid=hands-queue] li')).map((li) => text(li));

  it('shows the queue in order, raises and lowers one’s own hand, and has no host controls for a participant', async () => {
    socket.reply('hand:raise', { ok: true, hands: [hand(BOB), hand(AINO)] });
    socket.reply('hand:lower', { ok: true, hands: [hand(BOB)] });
    panel = await openPanel(HandsPanel, socket, AINO);
    await until(() => queue().length === 1, 'the queue');
    expect(socket.sentOf('hand:list')).toEqual([{ sessionId: SESSION_ID }]);
    expect(queue()[0]).toContain(BOB.name);
    expect(queue()[0]).toContain(t('live.hands.position', { position: 1 }));
    expect(text(panel.byTestId('hands-mine'))).toBe(t('live.hands.yoursDown'));
    expect(panel.byTestId('hands-lower-other')).toBeNull();

    const toggle = panel.byTestId('hands-toggle') as HTMLButtonElement;
    expect(text(toggle)).toBe(t('live.hands.raise'));
    toggle.focus();
    toggle.click();
    await until(() => socket.sentOf('hand:raise').length === 1, 'hand:raise');
    expect(socket.sentOf('hand:raise')).toEqual([{ sessionId: SESSION_ID }]);
    await until(() => queue().length === 2, 'own hand in the queue');
    expect(queue()[1]).toContain(AINO.name);
    expect(text(panel.byTestId('hands-mine'))).toBe(t('live.hands.yourPosition', { position: 2, count: 2 }));
    expect(text(toggle)).toBe(t('live.hands.lower'));
    // The event of one's own raise: no duplicate, no announcement.
    socket.record('hand.raised', { participantId: AINO.id, name: AINO.name, role: AINO.role });
    await panel.settle();
    expect(queue().length).toBe(2);
    expect(document.activeElement).toBe(toggle);

    toggle.click();
    await until(() => socket.sentOf('hand:lower').length === 1, 'hand:lower');
    expect(socket.sentOf('hand:lower')).toEqual([{ sessionId: SESSION_ID }]);
    await until(() => queue().length === 1, 'own hand down');
    expect(text(panel.byTestId('hands-announcement'))).toBe(t('live.hands.youLowered'));
  });

  it('follows hands raised and lowered by others, telling only hosts who raised a hand', async () => {
    panel = await openPanel(HandsPanel, socket, AINO);
    await until(() => queue().length === 1, 'the queue');
    socket.record('hand.raised', { participantId: HOST.id, name: HOST.name, role: HOST.role });
    await panel.settle();
    expect(queue().length).toBe(2);
    expect(text(panel.byTestId('hands-announcement'))).toBe('');
    socket.record('hand.lowered', { participantId: BOB.id, by: HOST.id });
    await panel.settle();
    expect(queue().length).toBe(1);
    expect(queue()[0]).toContain(HOST.name);
  });

  it('lets hosts lower anyone’s hand and hear new raises, politely', async () => {
    socket.reply('hand:lower', (p: { participantId?: string }) =>
      p.participantId === BOB.id ? { ok: true, hands: [] } : failed('forbidden'),
    );
    panel = await openPanel(HandsPanel, socket, HOST);
    await until(() => queue().length === 1, 'the queue');
    // The raise from before the panel opened is not announced.
    expect(text(panel.byTestId('hands-announcement'))).toBe('');
    socket.record('hand.raised', { participantId: AINO.id, name: AINO.name, role: AINO.role });
    await panel.settle();
    const announcement = panel.byTestId('hands-announcement');
    expect(announcement?.getAttribute('aria-live')).toBe('polite');
    expect(text(announcement)).toBe(t('live.hands.raised', { name: AINO.name }));

    const lowerButtons = panel.allByTestId('hands-lower-other');
    expect(lowerButtons.map((b) => text(b))).toEqual([
      t('live.hands.lowerName', { name: BOB.name }),
      t('live.hands.lowerName', { name: AINO.name }),
    ]);
    lowerButtons[0].click();
    await until(() => socket.sentOf('hand:lower').length === 1, 'hand:lower');
    expect(socket.sentOf('hand:lower')).toEqual([{ sessionId: SESSION_ID, participantId: BOB.id }]);
    await until(() => queue().length === 0, 'the queue emptied from the ack');

    socket.record('hand.raised', { participantId: AINO.id, name: AINO.name, role: AINO.role });
    await panel.settle();
    panel.byTestId('hands-lower-other')?.click();
    await until(() => panel.byTestId('hands-failure'), 'the refusal');
    expect(text(panel.byTestId('hands-failure'))).toBe(t('core.error.forbidden'));
  });
});
