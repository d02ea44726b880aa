import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: matching runs a coordinator reviews (with pins and blocks) and publishes as proposals; a proposal both sides
// accept becomes a pairing with its agreement, fit check, goals, tasks, meetings, private notes and feedback.
// Capacity holds under races by locking the mentor profile's row; a mentee has one live pairing per request.
export class MentoringPairings1797030000000 implements MigrationInterface {
  name = 'MentoringPairings1797030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentoring_pair_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL CONSTRAINT fk_mentoring_pair_rule_program REFERENCES mentoring_program(id) ON DELETE CASCADE,
        mentor_profile_id uuid NOT NULL CONSTRAINT fk_mentoring_pair_rule_mentor REFERENCES mentor_profile(id) ON DELETE CASCADE,
        mentee_request_id uuid NOT NULL CONSTRAINT fk_mentoring_pair_rule_mentee REFERENCES mentee_request(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT ck_mentoring_pair_rule_kind CHECK (kind IN ('pin', 'block')),
        created_by uuid CONSTRAINT fk_mentoring_pair_rule_creator REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_mentoring_pair_rule_pair UNIQUE (mentor_profile_id, mentee_request_id)
      )`);
    await q.query(`CREATE INDEX ix_mentoring_pair_rule_program ON mentoring_pair_rule (program_id)`);

    await q.query(`
      CREATE TABLE mentoring_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL CONSTRAINT fk_mentoring_run_program REFERENCES mentoring_program(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'draft' CONSTRAINT ck_mentoring_run_status
          CHECK (status IN ('draft', 'published', 'superseded')),
        -- The suggestions with their factors and explanations, the unmatched with reasons, the pins not kept.
        result jsonb NOT NULL,
        matched integer NOT NULL,
        total_score integer NOT NULL,
        created_by uuid CONSTRAINT fk_mentoring_run_creator REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid CONSTRAINT fk_mentoring_run_publisher REFERENCES app_user(id) ON DELETE SET NULL,
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_mentoring_run_program ON mentoring_run (program_id, created_at)`);

    await q.query(`
      CREATE TABLE mentoring_pairing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL CONSTRAINT fk_mentoring_pairing_program REFERENCES mentoring_program(id) ON DELETE CASCADE,
        run_id uuid CONSTRAINT fk_mentoring_pairing_run REFERENCES mentoring_run(id) ON DELETE SET NULL,
        mentor_profile_id uuid NOT NULL CONSTRAINT fk_mentoring_pairing_mentor REFERENCES mentor_profile(id) ON DELETE CASCADE,
        mentee_request_id uuid NOT NULL CONSTRAINT fk_mentoring_pairing_mentee REFERENCES mentee_request(id) ON DELETE CASCADE,
        -- The two people, kept beside the profile and request so scoping and "mine" need no join.
        mentor_user_id uuid NOT NULL CONSTRAINT fk_mentoring_pairing_mentor_user REFERENCES app_user(id) ON DELETE CASCADE,
        mentee_user_id uuid NOT NULL CONSTRAINT fk_mentoring_pairing_mentee_user REFERENCES app_user(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'proposed' CONSTRAINT ck_mentoring_pairing_status
          CHECK (status IN ('proposed', 'active', 'completed', 'ended_early', 'declined', 'expired')),
        score integer NOT NULL,
        -- The factors' points and what the two share, and the explanation in words ({fi, en}), from the run.
        contributions jsonb NOT NULL,
        explanation jsonb NOT NULL,
        mentor_answer text CONSTRAINT ck_mentoring_pairing_mentor_answer CHECK (mentor_answer IN ('accepted', 'declined')),
        mentor_answered_at timestamptz,
        mentee_answer text CONSTRAINT ck_mentoring_pairing_mentee_answer CHECK (mentee_answer IN ('accepted', 'declined')),
        mentee_answered_at timestamptz,
        decline_reason text,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        reminded_at timestamptz,
        started_at timestamptz,
        ends_on date,
        completion_reminded_at timestamptz,
        finished_at timestamptz,
        -- Who completed or ended it (null: the automatic completion or expiry) and, for an early end, why.
        finished_by uuid CONSTRAINT fk_mentoring_pairing_finisher REFERENCES app_user(id) ON DELETE SET NULL,
        end_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_mentoring_pairing_two_people CHECK (mentor_user_id <> mentee_user_id)
      )`);
    // A mentee request has at most one proposal or pairing under way.
    await q.query(`
      CREATE UNIQUE INDEX uq_mentoring_pairing_live_mentee ON mentoring_pairing (mentee_request_id)
        WHERE status IN ('proposed', 'active')`);
    await q.query(`
      CREATE INDEX ix_mentoring_pairing_live_mentor ON mentoring_pairing (mentor_profile_id)
        WHERE status IN ('proposed', 'active')`);
    await q.query(`CREATE INDEX ix_mentoring_pairing_program ON mentoring_pairing (program_id, status)`);
    await q.query(`CREATE INDEX ix_mentoring_pairing_mentor_user ON mentoring_pairing (mentor_user_id)`);
    await q.query(`CREATE INDEX ix_mentoring_pairing_mentee_user ON mentoring_pairing (mentee_user_id)`);

    await q.query(`
      CREATE TABLE mentoring_agreement (
        pairing_id uuid PRIMARY KEY CONSTRAINT fk_mentoring_agreement_pairing REFERENCES mentoring_pairing(id) ON DELETE CASCADE,
        goals text NOT NULL,
        meeting_frequency text NOT NULL CONSTRAINT ck_mentoring_agreement_frequency
          CHECK (meeting_frequency IN ('weekly', 'biweekly', 'monthly')),
        preferred_days text[] NOT NULL,
        mode text NOT NULL CONSTRAINT ck_mentoring_agreement_mode CHECK (mode IN ('in_person', 'online', 'either')),
        ends_on date NOT NULL,
        confidentiality text NOT NULL,
        -- Each change bumps the version; a side has confirmed the agreement when it confirmed the current version.
        version integer NOT NULL DEFAULT 1,
        mentor_confirmed_version integer,
        mentee_confirmed_version integer,
        updated_by uuid CONSTRAINT fk_mentoring_agreement_updater REFERENCES app_user(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE mentoring_fit_check (
        pairing_id uuid NOT NULL CONSTRAINT fk_mentoring_fit_check_pairing REFERENCES mentoring_pairing(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_mentoring_fit_check_user REFERENCES app_user(id) ON DELETE CASCADE,
        answer text NOT NULL CONSTRAINT ck_mentoring_fit_check_answer CHECK (answer IN ('good_fit', 'not_sure', 'not_a_fit')),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pairing_id, user_id)
      )`);

    await q.query(`
      CREATE TABLE mentoring_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pairing_id uuid NOT NULL CONSTRAINT fk_mentoring_goal_pairing REFERENCES mentoring_pairing(id) ON DELETE CASCADE,
        title text NOT NULL,
        progress integer NOT NULL DEFAULT 0 CONSTRAINT ck_mentoring_goal_progress CHECK (progress BETWEEN 0 AND 100),
        comment text NOT NULL DEFAULT '',
        updated_by uuid CONSTRAINT fk_mentoring_goal_updater REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_mentoring_goal_pairing ON mentoring_goal (pairing_id)`);

    await q.query(`
      CREATE TABLE mentoring_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pairing_id uuid NOT NULL CONSTRAINT fk_mentoring_task_pairing REFERENCES mentoring_pairing(id) ON DELETE CASCADE,
        goal_id uuid CONSTRAINT fk_mentoring_task_goal REFERENCES mentoring_goal(id) ON DELETE SET NULL,
        title text NOT NULL,
        due_on date,
        done_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_mentoring_task_pairing ON mentoring_task (pairing_id)`);

    await q.query(`
      CREATE TABLE mentoring_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pairing_id uuid NOT NULL CONSTRAINT fk_mentoring_meeting_pairing REFERENCES mentoring_pairing(id) ON DELETE CASCADE,
        -- A scheduled meeting is a live session of kind mentoring_meeting; a logged one has none.
        live_session_id uuid CONSTRAINT fk_mentoring_meeting_session REFERENCES live_session(id) ON DELETE CASCADE,
        held_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CONSTRAINT ck_mentoring_meeting_duration CHECK (duration_minutes BETWEEN 5 AND 480),
        mode text NOT NULL CONSTRAINT ck_mentoring_meeting_mode CHECK (mode IN ('in_person', 'online')),
        place text NOT NULL DEFAULT '',
        created_by uuid CONSTRAINT fk_mentoring_meeting_creator REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_mentoring_meeting_session UNIQUE (live_session_id)
      )`);
    await q.query(`CREATE INDEX ix_mentoring_meeting_pairing ON mentoring_meeting (pairing_id, held_at)`);

    await q.query(`
      CREATE TABLE mentoring_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pairing_id uuid NOT NULL CONSTRAINT fk_mentoring_note_pairing REFERENCES mentoring_pairing(id) ON DELETE CASCADE,
        author_id uuid CONSTRAINT fk_mentoring_note_author REFERENCES app_user(id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_mentoring_note_pairing ON mentoring_note (pairing_id, created_at)`);

    await q.query(`
      CREATE TABLE mentoring_feedback (
        pairing_id uuid NOT NULL CONSTRAINT fk_mentoring_feedback_pairing REFERENCES mentoring_pairing(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_mentoring_feedback_user REFERENCES app_user(id) ON DELETE CASCADE,
        usefulness integer NOT NULL CONSTRAINT ck_mentoring_feedback_usefulness CHECK (usefulness BETWEEN 1 AND 5),
        match integer NOT NULL CONSTRAINT ck_mentoring_feedback_match CHECK (match BETWEEN 1 AND 5),
        comment text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pairing_id, user_id)
      )`);

    // The follow-up survey goes to both sides whether or not they left feedback: one row per side and pairing.
    await q.query(`
      CREATE TABLE mentoring_follow_up_sent (
        pairing_id uuid NOT NULL CONSTRAINT fk_mentoring_follow_up_pairing REFERENCES mentoring_pairing(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_mentoring_follow_up_user REFERENCES app_user(id) ON DELETE CASCADE,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pairing_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'mentoring_follow_up_sent',
      'mentoring_feedback',
      'mentoring_note',
      'mentoring_meeting',
      'mentoring_task',
      'mentoring_goal',
      'mentoring_fit_check',
      'mentoring_agreement',
      'mentoring_pairing',
      'mentoring_run',
      'mentoring_pair_rule',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
