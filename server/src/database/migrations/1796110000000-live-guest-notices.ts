import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: registered guests get the reminders and the cancellation notice too, once each, with their own join link.
export class LiveGuestNotices1796110000000 implements MigrationInterface {
  name = 'LiveGuestNotices1796110000000';

  async up(q: QueryRunner): Promise<void> {
    // The links are derived from this salt with the server's secret, so a reminder or a resent mail can carry the
    // same link again while the database alone holds no usable token. Earlier rows have none: theirs are replaced.
    await q.query(`ALTER TABLE live_registration ADD COLUMN link_salt text`);
    // As live_reminder_sent, for registrants: one row per registration, notice and planned start.
    await q.query(`
      CREATE TABLE live_registration_notice_sent (
        registration_id uuid NOT NULL
          CONSTRAINT fk_live_registration_notice_sent_registration REFERENCES live_registration(id) ON DELETE CASCADE,
        kind text NOT NULL
          CONSTRAINT ck_live_registration_notice_sent_kind CHECK (kind IN ('day_before', 'soon', 'cancelled')),
        starts_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (registration_id, kind, starts_at)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE live_registration_notice_sent`);
    await q.query(`ALTER TABLE live_registration DROP COLUMN link_salt`);
  }
}
