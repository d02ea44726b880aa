import type { LiveNotesServerUpdate, LiveNotesSyncResult, SocketAck } from '@kotopaikka/contracts';
import { NotesSync, NotesSyncError } from '@kotopaikka/live-notes';

import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { type Subscription } from 'rxjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { TranslatePipe } from '../../../../core/i18n/translate-pipe';
import { LiveRoom } from '../../live-room';
import { RoomGroup } from '../../room-group';
import { moveThrough, textDiff } from './text-diff';

const LOCAL = Symbol('notes-local');
const REMOTE = 'remote';

/** One open document: the Y.Doc, its sync with the server and who else is in it. */
interface OpenNotes {
  doc: Y.Doc;
  sync: NotesSync;
  awareness: Awareness;
  groupId: string | null;
  subscriptions: Subscription[];
  synced: boolean;
}

/**
 * The shared notes as a plain textarea bound to the room's Y.Text: local edits go in as the changed range, others'
 * arrive with the caret kept where it was in the text. It follows the group the room shows (RoomGroup). Tab leaves it
 * (nothing is trapped); Escape takes the focus to the panel's heading.
 */
@Component({
  selector: 'kp-notes-panel',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (group(); as g) {
      <p class="kp-group" data-testid="notes-group">{{ 'live.notes.groupNotes' | t: { name: g.name } }}</p>
    }
    <label for="kp-notes-editor" class="kp-label">{{ 'live.notes.label' | t }}</label>
    <p id="kp-notes-hint" class="kp-hint">{{ 'live.notes.hint' | t }}</p>
    <textarea
      #editor
      id="kp-notes-editor"
      rows="12"
      aria-describedby="kp-notes-hint kp-notes-others"
      data-testid="notes-editor"
      [attr.aria-busy]="!ready()"
      (input)="onInput()"
      (keydown.escape)="leave($event)"
    ></textarea>
    <p id="kp-notes-others" class="kp-hint" data-testid="notes-others">
      @if (others().length) {
        {{ 'live.notes.othersEditing' | t: { names: others().join(', ') } }}
      }
    </p>
    @if (failure()) {
      <p class="kp-error" role="alert" data-testid="notes-failure">{{ 'live.notes.failed' | t }}</p>
    }
    @if (mayDownload()) {
      <a [href]="'/api/live-sessions/' + room.id + '/notes.md'" download data-testid="notes-download">{{
        'live.notes.download' | t
      }}</a>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: 0.25rem;
    }
    .kp-label {
      font-weight: 600;
    }
    .kp-hint,
    .kp-group {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    textarea {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 12rem;
      padding: 0.5rem;
      font: inherit;
      resize: vertical;
    }
    textarea:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .kp-error {
      color: #8c1d18;
    }
  `,
})
export class NotesPanel {
  protected readonly room = inject(LiveRoom);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly editor = viewChild.required<ElementRef<HTMLTextAreaElement>>('editor');
  /** The group whose notes these are: the participant's own, or the one a host visits. */
  protected readonly group = inject(RoomGroup).shown;
  protected readonly ready = signal(false);
  protected readonly failure = signal(false);
  protected readonly others = signal<string[]>([]);
  /** Signed-in people only: a guest reads nothing over HTTP. Group notes are not in the session's export. */
  protected readonly mayDownload = computed(() => this.room.me()?.role !== 'guest' && !this.group());

  private readonly rendered = signal(false);
  private open: OpenNotes | null = null;
  /** What the textarea showed after the last edit applied, to diff the next input against. */
  private shown = '';

  constructor() {
    // After the first render: the textarea is there to bind.
    afterNextRender(() => this.rendered.set(true));
    effect(() => {
      const groupId = this.group()?.id ?? null;
      if (this.rendered()) untracked(() => this.openNotes(groupId));
    });
    effect(() => {
      const state = this.room.connectionState();
      untracked(() => {
        const notes = this.open;
        if (!notes) return;
        if (state === 'reconnecting') {
          notes.synced = false;
          notes.sync.disconnect();
        } else if ((state === 'connected' || state === 'back') && !notes.synced) void this.connect(notes);
      });
    });
    inject(DestroyRef).onDestroy(() => this.closeNotes());
  }

  protected onInput(): void {
    const notes = this.open;
    if (!notes) return;
    // The connection may have dropped since the last check: keep the edit for the next sync, do not send it now.
    if (notes.synced && this.room.connectionState() === 'reconnecting') {
      notes.synced = false;
      notes.sync.disconnect();
    }
    const value = this.editor().nativeElement.value;
    const edit = textDiff(this.shown, value);
    this.shown = value;
    if (!edit) return;
    const text = notes.sync.text;
    notes.doc.transact(() => {
      if (edit.remove) text.delete(edit.index, edit.remove);
      if (edit.insert) text.insert(edit.index, edit.insert);
    }, LOCAL);
  }

  /** Escape leaves the editor for the panel's heading; Tab is left to the browser. */
  protected leave(event: Event): void {
    event.preventDefault();
    const heading = this.host.nativeElement.closest('section')?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }

  private openNotes(groupId: string | null): void {
    if (this.open && this.open.groupId === groupId) return;
    this.closeNotes();
    const doc = new Y.Doc();
    const ref = groupId ? { sessionId: this.room.id, groupId } : { sessionId: this.room.id };
    const sync = new NotesSync(doc, ref, {
      sync: (request) => this.room.request('notes:sync', request) as Promise<SocketAck<LiveNotesSyncResult>>,
      update: (request) => this.room.request('notes:update', request) as Promise<SocketAck>,
    });
    const awareness = new Awareness(doc);
    const mine = (p: LiveNotesServerUpdate) => p.sessionId === this.room.id && p.groupId === groupId;
    const notes: OpenNotes = { doc, sync, awareness, groupId, subscriptions: [], synced: false };
    notes.subscriptions.push(
      this.room.listen('notes:update').subscribe((p) => sync.receive(p)),
      this.room.listen('notes:awareness').subscribe((p) => {
        if (mine(p)) applyAwarenessUpdate(awareness, fromBase64(p.update), REMOTE);
      }),
    );
    sync.text.observe((event, transaction) => {
      if (transaction.origin !== LOCAL) this.showRemote(event.delta as never);
    });
    awareness.on('change', () => this.others.set(this.otherNames(awareness)));
    awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (!notes.synced) return;
      // Someone new: tell them who is here now rather than at our next renewal (15 s).
      if (origin === REMOTE && !added.length) return;
      if (origin !== REMOTE && ![...added, ...updated, ...removed].includes(doc.clientID)) return;
      void this.room.request('notes:awareness', {
        ...ref,
        update: toBase64(encodeAwarenessUpdate(awareness, [doc.clientID])),
      });
    });
    this.open = notes;
    this.shown = '';
    this.editor().nativeElement.value = '';
    this.ready.set(false);
    const state = this.room.connectionState();
    if (state === 'connected' || state === 'back') void this.connect(notes);
  }

  private async connect(notes: OpenNotes): Promise<void> {
    notes.synced = true;
    this.failure.set(false);
    try {
      await notes.sync.connect();
      if (this.open !== notes) return;
      this.ready.set(true);
      notes.awareness.setLocalState({ user: { name: this.room.me()?.name ?? '' } });
    } catch (error) {
      notes.synced = false;
      if (error instanceof NotesSyncError && this.open === notes) this.failure.set(true);
    }
  }

  /** Others' edits: the text replaced, the caret and selection moved through the change. */
  private showRemote(delta: { retain?: number; insert?: unknown; delete?: number }[]): void {
    const notes = this.open;
    if (!notes) return;
    const area = this.editor().nativeElement;
    const focused = document.activeElement === area;
    const [start, end] = [area.selectionStart, area.selectionEnd];
    const value = notes.sync.text.toString();
    area.value = value;
    this.shown = value;
    if (focused) area.setSelectionRange(moveThrough(start, delta), moveThrough(end, delta));
  }

  private otherNames(awareness: Awareness): string[] {
    const names: string[] = [];
    awareness.getStates().forEach((state, clientId) => {
      const name = (state['user'] as { name?: unknown } | undefined)?.name;
      if (clientId !== awareness.clientID && typeof name === 'string' && name && !names.includes(name))
        names.push(name);
    });
    return names.sort((a, b) => a.localeCompare(b));
  }

  private closeNotes(): void {
    const notes = this.open;
    if (!notes) return;
    this.open = null;
    if (notes.synced) {
      removeAwarenessStates(notes.awareness, [notes.doc.clientID], 'closed');
    }
    notes.subscriptions.forEach((s) => s.unsubscribe());
    notes.awareness.destroy();
    notes.sync.destroy();
    notes.doc.destroy();
    this.others.set([]);
  }
}
