import type { LiveNotesSyncRequest, LiveNotesUpdateRequest } from '@kotopaikka/contracts';

import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

import { Translator } from '../../../../core/i18n/translator';
import { until } from '../../../../testing/test-app';
import { AINO, BOB, HOST, SESSION_ID } from '../../live-room-testing';
import { mountPanel, type PanelHost, PanelSocket, setUpPanelTest } from '../panel-testing';
import { NotesPanel } from './notes-panel';

/** The server's part of the notes: one Y.Doc, sync by state vectors, each stored update relayed to the others. */
class FakeNotesServer {
  readonly doc = new Y.Doc();
  readonly sockets: PanelSocket[] = [];

  connect(socket: PanelSocket): PanelSocket {
    this.sockets.push(socket);
    socket
      .handle('notes:sync', (p: LiveNotesSyncRequest) => ({
        ok: true,
        update: toBase64(Y.encodeStateAsUpdate(this.doc, p.stateVector ? fromBase64(p.stateVector) : undefined)),
        stateVector: toBase64(Y.encodeStateVector(this.doc)),
      }))
      .handle('notes:update', (p: LiveNotesUpdateRequest, from) => {
        Y.applyUpdate(this.doc, fromBase64(p.update));
        for (const other of this.sockets.filter((s) => s !== from && s.connected))
          setTimeout(() => other.fire('notes:update', { sessionId: p.sessionId, groupId: null, update: p.update }));
        return { ok: true };
      })
      .handle('notes:awareness', (p: LiveNotesUpdateRequest, from) => {
        for (const other of this.sockets.filter((s) => s !== from))
          other.fire('notes:awareness', { sessionId: p.sessionId, groupId: null, update: p.update });
        return { ok: true };
      })
      .handle('breakout:current', () => ({ ok: true, breakout: null }));
    return socket;
  }

  get text(): string {
    return this.doc.getText('notes').toString();
  }
}

describe('NotesPanel', () => {
  let server: FakeNotesServer;
  let aino: PanelSocket;
  let bob: PanelSocket;
  const fixtures: ComponentFixture<PanelHost>[] = [];
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);

  beforeEach(() => {
    server = new FakeNotesServer();
    aino = server.connect(new PanelSocket());
    bob = server.connect(new PanelSocket());
    aino.me = AINO;
    bob.me = BOB;
    for (const s of [aino, bob]) {
      s.connected = true;
      s.present = [HOST, AINO, BOB];
    }
    setUpPanelTest([aino, bob]);
  });

  afterEach(() => {
    for (const f of fixtures.splice(0)) {
      f.destroy();
      (f.nativeElement as HTMLElement).remove();
    }
  });

  async function open(): Promise<{ el: HTMLElement; editor: HTMLTextAreaElement }> {
    const fixture = mountPanel(NotesPanel);
    fixtures.push(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const editor = await until(
      () => el.querySelector<HTMLTextAreaElement>('[data-testid=notes-editor][aria-busy=false]'),
      'the notes synced',
    );
    return { el, editor };
  }

  function type(editor: HTMLTextAreaElement, value: string, caret = value.length): void {
    editor.value = value;
    editor.setSelectionRange(caret, caret);
    editor.dispatchEvent(new Event('input'));
  }

  it('labels the editor, says how to leave it, and converges two people’s edits through the server', async () => {
    server.doc.getText('notes').insert(0, 'Agenda');
    const a = await open();
    const b = await open();
    expect(a.editor.value).toBe('Agenda');
    expect(b.editor.value).toBe('Agenda');
    expect(a.el.querySelector('label[for=kp-notes-editor]')?.textContent?.trim()).toBe(t('live.notes.label'));
    expect(a.editor.getAttribute('aria-describedby')).toContain('kp-notes-hint');

    // Aino types at the start while Bob types at the end, before either has heard of the other's edit.
    type(a.editor, '# Agenda', 2);
    type(b.editor, 'Agenda\n- coffee');
    await until(() => a.editor.value === b.editor.value && server.text === a.editor.value, 'converged');
    expect(server.text).toBe('# Agenda\n- coffee');
    // Only the changed range went over: Aino's update inserted two characters, it did not resend the text.
    const sent = aino.sentOf('notes:update') as LiveNotesUpdateRequest[];
    const update = sent[sent.length - 1].update;
    const struct = Y.decodeUpdate(fromBase64(update)).structs;
    expect(struct.length).toBe(1);
    expect(struct[0].length).toBe(2);
  });

  it('keeps the caret on the same text when someone else edits before it', async () => {
    const a = await open();
    const b = await open();
    type(a.editor, 'world');
    await until(() => b.editor.value === 'world', 'Bob sees it');
    b.editor.focus();
    b.editor.setSelectionRange(3, 3); // wor|ld
    type(a.editor, 'hello world', 6);
    await until(() => b.editor.value === 'hello world', 'Bob sees the edit');
    expect(document.activeElement).toBe(b.editor);
    expect(b.editor.selectionStart).toBe(9); // hello wor|ld
  });

  it('does not trap Tab, and Escape moves the focus to the panel’s heading', async () => {
    const { el, editor } = await open();
    editor.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    editor.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBeFalse();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    editor.dispatchEvent(escape);
    expect(document.activeElement).toBe(el.querySelector('h2'));
  });

  it('shows who else is editing, and offers the Markdown export to signed-in people only', async () => {
    const a = await open();
    const b = await open();
    await until(
      () => a.el.querySelector('[data-testid=notes-others]')?.textContent?.includes(BOB.name),
      'Bob shown to Aino',
    );
    expect(b.el.querySelector('[data-testid=notes-others]')?.textContent).toContain(AINO.name);
    expect(a.el.querySelector('[data-testid=notes-download]')?.getAttribute('href')).toBe(
      `/api/live-sessions/${SESSION_ID}/notes.md`,
    );
    expect(b.el.querySelector('[data-testid=notes-download]')).toBeNull(); // Bob is a guest
  });

  it('sends edits made while disconnected when the room is back', async () => {
    const a = await open();
    aino.down();
    type(a.editor, 'offline edit');
    expect(server.text).toBe('');
    aino.up();
    await until(() => server.text === 'offline edit', 'the edit reached the server');
  });
});
