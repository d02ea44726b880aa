import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: breakout groups of a live room — prepared before or during a session, run for a set time (the end is a
// delayed job), with each participant in at most one group of a breakout.
export class LiveBreakouts1796070000000 implements MigrationInterface {
  name = 'LiveBreakouts1796070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE live_breakout (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL CONSTRAINT fk_live_breakout_session REFERENCES live_session(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'prepared' CONSTRAINT ck_live_breakout_status CHECK (status IN ('prepared', 'running', 'ended')),
        mode text NOT NULL CONSTRAINT ck_live_breakout_mode CHECK (mode IN ('random', 'municipality', 'manual')),
        minutes integer NOT NULL CONSTRAINT ck_live_breakout_minutes CHECK (minutes BETWEEN 1 AND 240),
        started_at timestamptz,
        ends_at timestamptz,
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // At most one breakout of a session is prepared or running.
    await q.query(`CREATE UNIQUE INDEX uq_live_breakout_current ON live_breakout (session_id) WHERE status <> 'ended'`);

    await q.query(`
      CREATE TABLE live_breakout_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        breakout_id uuid NOT NULL CONSTRAINT fk_live_breakout_group_breakout REFERENCES live_breakout(id) ON DELETE CASCADE,
        name text NOT NULL,
        position integer NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_live_breakout_group_breakout ON live_breakout_group (breakout_id, position)`);

    await q.query(`
      CREATE TABLE live_breakout_member (
        breakout_id uuid NOT NULL CONSTRAINT fk_live_breakout_member_breakout REFERENCES live_breakout(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL CONSTRAINT fk_live_breakout_member_participant REFERENCES live_participant(id) ON DELETE CASCADE,
        group_id uuid NOT NULL CONSTRAINT fk_live_breakout_member_group REFERENCES live_breakout_group(id) ON DELETE CASCADE,
        PRIMARY KEY (breakout_id, participant_id)
      )`);
    await q.query(`CREATE INDEX ix_live_breakout_member_group ON live_breakout_member (group_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE live_breakout_member`);
    await q.query(`DROP TABLE live_breakout_group`);
    await q.query(`DROP TABLE live_breakout`);
  }
}
