import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: peer mentoring starts with a program — its municipalities, period, matching settings and a forward-only
// status; mentor profiles and mentee requests hang off it in migrations of their own.
export class MentoringPrograms1797000000000 implements MigrationInterface {
  name = 'MentoringPrograms1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentoring_program (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description jsonb NOT NULL DEFAULT '{}',
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        -- The six factor weights of libs/matching's MatchingWeights, 0–100 each; checked at the edge.
        weights jsonb NOT NULL,
        minimum_score integer NOT NULL DEFAULT 0 CONSTRAINT ck_mentoring_program_minimum_score CHECK (minimum_score >= 0),
        same_municipality boolean NOT NULL DEFAULT false,
        exclude_same_organisation boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'draft' CONSTRAINT ck_mentoring_program_status
          CHECK (status IN ('draft', 'recruiting', 'matching', 'running', 'closed')),
        created_by uuid CONSTRAINT fk_mentoring_program_creator REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_mentoring_program_period CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX ix_mentoring_program_status ON mentoring_program (status)`);
    await q.query(`
      CREATE TABLE mentoring_program_municipality (
        program_id uuid NOT NULL CONSTRAINT fk_mentoring_program_municipality_program
          REFERENCES mentoring_program(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL CONSTRAINT fk_mentoring_program_municipality_municipality
          REFERENCES municipality(id) ON DELETE RESTRICT,
        PRIMARY KEY (program_id, municipality_id)
      )`);
    await q.query(
      `CREATE INDEX ix_mentoring_program_municipality_municipality ON mentoring_program_municipality (municipality_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mentoring_program_municipality`);
    await q.query(`DROP TABLE mentoring_program`);
  }
}
