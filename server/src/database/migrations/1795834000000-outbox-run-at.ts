import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: a delayed job (a reminder, a breakout's end) is written with the change that causes it and relayed when due; the index serves the relay's due-first scan.
export class OutboxRunAt1795834000000 implements MigrationInterface {
  name = 'OutboxRunAt1795834000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_message ADD COLUMN run_at timestamptz`);
    await q.query(`DROP INDEX ix_outbox_message_pending`);
    await q.query(
      `CREATE INDEX ix_outbox_message_due ON outbox_message ((COALESCE(run_at, created_at))) WHERE dispatched_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_outbox_message_due`);
    await q.query(`CREATE INDEX ix_outbox_message_pending ON outbox_message (created_at) WHERE dispatched_at IS NULL`);
    await q.query(`ALTER TABLE outbox_message DROP COLUMN run_at`);
  }
}
