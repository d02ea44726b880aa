import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: a person asks for a mentor in a program; one request per person and program, re-used when someone who
// withdrew asks again. Pairings will add their own statuses when they arrive.
export class MenteeRequests1797020000000 implements MigrationInterface {
  name = 'MenteeRequests1797020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentee_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL CONSTRAINT fk_mentee_request_program REFERENCES mentoring_program(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_mentee_request_user REFERENCES app_user(id) ON DELETE CASCADE,
        goals text NOT NULL,
        -- Keys of libs/matching's taxonomy, checked at the edge.
        expertise text[] NOT NULL,
        sectors text[] NOT NULL,
        languages text[] NOT NULL,
        availability text[] NOT NULL,
        meeting_mode text NOT NULL CONSTRAINT ck_mentee_request_meeting_mode
          CHECK (meeting_mode IN ('in_person', 'online', 'either')),
        municipality_id uuid NOT NULL CONSTRAINT fk_mentee_request_municipality REFERENCES municipality(id) ON DELETE RESTRICT,
        organisation_id uuid CONSTRAINT fk_mentee_request_organisation REFERENCES organisation(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'open' CONSTRAINT ck_mentee_request_status CHECK (status IN ('open', 'withdrawn')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_mentee_request_program_user UNIQUE (program_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_mentee_request_user ON mentee_request (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mentee_request`);
  }
}
