import type { LiveNotes, LiveNotesServerUpdate } from '@kotopaikka/contracts';

import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { QueueProducer } from '../../platform/queue/queue-producer.service';
import { waitFor } from '../../testing/eventually';
import { createLiveSession } from '../live.test-support';
import { liveRoomTest } from '../live-room.test-support';
import { NotesTestClient } from './notes-client.test-support';
import { NOTES_COMPACT_AFTER_ROWS, NOTES_QUIET_MINUTES, NotesStore } from './notes-store.service';

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

describe('the shared notes of a live room', () => {
  const live = liveRoomTest();

  /** A session hosted by one person with another invited, both in the room with an editor each. */
  async function room() {
    const r = await live.people.room();
    const a = new NotesTestClient(r.host.socket, r.sessionId);
    const b = new NotesTestClient(r.others[0].socket, r.sessionId);
    await Promise.all([a.connect(), b.connect()]);
    return { sessionId: r.sessionId, host: r.host, other: r.others[0], a, b };
  }

  const rows = async (sessionId: string): Promise<number> => {
    const r: { n: number }[] = await live.t.db.query(
      `SELECT count(*)::int AS n FROM live_note_update WHERE session_id = $1`,
      [sessionId],
    );
    return r[0].n;
  };

  const stored = async (sessionId: string): Promise<string> =>
    (await live.t.app.get(NotesStore).text({ sessionId, groupId: null })).text;

  it('merges concurrent edits of two people: both editors converge and the stored notes hold both', async () => {
    const { sessionId, host, a, b } = await room();
    // Both type before either has seen the other's edit.
    a.insert(0, 'Aino: tavoitteet\n');
    b.insert(0, 'Bo: resurssit\n');
    a.insert(a.text.length, 'Aino: aikataulu\n');
    b.insert(b.text.length, 'Bo: vastuut\n');
    await Promise.all([a.settled(), b.settled()]);

    await waitFor(() => a.text === b.text && a.text.split('\n').length === 5, { what: 'both editors converged' });
    for (const line of ['Aino: tavoitteet', 'Bo: resurssit', 'Aino: aikataulu', 'Bo: vastuut'])
      expect(a.text).toContain(line);
    // Stored before each ack: four edits, four rows, and the server's state is what both see.
    expect(await rows(sessionId)).toBe(4);
    expect(await stored(sessionId)).toBe(a.text);
    const res = await host.agent.get<LiveNotes>(`/api/live-sessions/${sessionId}/notes`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ sessionId, groupId: null, text: a.text, updatedAt: expect.any(String) });
  });

  it('gives an editor back from offline what it missed, and takes what it wrote meanwhile', async () => {
    const { sessionId, other, a, b } = await room();
    a.insert(0, 'Alku\n');
    await a.settled();
    await waitFor(() => b.text === 'Alku\n', { what: 'the first edit relayed' });

    b.goOffline();
    other.socket.disconnect();
    a.insert(a.text.length, 'Kun Bo oli poissa\n');
    await a.settled();
    b.insert(0, 'Bo kirjoitti verkotta\n');
    expect(b.text).not.toContain('Kun Bo oli poissa');

    await b.reconnect((await live.people.join(other.agent, sessionId)).socket);
    expect(b.text).toContain('Kun Bo oli poissa');
    await waitFor(() => a.text === b.text, { what: 'the offline edit relayed to the other editor' });
    expect(a.text).toContain('Bo kirjoitti verkotta');
    expect(await stored(sessionId)).toBe(a.text);

    // A brand-new editor syncing from nothing gets the whole document from PostgreSQL.
    const fresh = new NotesTestClient((await live.people.join(other.agent, sessionId)).socket, sessionId);
    await fresh.connect();
    expect(fresh.text).toBe(a.text);
  });

  it('lets a guest admitted by their link edit the notes with the others', async () => {
    const host = await live.people.person();
    const sessionId = await createLiveSession(live.t.db, { hostIds: [host.id], kind: 'info_session' });
    const guest = await live.people.guest(sessionId, 'Amina');
    expect(guest.me).toMatchObject({ role: 'guest' });

    const hostEditor = new NotesTestClient((await live.people.join(host.agent, sessionId)).socket, sessionId);
    const guestEditor = new NotesTestClient(guest.socket, sessionId);
    await Promise.all([hostEditor.connect(), guestEditor.connect()]);
    guestEditor.insert(0, 'Kysymys: missä on neuvonta?');
    await guestEditor.settled();
    await waitFor(() => hostEditor.text === guestEditor.text || null, { what: "the guest's edit relayed" });
    expect(await stored(sessionId)).toBe('Kysymys: missä on neuvonta?');
  });

  it('refuses an update that is not a Yjs update or is too big, and a bad state vector: error ack, nothing stored, socket kept', async () => {
    const host = await live.people.person();
    const sessionId = await createLiveSession(live.t.db, { hostIds: [host.id] });
    const client = await live.people.join(host.agent, sessionId);

    const notYjs = b64(Buffer.from('hello, not an update'));
    expect(await client.send('notes:update', { sessionId, update: notYjs })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'update' }],
    });
    const big = new Y.Doc();
    big.getText('notes').insert(0, 'x'.repeat(300 * 1024));
    expect(await client.send('notes:update', { sessionId, update: b64(Y.encodeStateAsUpdate(big)) })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'update' }],
    });
    expect(await client.send('notes:sync', { sessionId, stateVector: notYjs })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'stateVector' }],
    });
    expect(await client.send('notes:awareness', { sessionId, update: notYjs })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      details: [{ field: 'update' }],
    });
    expect(await rows(sessionId)).toBe(0);
    expect(client.socket.connected).toBe(true);

    const editor = new NotesTestClient(client.socket, sessionId);
    await editor.connect();
    editor.insert(0, 'Vielä toimii');
    await editor.settled();
    expect(await stored(sessionId)).toBe('Vielä toimii');
  });

  it('refuses notes events for a room one has not joined or has left, and a group one is not in', async () => {
    const { sessionId, b, other } = await room();
    const stranger = await live.people.person();
    const outside = await live.people.open(stranger.agent);
    const edit = new Y.Doc();
    edit.getText('notes').insert(0, 'Ulkopuolelta');
    const update = b64(Y.encodeStateAsUpdate(edit));

    for (const [event, payload] of [
      ['notes:sync', { sessionId }],
      ['notes:update', { sessionId, update }],
      ['notes:awareness', { sessionId, update: b64(new Uint8Array([0])) }],
    ] as const)
      expect(await outside.send(event, payload)).toMatchObject({ ok: false, code: 'forbidden' });

    const someGroup = '7d1f3c1e-2f4a-4c55-9a0e-0b8f3f6b2a10';
    expect(await other.send('notes:update', { sessionId, groupId: someGroup, update })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await other.send('live:leave', { sessionId })).toEqual({ ok: true });
    expect(await other.send('notes:update', { sessionId, update })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await rows(sessionId)).toBe(0);
    expect(b.text).toBe('');
    expect(outside.socket.connected && other.socket.connected).toBe(true);
  });

  it('relays awareness to the others in the room, not back to the sender, and stores nothing', async () => {
    const {
      sessionId,
      host: a,
      others: [b],
    } = await live.people.room();
    const seenByA: LiveNotesServerUpdate[] = [];
    a.socket.on('notes:awareness', (p) => seenByA.push(p));
    const seenByB = new Promise<LiveNotesServerUpdate>((resolve) => b.socket.once('notes:awareness', resolve));

    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Aino', colour: '#0a5' }, cursor: 3 });
    const update = b64(encodeAwarenessUpdate(awareness, [awareness.clientID]));
    awareness.destroy();
    expect(await a.send('notes:awareness', { sessionId, update })).toEqual({ ok: true });
    expect(await seenByB).toEqual({ sessionId, groupId: null, update });
    // Delivered to the room's sockets at once: had A been among them, it would have it before this ack.
    expect(await a.send('notes:sync', { sessionId })).toMatchObject({ ok: true });
    expect(seenByA).toEqual([]);
    expect(await rows(sessionId)).toBe(0);
  });

  it('compacts a document into one row with the same content, beside new edits, and safely again', async () => {
    const { sessionId, other, a, b } = await room();
    for (let i = 0; i < 30; i++) (i % 2 ? a : b).insert(0, `rivi ${i}\n`);
    await Promise.all([a.settled(), b.settled()]);
    await waitFor(() => a.text === b.text || null, { what: 'editors converged' });
    expect(await rows(sessionId)).toBe(30);
    const before = await stored(sessionId);

    // The job on the live queue, as the session end and the gateway ask for it.
    await live.t.app.get(QueueProducer).add('live', 'notes-compact', { sessionId });
    await waitFor(async () => (await rows(sessionId)) === 1, { what: 'the compaction job ran' });
    expect(await stored(sessionId)).toBe(before);

    // Compactions racing each other and new edits: nothing is lost, only rows that were read are merged.
    const store = live.t.app.get(NotesStore);
    const doc = { sessionId, groupId: null };
    for (let i = 0; i < 10; i++) a.insert(a.text.length, `uusi ${i}\n`);
    await Promise.all([store.compact(doc), store.compact(doc), a.settled()]);
    await waitFor(() => b.text === a.text || null, { what: 'new edits relayed' });
    expect(await stored(sessionId)).toBe(a.text);
    expect(await rows(sessionId)).toBeLessThanOrEqual(11);

    expect(await store.compact(doc)).toMatchObject({ merged: expect.any(Number) });
    expect(await store.compact(doc)).toEqual({ merged: 0 });
    expect(await rows(sessionId)).toBe(1);
    expect(await stored(sessionId)).toBe(a.text);
    const fresh = new NotesTestClient(other.socket, sessionId);
    await fresh.connect();
    expect(fresh.text).toBe(a.text);
  });

  it('compacts quiet documents in the scheduled sweep, and leaves those being written in', async () => {
    const { sessionId, a } = await room();
    for (let i = 0; i < 3; i++) a.insert(0, `${i} `);
    await a.settled();
    const store = live.t.app.get(NotesStore);
    expect((await store.due()).map((d) => d.sessionId)).not.toContain(sessionId);

    await live.t.db.query(
      `UPDATE live_note_update SET created_at = now() - $2 * interval '1 minute' WHERE session_id = $1`,
      [sessionId, NOTES_QUIET_MINUTES + 1],
    );
    expect(await store.due()).toContainEqual({ sessionId, groupId: null });
    await live.t.app.get(QueueProducer).add('live', 'notes-compact-sweep', {});
    await waitFor(async () => (await rows(sessionId)) === 1, { what: 'the sweep compacted it' });
    expect((await store.due()).map((d) => d.sessionId)).not.toContain(sessionId);
    expect(await stored(sessionId)).toBe(a.text);
  });

  it(`asks for a compaction once a document has ${NOTES_COMPACT_AFTER_ROWS} rows`, async () => {
    const { sessionId, a } = await room();
    for (let i = 0; i < NOTES_COMPACT_AFTER_ROWS; i++) {
      a.insert(a.text.length, `${i} `);
      await a.settled();
    }
    const text = a.text;
    await waitFor(async () => (await rows(sessionId)) < NOTES_COMPACT_AFTER_ROWS, { what: 'compacted on demand' });
    expect(await stored(sessionId)).toBe(text);
  });

  it('compacts the notes when the session ends and keeps them readable as text and as a Markdown file', async () => {
    const { sessionId, host, a, b } = await room();
    a.insert(0, '# Strategiatyöpaja\n\n- Kielitaito\n');
    await a.settled();
    await waitFor(() => b.text.length > 0, { what: 'relayed' });
    b.insert(b.text.length, '- Asuminen');
    await b.settled();
    expect(await rows(sessionId)).toBe(2);

    expect(await host.send('live:end', { sessionId })).toEqual({ ok: true });
    await waitFor(async () => (await rows(sessionId)) === 1, { what: 'compacted at session end' });

    const notes = await host.agent.get<LiveNotes>(`/api/live-sessions/${sessionId}/notes`);
    expect(notes.body.text).toBe('# Strategiatyöpaja\n\n- Kielitaito\n- Asuminen');
    const md = await host.agent.get(`/api/live-sessions/${sessionId}/notes.md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('content-disposition')).toBe(`attachment; filename="notes-${sessionId}.md"`);
    expect(md.text).toBe('# Strategiatyöpaja\n\n- Kielitaito\n- Asuminen\n');

    // The room is closed: the notes are final.
    expect(await host.send('notes:sync', { sessionId })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
