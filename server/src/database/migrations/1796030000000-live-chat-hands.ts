import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: the room's chat (messages kept before they are broadcast, with their reports) and its ordered queue of
// raised hands, so both live in PostgreSQL where every API node sees them.
export class LiveChatHands1796030000000 implements MigrationInterface {
  name = 'LiveChatHands1796030000000';

  async up(q: QueryRunner): Promise<void> {
    // `text` becomes NULL when a host deletes the message or its retention ends; the row stays, so counts do.
    await q.query(`
      CREATE TABLE live_chat_message (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL CONSTRAINT fk_live_chat_message_session REFERENCES live_session(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL CONSTRAINT fk_live_chat_message_participant REFERENCES live_participant(id) ON DELETE CASCADE,
        group_id uuid,
        seq bigint NOT NULL,
        text text CONSTRAINT ck_live_chat_message_text CHECK (char_length(text) BETWEEN 1 AND 2000),
        deleted_at timestamptz,
        deleted_by uuid CONSTRAINT fk_live_chat_message_deleter REFERENCES live_participant(id) ON DELETE SET NULL,
        redacted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_live_chat_message_seq UNIQUE (session_id, seq)
      )`);
    await q.query(
      `CREATE INDEX ix_live_chat_message_retention ON live_chat_message (created_at) WHERE text IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE live_chat_report (
        message_id uuid NOT NULL CONSTRAINT fk_live_chat_report_message REFERENCES live_chat_message(id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL CONSTRAINT fk_live_chat_report_reporter REFERENCES live_participant(id) ON DELETE CASCADE,
        session_id uuid NOT NULL CONSTRAINT fk_live_chat_report_session REFERENCES live_session(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (message_id, reporter_id)
      )`);
    await q.query(`CREATE INDEX ix_live_chat_report_session ON live_chat_report (session_id)`);

    // One raised hand per participant; the queue is ordered by the seq of its `hand.raised` event.
    await q.query(`
      CREATE TABLE live_hand (
        participant_id uuid PRIMARY KEY CONSTRAINT fk_live_hand_participant REFERENCES live_participant(id) ON DELETE CASCADE,
        session_id uuid NOT NULL CONSTRAINT fk_live_hand_session REFERENCES live_session(id) ON DELETE CASCADE,
        raised_seq bigint NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_live_hand_seq UNIQUE (session_id, raised_seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['live_hand', 'live_chat_report', 'live_chat_message']) await q.query(`DROP TABLE ${table}`);
  }
}
