import { LIVE_NOTES_TEXT, type LiveNotesServerUpdate } from '@kotopaikka/contracts';

import * as Y from 'yjs';

import type { LiveTestClient } from '../../testing/live-client';

const REMOTE = Symbol('remote');

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const bytes = (value: string): Uint8Array => new Uint8Array(Buffer.from(value, 'base64'));

/** An empty Yjs update: what a diff with nothing in it encodes to. */
const isEmptyUpdate = (update: Uint8Array): boolean => update.length === 2 && update[0] === 0 && update[1] === 0;

/**
 * A participant's editor as the Angular client will run it: its own Y.Doc, local edits sent as
 * `notes:update` while online, others' applied as they come, and `sync` after (re)joining, which exchanges
 * exactly what each side lacks. Offline edits stay in the doc and go with the next sync.
 */
export class NotesTestClient {
  readonly doc = new Y.Doc();
  readonly acks: Promise<unknown>[] = [];
  online = true;

  constructor(
    private socket: LiveTestClient,
    readonly sessionId: string,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE || !this.online) return;
      this.acks.push(this.socket.timeout(5000).emitWithAck('notes:update', { sessionId, update: b64(update) }));
    });
    this.listen(socket);
  }

  get text(): string {
    return this.doc.getText(LIVE_NOTES_TEXT).toString();
  }

  insert(index: number, content: string): void {
    this.doc.getText(LIVE_NOTES_TEXT).insert(index, content);
  }

  /** Goes offline: edits from now on stay local until `reconnect`. */
  goOffline(): void {
    this.online = false;
  }

  /** Back on a (new) socket that has joined the room: sync both ways by state vector. */
  async reconnect(socket: LiveTestClient): Promise<void> {
    this.socket = socket;
    this.listen(socket);
    this.online = true;
    await this.sync();
  }

  async sync(): Promise<void> {
    const ack = await this.socket.timeout(5000).emitWithAck('notes:sync', {
      sessionId: this.sessionId,
      stateVector: b64(Y.encodeStateVector(this.doc)),
    });
    if (!ack.ok) throw new Error(`notes:sync failed: ${ack.message}`);
    Y.applyUpdate(this.doc, bytes(ack.update), REMOTE);
    const missing = Y.encodeStateAsUpdate(this.doc, bytes(ack.stateVector));
    if (!isEmptyUpdate(missing)) {
      const sent = await this.socket
        .timeout(5000)
        .emitWithAck('notes:update', { sessionId: this.sessionId, update: b64(missing) });
      if (!sent.ok) throw new Error(`notes:update failed: ${sent.message}`);
    }
  }

  /** Every update sent so far, acknowledged (stored). */
  async settled(): Promise<unknown[]> {
    return Promise.all(this.acks.splice(0));
  }

  private listen(socket: LiveTestClient): void {
    socket.on('notes:update', (payload: LiveNotesServerUpdate) => {
      if (payload.sessionId === this.sessionId) Y.applyUpdate(this.doc, bytes(payload.update), REMOTE);
    });
  }
}
