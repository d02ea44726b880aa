import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: a room's shared notes are Yjs documents kept as an append-only log of updates (each stored before it is
// acknowledged), which compaction from time to time replaces by one merged state. One document per session
// (group_id NULL) and per breakout group.
export class LiveNotes1796050000000 implements MigrationInterface {
  name = 'LiveNotes1796050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE live_note_update (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        session_id uuid NOT NULL CONSTRAINT fk_live_note_update_session REFERENCES live_session(id) ON DELETE CASCADE,
        group_id uuid,
        data bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_live_note_update_document ON live_note_update (session_id, group_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE live_note_update`);
  }
}
