import { LIVE_NOTES_TEXT } from '@kotopaikka/contracts';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';

/** One notes document: the session's main notes (groupId null) or a breakout group's. */
export interface NotesDocument {
  sessionId: string;
  groupId: string | null;
}

/** The `notes-compact` job of the live queue: every notes document of one session. */
export interface NotesCompactPayload {
  sessionId: string;
}

/** A document with this many stored rows is compacted soon after (see NotesGateway). */
export const NOTES_COMPACT_AFTER_ROWS = 100;

/** The sweep also compacts a document nobody has written in for this long. */
export const NOTES_QUIET_MINUTES = 10;

interface UpdateRow {
  id: string;
  data: Buffer;
  created_at: Date;
}

// `group_id = NULL` matches nothing, and IS NOT DISTINCT FROM cannot use the index: one form per case.
function documentWhere(doc: NotesDocument): { sql: string; params: unknown[] } {
  return doc.groupId === null
    ? { sql: 'session_id = $1 AND group_id IS NULL', params: [doc.sessionId] }
    : { sql: 'session_id = $1 AND group_id = $2', params: [doc.sessionId, doc.groupId] };
}

/**
 * The notes' Yjs documents, kept only in PostgreSQL as an append-only log of updates per document. Every read
 * builds the document from its rows, so any API node answers alike; compaction keeps the rows few.
 */
@Injectable()
export class NotesStore {
  private readonly logger = new Logger('LiveNotes');

  constructor(private readonly db: DataSource) {}

  /** Stores one checked update (committed when this returns); `rows` is the document's row count after it. */
  async append(doc: NotesDocument, update: Uint8Array): Promise<{ rows: number }> {
    const where = documentWhere(doc);
    const n = where.params.length;
    const [row]: { rows: string }[] = await this.db.query(
      `WITH added AS (
         INSERT INTO live_note_update (session_id, group_id, data) VALUES ($1, $${n + 1}::uuid, $${n + 2}) RETURNING id)
       SELECT 1 + (SELECT count(*) FROM live_note_update WHERE ${where.sql}) AS rows FROM added`,
      [...where.params, doc.groupId, Buffer.from(update)],
    );
    return { rows: Number(row.rows) };
  }

  /** The document as the server has it now, and when it was last written. */
  async load(doc: NotesDocument): Promise<{ ydoc: Y.Doc; updatedAt: Date | null }> {
    const where = documentWhere(doc);
    const rows: UpdateRow[] = await this.db.query(
      `SELECT id, data, created_at FROM live_note_update WHERE ${where.sql} ORDER BY id`,
      where.params,
    );
    return { ydoc: this.build(rows, doc), updatedAt: rows.length ? rows[rows.length - 1].created_at : null };
  }

  /** What a client with `stateVector` lacks, and the server's state vector (Yjs sync step 1 and 2 in one). */
  async sync(doc: NotesDocument, stateVector?: Uint8Array): Promise<{ update: Uint8Array; stateVector: Uint8Array }> {
    const { ydoc } = await this.load(doc);
    try {
      return { update: Y.encodeStateAsUpdate(ydoc, stateVector), stateVector: Y.encodeStateVector(ydoc) };
    } finally {
      ydoc.destroy();
    }
  }

  /** The notes as text. */
  async text(doc: NotesDocument): Promise<{ text: string; updatedAt: Date | null }> {
    const { ydoc, updatedAt } = await this.load(doc);
    try {
      return { text: ydoc.getText(LIVE_NOTES_TEXT).toString(), updatedAt };
    } finally {
      ydoc.destroy();
    }
  }

  /**
   * Replaces the document's rows by one merged state, in one transaction. It merges exactly the rows it read
   * (an update committed meanwhile, whatever its id, stays as it is) and writes the state into the newest of
   * them, so the log keeps its order; compactions of one document queue on an advisory lock. Running it again
   * finds one row and does nothing.
   */
  async compact(doc: NotesDocument): Promise<{ merged: number }> {
    const where = documentWhere(doc);
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `live_notes:${doc.sessionId}:${doc.groupId ?? ''}`,
      ]);
      const rows: UpdateRow[] = await m.query(
        `SELECT id, data, created_at FROM live_note_update WHERE ${where.sql} ORDER BY id`,
        where.params,
      );
      if (rows.length < 2) return { merged: 0 };
      const ydoc = this.build(rows, doc);
      const state = Y.encodeStateAsUpdate(ydoc);
      ydoc.destroy();
      const keep = rows[rows.length - 1];
      await m.query(`DELETE FROM live_note_update WHERE id = ANY($1::bigint[])`, [rows.slice(0, -1).map((r) => r.id)]);
      await m.query(`UPDATE live_note_update SET data = $2 WHERE id = $1`, [keep.id, Buffer.from(state)]);
      this.logger.log({ ...doc, merged: rows.length, bytes: state.length }, 'compacted notes');
      return { merged: rows.length };
    });
  }

  /** Compacts every notes document of a session (its main notes and its groups'). */
  async compactSession(sessionId: string): Promise<{ documents: number; merged: number }> {
    const groups: { group_id: string | null }[] = await this.db.query(
      `SELECT DISTINCT group_id FROM live_note_update WHERE session_id = $1`,
      [sessionId],
    );
    let merged = 0;
    for (const g of groups) merged += (await this.compact({ sessionId, groupId: g.group_id })).merged;
    return { documents: groups.length, merged };
  }

  /** Documents worth compacting: many rows, or more than one and quiet for a while. */
  async due(): Promise<NotesDocument[]> {
    const rows: { session_id: string; group_id: string | null }[] = await this.db.query(
      `SELECT session_id, group_id FROM live_note_update GROUP BY session_id, group_id
        HAVING count(*) >= $1 OR (count(*) > 1 AND max(created_at) < now() - $2 * interval '1 minute')`,
      [NOTES_COMPACT_AFTER_ROWS, NOTES_QUIET_MINUTES],
    );
    return rows.map((r) => ({ sessionId: r.session_id, groupId: r.group_id }));
  }

  // Every stored row was checked before it was stored; one that still fails is logged and skipped rather
  // than making the whole document unreadable.
  private build(rows: UpdateRow[], doc: NotesDocument): Y.Doc {
    const ydoc = new Y.Doc();
    for (const row of rows) {
      try {
        Y.applyUpdate(ydoc, new Uint8Array(row.data));
      } catch (err) {
        this.logger.error(
          { ...doc, rowId: row.id, err: (err as Error).message },
          'a stored notes update failed to apply',
        );
      }
    }
    return ydoc;
  }
}
