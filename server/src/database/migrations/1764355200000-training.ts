import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: the training capability — courses of modules, lessons and blocks, quizzes, enrollments, progress, attempts, files and certificates.
export class Training1764355200000 implements MigrationInterface {
  name = 'Training1764355200000';

  async up(q: QueryRunner): Promise<void> {
    // Uploaded files live in PostgreSQL so every node can serve them.
    await q.query(`
      CREATE TABLE stored_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid CONSTRAINT fk_stored_file_owner REFERENCES app_user(id) ON DELETE SET NULL,
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes integer NOT NULL CONSTRAINT ck_stored_file_size CHECK (size_bytes >= 0),
        sha256 text NOT NULL,
        data bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Texts are jsonb objects keyed by locale ({"fi": ..., "en": ...}); locales are data, not columns.
    await q.query(`
      CREATE TABLE course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CONSTRAINT uq_course_slug UNIQUE,
        status text NOT NULL DEFAULT 'draft' CONSTRAINT ck_course_status CHECK (status IN ('draft', 'published', 'archived')),
        title jsonb NOT NULL,
        summary jsonb NOT NULL DEFAULT '{}',
        cover_file_id uuid CONSTRAINT fk_course_cover REFERENCES stored_file(id) ON DELETE SET NULL,
        estimated_minutes integer NOT NULL DEFAULT 30 CONSTRAINT ck_course_minutes CHECK (estimated_minutes BETWEEN 1 AND 10000),
        audiences text[] NOT NULL DEFAULT '{}',
        -- NULL: offered in every municipality.
        municipality_ids uuid[],
        created_by uuid CONSTRAINT fk_course_creator REFERENCES app_user(id) ON DELETE SET NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_course_status ON course (status)`);
    await q.query(`CREATE INDEX ix_course_audiences ON course USING gin (audiences)`);

    await q.query(`
      CREATE TABLE course_module (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL CONSTRAINT fk_course_module_course REFERENCES course(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_course_module_course ON course_module (course_id, position)`);

    await q.query(`
      CREATE TABLE lesson (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL CONSTRAINT fk_lesson_course REFERENCES course(id) ON DELETE CASCADE,
        module_id uuid NOT NULL CONSTRAINT fk_lesson_module REFERENCES course_module(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title jsonb NOT NULL,
        required boolean NOT NULL DEFAULT true
      )`);
    await q.query(`CREATE INDEX ix_lesson_module ON lesson (module_id, position)`);
    await q.query(`CREATE INDEX ix_lesson_course ON lesson (course_id)`);

    await q.query(`
      CREATE TABLE quiz (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL CONSTRAINT fk_quiz_course REFERENCES course(id) ON DELETE CASCADE,
        title jsonb NOT NULL,
        pass_mark_percent integer NOT NULL CONSTRAINT ck_quiz_pass_mark CHECK (pass_mark_percent BETWEEN 1 AND 100),
        -- NULL: unlimited attempts.
        max_attempts integer CONSTRAINT ck_quiz_max_attempts CHECK (max_attempts IS NULL OR max_attempts >= 1),
        required boolean NOT NULL DEFAULT true,
        -- [{id, kind, prompt: {fi,en}, options: [{id, text, correct, feedback}]}]; never sent to learners as is.
        questions jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX ix_quiz_course ON quiz (course_id)`);

    await q.query(`
      CREATE TABLE lesson_block (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lesson_id uuid NOT NULL CONSTRAINT fk_lesson_block_lesson REFERENCES lesson(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CONSTRAINT ck_lesson_block_kind CHECK (kind IN ('text', 'video', 'file', 'reflection', 'quiz')),
        -- Per kind: text {markdown}, video {url, title, transcript, captionsUrl}, file {title}, reflection {prompt}.
        content jsonb NOT NULL DEFAULT '{}',
        file_id uuid CONSTRAINT fk_lesson_block_file REFERENCES stored_file(id) ON DELETE RESTRICT,
        quiz_id uuid CONSTRAINT fk_lesson_block_quiz REFERENCES quiz(id) ON DELETE CASCADE,
        CONSTRAINT ck_lesson_block_refs CHECK ((kind = 'file') = (file_id IS NOT NULL) AND (kind = 'quiz') = (quiz_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_lesson_block_lesson ON lesson_block (lesson_id, position)`);
    await q.query(`CREATE UNIQUE INDEX uq_lesson_block_quiz ON lesson_block (quiz_id) WHERE quiz_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE enrollment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL CONSTRAINT fk_enrollment_course REFERENCES course(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_enrollment_user REFERENCES app_user(id) ON DELETE CASCADE,
        assigned_by uuid CONSTRAINT fk_enrollment_assigner REFERENCES app_user(id) ON DELETE SET NULL,
        due_date date,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        last_lesson_id uuid CONSTRAINT fk_enrollment_last_lesson REFERENCES lesson(id) ON DELETE SET NULL,
        -- Once set, never cleared: an edit of the course does not revoke a completion.
        completed_at timestamptz,
        last_reminded_at timestamptz,
        due_reminded_at timestamptz,
        CONSTRAINT uq_enrollment_course_user UNIQUE (course_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_enrollment_user ON enrollment (user_id)`);
    await q.query(`CREATE INDEX ix_enrollment_stalled ON enrollment (last_activity_at) WHERE completed_at IS NULL`);

    await q.query(`
      CREATE TABLE lesson_progress (
        enrollment_id uuid NOT NULL CONSTRAINT fk_lesson_progress_enrollment REFERENCES enrollment(id) ON DELETE CASCADE,
        lesson_id uuid NOT NULL CONSTRAINT fk_lesson_progress_lesson REFERENCES lesson(id) ON DELETE CASCADE,
        done_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_lesson_progress PRIMARY KEY (enrollment_id, lesson_id)
      )`);

    await q.query(`
      CREATE TABLE reflection_answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrollment_id uuid NOT NULL CONSTRAINT fk_reflection_answer_enrollment REFERENCES enrollment(id) ON DELETE CASCADE,
        block_id uuid NOT NULL CONSTRAINT fk_reflection_answer_block REFERENCES lesson_block(id) ON DELETE CASCADE,
        answer text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_reflection_answer UNIQUE (enrollment_id, block_id)
      )`);

    await q.query(`
      CREATE TABLE quiz_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        enrollment_id uuid NOT NULL CONSTRAINT fk_quiz_attempt_enrollment REFERENCES enrollment(id) ON DELETE CASCADE,
        quiz_id uuid NOT NULL CONSTRAINT fk_quiz_attempt_quiz REFERENCES quiz(id) ON DELETE CASCADE,
        attempt_no integer NOT NULL,
        answers jsonb NOT NULL,
        score_percent integer NOT NULL,
        passed boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Two concurrent submissions cannot both become attempt N.
        CONSTRAINT uq_quiz_attempt_number UNIQUE (enrollment_id, quiz_id, attempt_no)
      )`);

    await q.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Exactly one certificate per completion, whatever the retries.
        enrollment_id uuid NOT NULL CONSTRAINT uq_certificate_enrollment UNIQUE
          CONSTRAINT fk_certificate_enrollment REFERENCES enrollment(id) ON DELETE RESTRICT,
        code text NOT NULL CONSTRAINT uq_certificate_code UNIQUE,
        user_id uuid CONSTRAINT fk_certificate_user REFERENCES app_user(id) ON DELETE SET NULL,
        course_id uuid NOT NULL CONSTRAINT fk_certificate_course REFERENCES course(id) ON DELETE RESTRICT,
        -- Copied at issue time so the certificate keeps verifying; erasure blanks learner_name.
        learner_name text,
        course_title jsonb NOT NULL,
        municipality_name text,
        estimated_minutes integer NOT NULL,
        completed_at timestamptz NOT NULL,
        pdf bytea,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'certificate',
      'quiz_attempt',
      'reflection_answer',
      'lesson_progress',
      'enrollment',
      'lesson_block',
      'quiz',
      'lesson',
      'course_module',
      'course',
      'stored_file',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
