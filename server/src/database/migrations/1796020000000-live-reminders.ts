import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: a live session's reminders and cancellation notice reach each person once, however often a job runs.
export class LiveReminders1796020000000 implements MigrationInterface {
  name = 'LiveReminders1796020000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per person, notice and planned start: a session moved to another time reminds again, a retry never.
    await q.query(`
      CREATE TABLE live_reminder_sent (
        session_id uuid NOT NULL CONSTRAINT fk_live_reminder_sent_session REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_live_reminder_sent_user REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT ck_live_reminder_sent_kind CHECK (kind IN ('day_before', 'soon', 'cancelled')),
        starts_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id, kind, starts_at)
      )`);
    await q.query(`CREATE INDEX ix_live_reminder_sent_user ON live_reminder_sent (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE live_reminder_sent`);
  }
}
