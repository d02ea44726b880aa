import type { LiveNotesServerUpdate } from '@kotopaikka/contracts';
import { NotesSync } from '@kotopaikka/live-notes';

import * as Y from 'yjs';

import type { LiveTestClient } from '../../testing/live-client';

/**
 * A participant's editor as the Angular room runs it: the shared NotesSync on a Y.Doc of its own, over a
 * real socket.io-client connection.
 */
export class NotesTestClient {
  readonly doc = new Y.Doc();
  readonly sync: NotesSync;

  constructor(
    private socket: LiveTestClient,
    readonly sessionId: string,
  ) {
    this.sync = new NotesSync(
      this.doc,
      { sessionId },
      {
        sync: (request) => this.socket.timeout(5000).emitWithAck('notes:sync', request),
        update: (request) => this.socket.timeout(5000).emitWithAck('notes:update', request),
      },
    );
    this.listen(socket);
  }

  get text(): string {
    return this.sync.text.toString();
  }

  insert(index: number, content: string): void {
    this.sync.text.insert(index, content);
  }

  /** Joined (or rejoined) the room: sync both ways by state vector. */
  connect(): Promise<void> {
    return this.sync.connect();
  }

  /** Goes offline: edits from now on stay local until `reconnect`. */
  goOffline(): void {
    this.sync.disconnect();
  }

  /** Back on a new socket that has joined the room. */
  async reconnect(socket: LiveTestClient): Promise<void> {
    this.socket = socket;
    this.listen(socket);
    await this.sync.connect();
  }

  /** Every edit sent so far is stored (acknowledged). */
  settled(): Promise<void> {
    return this.sync.flushed();
  }

  private listen(socket: LiveTestClient): void {
    socket.on('notes:update', (payload: LiveNotesServerUpdate) => this.sync.receive(payload));
  }
}
