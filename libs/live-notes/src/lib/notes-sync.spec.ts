import {
  ErrorCode,
  type LiveNotesServerUpdate,
  type LiveNotesSyncRequest,
  type LiveNotesSyncResult,
  type LiveNotesUpdateRequest,
  type SocketAck,
} from '@kotopaikka/contracts';

import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

import { NotesSync, NotesSyncError, type NotesTransport } from './notes-sync';

/**
 * The server's part as plain Yjs: a document it applies updates to and relays to the other clients.
 * The server integration tests run NotesSync against the real one; this pins down the client's own rules.
 */
class YjsServer {
  readonly doc = new Y.Doc();
  readonly clients: NotesSync[] = [];
  received = 0;
  refuse = false;

  transport(): NotesTransport {
    return {
      sync: async (request: LiveNotesSyncRequest): Promise<SocketAck<LiveNotesSyncResult>> => ({
        ok: true,
        update: toBase64(
          Y.encodeStateAsUpdate(this.doc, request.stateVector ? fromBase64(request.stateVector) : undefined),
        ),
        stateVector: toBase64(Y.encodeStateVector(this.doc)),
      }),
      update: async (request: LiveNotesUpdateRequest): Promise<SocketAck> => {
        if (this.refuse)
          return { ok: false, code: ErrorCode.ValidationFailed, message: 'update: too big', details: null };
        this.received += 1;
        Y.applyUpdate(this.doc, fromBase64(request.update));
        const relayed: LiveNotesServerUpdate = { sessionId: request.sessionId, groupId: null, update: request.update };
        for (const c of this.clients) c.receive(relayed);
        return { ok: true };
      },
    };
  }

  client(): NotesSync {
    const sync = new NotesSync(new Y.Doc(), { sessionId: 's1' }, this.transport());
    this.clients.push(sync);
    return sync;
  }
}

describe('NotesSync', () => {
  it('sends edits only once connected, and edits made offline with the next connect', async () => {
    const server = new YjsServer();
    const a = server.client();
    a.text.insert(0, 'ennen ');
    expect(server.received).toBe(0);
    await a.connect();
    expect(server.doc.getText('notes').toString()).toBe('ennen ');

    a.disconnect();
    a.text.insert(a.text.length, 'verkotta');
    await a.flushed();
    expect(server.doc.getText('notes').toString()).toBe('ennen ');
    await a.connect();
    expect(server.doc.getText('notes').toString()).toBe('ennen verkotta');
  });

  it('brings two editors together, each getting what it lacks on connect and the rest as it happens', async () => {
    const server = new YjsServer();
    const a = server.client();
    const b = server.client();
    a.text.insert(0, 'A');
    b.text.insert(0, 'B');
    await a.connect();
    await b.connect();
    a.text.insert(a.text.length, '!');
    await Promise.all([a.flushed(), b.flushed()]);
    expect(a.text.toString()).toBe(b.text.toString());
    expect(a.text.toString()).toHaveLength(3);
    expect(server.doc.getText('notes').toString()).toBe(a.text.toString());
  });

  it('ignores another document’s updates and does not send back what it received', async () => {
    const server = new YjsServer();
    const a = server.client();
    await a.connect();
    const other = new Y.Doc();
    other.getText('notes').insert(0, 'toinen');
    a.receive({ sessionId: 's2', groupId: null, update: toBase64(Y.encodeStateAsUpdate(other)) });
    a.receive({ sessionId: 's1', groupId: 'g1', update: toBase64(Y.encodeStateAsUpdate(other)) });
    expect(a.text.toString()).toBe('');
    a.receive({ sessionId: 's1', groupId: null, update: toBase64(Y.encodeStateAsUpdate(other)) });
    await a.flushed();
    expect(a.text.toString()).toBe('toinen');
    expect(server.received).toBe(0);
  });

  it('reports a refused edit when flushed, and keeps it in the document', async () => {
    const server = new YjsServer();
    const a = server.client();
    await a.connect();
    server.refuse = true;
    a.text.insert(0, 'liian iso');
    await expect(a.flushed()).rejects.toBeInstanceOf(NotesSyncError);
    expect(a.text.toString()).toBe('liian iso');
  });
});
