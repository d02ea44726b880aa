import {
  ErrorCode,
  LIVE_NOTES_TEXT,
  type LiveNotesRef,
  type LiveNotesServerUpdate,
  type LiveNotesSyncRequest,
  type LiveNotesSyncResult,
  type LiveNotesUpdateRequest,
  type SocketAck,
} from '@kotopaikka/contracts';

import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** How NotesSync reaches the server: the `/live` socket's `notes:sync` and `notes:update` with their acks. */
export interface NotesTransport {
  sync(request: LiveNotesSyncRequest): Promise<SocketAck<LiveNotesSyncResult>>;
  update(request: LiveNotesUpdateRequest): Promise<SocketAck>;
}

/** A refused `notes:sync` or `notes:update`: the ack's code and message. */
export class NotesSyncError extends Error {
  constructor(readonly ack: Extract<SocketAck, { ok: false }>) {
    super(`${ack.code}: ${ack.message}`);
  }
}

// Marks updates that came from the server, so they are not sent back.
const REMOTE = Symbol('notes-remote');

/** An update with no structs and no deletions: nothing to send. */
const isEmptyUpdate = (update: Uint8Array): boolean => update.length === 2 && update[0] === 0 && update[1] === 0;

/**
 * Keeps one participant's Y.Doc of a room's notes in step with the server. Call `connect` after every
 * (re)join of the room: it trades state vectors, applies what the server has and sends what it lacks, so
 * edits made offline (or whose ack was lost) reach the server then, with no queue to keep. While connected,
 * local edits are sent as they happen; others' arrive through `receive`.
 */
export class NotesSync {
  private connected = false;
  private sent: Promise<SocketAck>[] = [];
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== REMOTE && this.connected) this.send(update);
  };

  constructor(
    readonly doc: Y.Doc,
    readonly ref: LiveNotesRef,
    private readonly transport: NotesTransport,
  ) {
    doc.on('update', this.onUpdate);
  }

  /** The notes' text, for an editor to bind to. */
  get text(): Y.Text {
    return this.doc.getText(LIVE_NOTES_TEXT);
  }

  async connect(): Promise<void> {
    // What was sent before is in the document either way; the sync below sends whatever the server lacks.
    this.sent = [];
    const ack = await this.transport.sync({ ...this.ref, stateVector: toBase64(Y.encodeStateVector(this.doc)) });
    if (!ack.ok) throw new NotesSyncError(ack);
    Y.applyUpdate(this.doc, fromBase64(ack.update), REMOTE);
    this.connected = true;
    // Includes any edit made while the sync was on its way: the server's state vector predates it.
    const missing = Y.encodeStateAsUpdate(this.doc, fromBase64(ack.stateVector));
    if (!isEmptyUpdate(missing)) this.send(missing);
    await this.flushed();
  }

  /** The connection dropped: edits stay in the document until the next `connect`. */
  disconnect(): void {
    this.connected = false;
  }

  /** Another participant's edit (`notes:update` from the server). */
  receive(payload: LiveNotesServerUpdate): void {
    if (payload.sessionId !== this.ref.sessionId || payload.groupId !== (this.ref.groupId ?? null)) return;
    Y.applyUpdate(this.doc, fromBase64(payload.update), REMOTE);
  }

  /** Waits for the acks of what was sent so far; rejects with the first refusal. */
  async flushed(): Promise<void> {
    const acks = await Promise.all(this.sent.splice(0));
    const refused = acks.find((a): a is Extract<SocketAck, { ok: false }> => !a.ok);
    if (refused) throw new NotesSyncError(refused);
  }

  destroy(): void {
    this.connected = false;
    this.doc.off('update', this.onUpdate);
  }

  // A send that fails (a timeout, a dropped connection) is an ack like any refusal; never an unhandled rejection.
  private send(update: Uint8Array): void {
    this.sent.push(
      this.transport.update({ ...this.ref, update: toBase64(update) }).catch(
        (err: unknown): SocketAck => ({
          ok: false,
          code: ErrorCode.ServiceUnavailable,
          message: err instanceof Error ? err.message : String(err),
          details: null,
        }),
      ),
    );
  }
}
