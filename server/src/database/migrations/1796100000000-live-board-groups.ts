import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: a breakout group's own idea board. The reference keeps the group (and its name) for as long as its board:
// NO ACTION, not SET NULL (a group's board must never become the whole room's) nor CASCADE (the record stays).
export class LiveBoardGroups1796100000000 implements MigrationInterface {
  name = 'LiveBoardGroups1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE live_board ADD COLUMN group_id uuid
         CONSTRAINT fk_live_board_group REFERENCES live_breakout_group(id) ON DELETE NO ACTION`,
    );
    await q.query(`CREATE INDEX ix_live_board_group ON live_board (group_id) WHERE group_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_live_board_group`);
    await q.query(`ALTER TABLE live_board DROP COLUMN group_id`);
  }
}
