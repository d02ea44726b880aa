import type { LiveChatMessage, LiveChatReport } from '@kotopaikka/contracts';

import { until } from '../../../../testing/test-app';
import { AINO, BOB, HOST, SESSION_ID } from '../../live-room-testing';
import {
  confirmDialog,
  failed,
  type OpenPanel,
  openPanel,
  PanelSocket,
  press,
  t,
  text,
  type,
} from '../reply-panel-testing';
import { ChatPanel } from './chat-panel';

function aMessage(seq: number, overrides: Partial<LiveChatMessage> = {}): LiveChatMessage {
  return {
    id: `m-${seq}`,
    seq,
    participantId: HOST.id,
    name: HOST.name,
    role: 'host',
    groupId: null,
    text: `Viesti ${seq}`,
    deleted: false,
    at: new Date(Date.UTC(2026, 2, 29, 7, 0, seq)).toISOString(),
    ...overrides,
  };
}

/** A message as the room's `chat.message` event carries it. */
function messageEvent(m: LiveChatMessage) {
  return { id: m.id, participantId: m.participantId, name: m.name, role: m.role, text: m.text };
}

describe('ChatPanel', () => {
  let socket: PanelSocket;
  let panel: OpenPanel<ChatPanel>;

  beforeEach(() => {
    socket = new PanelSocket();
    socket.reply('chat:history', { ok: true, messages: [aMessage(1), aMessage(2)], more: false, locked: false });
    // The history's messages are in the room's log too (the join replays them to the room).
    for (const seq of [1, 2]) socket.record('chat.message', messageEvent(aMessage(seq)), false);
  });

  afterEach(() => {
    panel?.fixture.destroy();
    panel?.el.remove();
  });

  const shown = () => Array.from(panel.el.querySelectorAll('[data-testid=chat-messages] li')).map((li) => text(li));

  it('shows the latest history on open, then live messages, announcing only the new ones of others', async () => {
    panel = await openPanel(ChatPanel, socket, AINO);
    expect(socket.sentOf('chat:history')).toEqual([{ sessionId: SESSION_ID, groupId: null }]);
    await until(() => shown().length === 2, 'history');
    expect(shown()[0]).toContain('Viesti 1');
    expect(shown()[0]).toContain(HOST.name);
    // What the room replayed on joining is history: not read out.
    const announcement = panel.byTestId('chat-announcement');
    expect(announcement?.getAttribute('aria-live')).toBe('polite');
    expect(text(announcement)).toBe('');

    const focused = document.activeElement;
    socket.record(
      'chat.message',
      messageEvent(aMessage(3, { participantId: BOB.id, name: BOB.name, text: 'Hei kaikki' })),
    );
    await panel.settle();
    expect(shown().length).toBe(3);
    expect(shown()[2]).toContain('Hei kaikki');
    expect(text(announcement)).toBe(t('live.chat.announce', { name: BOB.name, text: 'Hei kaikki' }));
    expect(document.activeElement).toBe(focused);

    // One's own message (from another tab) is not read back; a deletion blanks the text for everyone.
    socket.record('chat.message', messageEvent(aMessage(4, { participantId: AINO.id, name: AINO.name, text: 'Minä' })));
    socket.record('chat.deleted', { messageId: 'm-3' });
    await panel.settle();
    expect(text(announcement)).toBe(t('live.chat.announce', { name: BOB.name, text: 'Hei kaikki' }));
    expect(shown()[2]).toContain(t('live.chat.wasDeleted'));
    expect(shown()[2]).not.toContain('Hei kaikki');
    // A breakout group's message is not the main room's.
    socket.deliver({ ...socket.record('chat.message', messageEvent(aMessage(6)), false), groupId: 'g-1' });
    await panel.settle();
    expect(shown().length).toBe(4);
  });

  it("follows the participant into their breakout group's chat and back", async () => {
    socket.breakout = {
      id: 'br-1',
      status: 'running',
      mode: 'manual',
      minutes: 5,
      endsAt: null,
      groups: [{ id: 'g-1', name: 'Ryhmä 1', participantIds: [AINO.id] }],
    };
    socket.reply('chat:history', (p: { groupId: string | null }) => ({
      ok: true,
      messages: p.groupId ? [aMessage(3, { groupId: 'g-1', text: 'Ryhmän viesti' })] : [aMessage(1), aMessage(2)],
      more: false,
      locked: false,
    }));
    socket.reply('chat:send', (p: { text: string; groupId: string | null }) => ({
      ok: true,
      message: aMessage(5, { participantId: AINO.id, name: AINO.name, groupId: p.groupId, text: p.text }),
    }));
    panel = await openPanel(ChatPanel, socket, AINO);
    await until(() => shown().length === 1 && shown()[0].includes('Ryhmän viesti'), "the group's history");
    // The main room's messages stay out of the group's chat; what one writes goes to the group.
    socket.record('chat.message', messageEvent(aMessage(4, { text: 'Pääsalissa' })));
    await panel.settle();
    expect(shown().length).toBe(1);
    type(panel.byTestId('chat-text') as HTMLTextAreaElement, 'Sovitaan');
    press(panel.byTestId('chat-text') as HTMLTextAreaElement, 'Enter');
    await until(() => socket.sentOf('chat:send').length === 1, 'chat:send');
    expect(socket.sentOf('chat:send')).toEqual([{ sessionId: SESSION_ID, text: 'Sovitaan', groupId: 'g-1' }]);
    // When the breakout ends, the main room's chat is back.
    socket.record('breakout.ended', { breakoutId: 'br-1' });
    await until(() => shown().some((m) => m.includes('Viesti 1')), "the main room's chat");
    expect(shown().some((m) => m.includes('Ryhmän viesti'))).toBeFalse();
  });

  it('sends on Enter with the right payload, keeps Shift+Enter for a new line, and counts characters', async () => {
    socket.reply('chat:send', (p: { text: string }) => ({
      ok: true,
      message: aMessage(3, { participantId: AINO.id, name: AINO.name, role: 'participant', text: p.text }),
    }));
    panel = await openPanel(ChatPanel, socket, AINO);
    const box = panel.byTestId('chat-text') as HTMLTextAreaElement;
    expect(box.getAttribute('maxlength')).toBe('2000');
    expect(box.labels?.[0]?.textContent?.trim()).toBe(t('live.chat.write'));
    type(box, '  Kiitos  ');
    await panel.settle();
    expect(text(panel.byTestId('chat-count'))).toBe(t('live.chat.count', { count: 10, max: 2000 }));
    expect(press(box, 'Enter', { shiftKey: true }).defaultPrevented).toBeFalse();
    expect(socket.sentOf('chat:send')).toEqual([]);
    expect(press(box, 'Enter').defaultPrevented).toBeTrue();
    await until(() => socket.sentOf('chat:send').length === 1, 'chat:send');
    expect(socket.sentOf('chat:send')).toEqual([{ sessionId: SESSION_ID, text: 'Kiitos', groupId: null }]);
    await until(() => box.value === '', 'the box emptied');
    expect(shown()[2]).toContain('Kiitos');
    // The event of the same message does not show it twice.
    socket.record('chat.message', messageEvent(aMessage(3, { participantId: AINO.id, text: 'Kiitos' })));
    await panel.settle();
    expect(shown().length).toBe(3);
  });

  it('shows a refused send next to the box and keeps the text', async () => {
    socket.reply('chat:send', failed('too_many_requests'));
    panel = await openPanel(ChatPanel, socket, AINO);
    const box = panel.byTestId('chat-text') as HTMLTextAreaElement;
    press(box, 'Enter');
    await panel.settle();
    expect(text(panel.byTestId('chat-send-failure'))).toBe(t('live.chat.emptyText'));
    expect(socket.sentOf('chat:send')).toEqual([]);
    type(box, 'Taas');
    await panel.settle();
    expect(text(panel.byTestId('chat-send-failure'))).toBe('');
    panel.byTestId('chat-send')?.click();
    await until(() => text(panel.byTestId('chat-send-failure')), 'the failure');
    expect(text(panel.byTestId('chat-send-failure'))).toBe(t('core.error.too_many_requests'));
    expect(panel.byTestId('chat-send-failure')?.getAttribute('role')).toBe('alert');
    expect(box.getAttribute('aria-describedby')).toContain(panel.byTestId('chat-send-failure')?.id ?? '-');
    expect(box.value).toBe('Taas');
  });

  it('shows participants a locked chat without the box and no host controls, and follows unlocking', async () => {
    socket.reply('chat:history', { ok: true, messages: [aMessage(1)], more: false, locked: true });
    panel = await openPanel(ChatPanel, socket, AINO);
    await until(() => panel.byTestId('chat-locked'), 'the locked note');
    expect(panel.byTestId('chat-text')).toBeNull();
    expect(panel.byTestId('chat-lock')).toBeNull();
    expect(panel.byTestId('chat-delete')).toBeNull();
    expect(panel.byTestId('chat-reports')).toBeNull();
    expect(socket.sentOf('chat:reports')).toEqual([]);
    expect(panel.byTestId('chat-report')).not.toBeNull();
    socket.record('chat.locked', { locked: false });
    await panel.settle();
    expect(panel.byTestId('chat-locked')).toBeNull();
    expect(panel.byTestId('chat-text')).not.toBeNull();
    expect(text(panel.byTestId('chat-announcement'))).toBe(t('live.chat.nowUnlocked'));
  });

  it('shows a locked error ack when the lock came while writing', async () => {
    socket.reply('chat:send', failed('chat_locked'));
    panel = await openPanel(ChatPanel, socket, AINO);
    type(panel.byTestId('chat-text'), 'Ehdinkö');
    panel.byTestId('chat-send')?.click();
    await until(() => text(panel.byTestId('chat-send-failure')), 'the failure');
    expect(text(panel.byTestId('chat-send-failure'))).toBe(t('core.error.chat_locked'));
  });

  it('loads older messages before the oldest shown and moves focus to them', async () => {
    socket.reply('chat:history', (p: { beforeSeq?: number }) =>
      p.beforeSeq === undefined
        ? { ok: true, messages: [aMessage(101), aMessage(102)], more: true, locked: false }
        : { ok: true, messages: [aMessage(99), aMessage(100)], more: false, locked: false },
    );
    socket.log.length = 0;
    panel = await openPanel(ChatPanel, socket, AINO);
    await until(() => panel.byTestId('chat-older'), 'show older');
    panel.byTestId('chat-older')?.click();
    await until(() => shown().length === 4, 'older messages');
    expect(socket.sentOf('chat:history')[1]).toEqual({ sessionId: SESSION_ID, groupId: null, beforeSeq: 101 });
    expect(shown()[0]).toContain('Viesti 99');
    expect(panel.byTestId('chat-older')).toBeNull();
    await until(() => document.activeElement?.getAttribute('data-message-id') === 'm-100', 'focus on the page');
  });

  it('lets anyone report a message after confirming', async () => {
    panel = await openPanel(ChatPanel, socket, BOB);
    await until(() => shown().length === 2, 'history');
    panel.allByTestId('chat-report')[0].click();
    await confirmDialog();
    await until(() => socket.sentOf('chat:report').length === 1, 'chat:report');
    expect(socket.sentOf('chat:report')).toEqual([{ sessionId: SESSION_ID, messageId: 'm-1' }]);
    await until(() => text(panel.byTestId('chat-announcement')) === t('live.chat.reported'), 'announced');
    expect(panel.allByTestId('chat-report').length).toBe(1);
  });

  it('gives hosts lock, delete and the reports, live from chat:reported', async () => {
    const report = (id: string): LiveChatReport => ({
      message: aMessage(2, { id, participantId: BOB.id, name: BOB.name }),
      reporters: [{ participantId: AINO.id, name: AINO.name, at: '2026-03-29T07:05:00.000Z' }],
    });
    socket.reply('chat:reports', { ok: true, reports: [report('m-2')] });
    socket.reply('chat:lock', { ok: true });
    socket.reply('chat:delete', { ok: true });
    panel = await openPanel(ChatPanel, socket, HOST);
    await until(() => panel.allByTestId('chat-reports').length, 'reports');
    expect(socket.sentOf('chat:reports')).toEqual([{ sessionId: SESSION_ID }]);
    expect(text(panel.byTestId('chat-reports'))).toContain(t('live.chat.reportedBy', { names: AINO.name }));

    socket.fire('chat:reported', { sessionId: SESSION_ID, report: report('m-1') });
    await panel.settle();
    expect(panel.el.querySelectorAll('[data-testid=chat-reports] li').length).toBe(2);
    expect(text(panel.byTestId('chat-announcement'))).toBe(t('live.chat.newReport', { name: BOB.name }));

    panel.byTestId('chat-lock')?.click();
    await until(() => socket.sentOf('chat:lock').length === 1, 'chat:lock');
    expect(socket.sentOf('chat:lock')).toEqual([{ sessionId: SESSION_ID, locked: true }]);
    await until(() => text(panel.byTestId('chat-lock')) === t('live.chat.unlock'), 'unlock offered');
    // Hosts still write in a locked chat.
    expect(panel.byTestId('chat-text')).not.toBeNull();

    panel.allByTestId('chat-delete')[0].click();
    await confirmDialog();
    await until(() => socket.sentOf('chat:delete').length === 1, 'chat:delete');
    expect(socket.sentOf('chat:delete')).toEqual([{ sessionId: SESSION_ID, messageId: 'm-1' }]);
    await until(() => panel.allByTestId('chat-deleted').length === 1, 'shown deleted');
  });
});
