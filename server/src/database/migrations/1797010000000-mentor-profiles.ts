import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: a person offers to mentor in a program; a coordinator approves (the mentor role comes with it) or
// declines. One profile per person and program, re-used when someone who withdrew opts in again.
export class MentorProfiles1797010000000 implements MigrationInterface {
  name = 'MentorProfiles1797010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentor_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL CONSTRAINT fk_mentor_profile_program REFERENCES mentoring_program(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_mentor_profile_user REFERENCES app_user(id) ON DELETE CASCADE,
        -- Keys of libs/matching's taxonomy, checked at the edge.
        expertise text[] NOT NULL,
        sectors text[] NOT NULL,
        languages text[] NOT NULL,
        availability text[] NOT NULL,
        meeting_modes text[] NOT NULL,
        municipality_id uuid NOT NULL CONSTRAINT fk_mentor_profile_municipality REFERENCES municipality(id) ON DELETE RESTRICT,
        organisation_id uuid CONSTRAINT fk_mentor_profile_organisation REFERENCES organisation(id) ON DELETE SET NULL,
        capacity integer NOT NULL CONSTRAINT ck_mentor_profile_capacity CHECK (capacity BETWEEN 1 AND 10),
        bio text NOT NULL,
        bio_locale text NOT NULL CONSTRAINT ck_mentor_profile_bio_locale CHECK (bio_locale IN ('fi', 'en')),
        status text NOT NULL DEFAULT 'pending' CONSTRAINT ck_mentor_profile_status
          CHECK (status IN ('pending', 'approved', 'declined', 'withdrawn')),
        decided_by uuid CONSTRAINT fk_mentor_profile_decider REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_mentor_profile_program_user UNIQUE (program_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_mentor_profile_user ON mentor_profile (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mentor_profile`);
  }
}
