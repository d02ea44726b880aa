import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: the foundation schema (accounts, municipalities, sessions, outbox, mail, notifications, audit) and the eight target municipalities.
export class Foundation1764268800000 implements MigrationInterface {
  name = 'Foundation1764268800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT uq_municipality_code UNIQUE,
        name text NOT NULL
      )`);
    await q.query(`
      INSERT INTO municipality (code, name) VALUES
        ('182', 'Jämsä'), ('249', 'Keuruu'), ('265', 'Kyyjärvi'), ('410', 'Laukaa'),
        ('601', 'Pihtipudas'), ('729', 'Saarijärvi'), ('931', 'Viitasaari'), ('992', 'Äänekoski')`);

    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CONSTRAINT ck_organisation_kind CHECK (kind IN ('employer', 'municipal_unit')),
        municipality_id uuid NOT NULL CONSTRAINT fk_organisation_municipality REFERENCES municipality(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_organisation_municipality_name ON organisation (municipality_id, lower(name))`,
    );

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        locale text NOT NULL DEFAULT 'fi',
        audience text NOT NULL CONSTRAINT ck_app_user_audience CHECK (audience IN
          ('decision_maker', 'employer', 'onboarding_staff', 'guidance_professional', 'immigrant_participant', 'other')),
        role text NOT NULL CONSTRAINT ck_app_user_role CHECK (role IN ('admin', 'coordinator', 'mentor', 'member')),
        status text NOT NULL DEFAULT 'active' CONSTRAINT ck_app_user_status CHECK (status IN ('invited', 'active', 'deactivated')),
        password_hash text,
        municipality_id uuid CONSTRAINT fk_app_user_municipality REFERENCES municipality(id) ON DELETE RESTRICT,
        organisation_id uuid CONSTRAINT fk_app_user_organisation REFERENCES organisation(id) ON DELETE SET NULL,
        email_preferences jsonb NOT NULL DEFAULT '{"reminders": true, "notifications": true}',
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_app_user_email_lower ON app_user (lower(email))`);
    await q.query(`CREATE INDEX ix_app_user_municipality ON app_user (municipality_id)`);
    await q.query(`CREATE INDEX ix_app_user_organisation ON app_user (organisation_id)`);

    await q.query(`
      CREATE TABLE coordinator_municipality (
        user_id uuid NOT NULL CONSTRAINT fk_coordinator_municipality_user REFERENCES app_user(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL CONSTRAINT fk_coordinator_municipality_municipality REFERENCES municipality(id) ON DELETE CASCADE,
        CONSTRAINT pk_coordinator_municipality PRIMARY KEY (user_id, municipality_id)
      )`);

    await q.query(`
      CREATE TABLE user_session (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL CONSTRAINT fk_user_session_user REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        user_agent text
      )`);
    await q.query(`CREATE INDEX ix_user_session_user ON user_session (user_id)`);
    await q.query(`CREATE INDEX ix_user_session_expires ON user_session (expires_at)`);

    await q.query(`
      CREATE TABLE auth_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT ck_auth_token_kind CHECK (kind IN ('invitation', 'password_reset')),
        token_hash text NOT NULL CONSTRAINT uq_auth_token_hash UNIQUE,
        user_id uuid NOT NULL CONSTRAINT fk_auth_token_user REFERENCES app_user(id) ON DELETE CASCADE,
        created_by uuid CONSTRAINT fk_auth_token_creator REFERENCES app_user(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_auth_token_user_kind ON auth_token (user_id, kind)`);

    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_outbox_message_pending ON outbox_message (created_at) WHERE dispatched_at IS NULL`);

    await q.query(`
      CREATE TABLE mail_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outbox_id uuid NOT NULL CONSTRAINT uq_mail_message_outbox UNIQUE,
        user_id uuid CONSTRAINT fk_mail_message_user REFERENCES app_user(id) ON DELETE SET NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        category text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        transport text NOT NULL CONSTRAINT ck_mail_message_transport CHECK (transport IN ('smtp', 'log')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_mail_message_created ON mail_message (created_at)`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_notification_user REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        link text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_notification_user_created ON notification (user_id, created_at)`);

    await q.query(`
      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid CONSTRAINT fk_audit_entry_actor REFERENCES app_user(id) ON DELETE SET NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_audit_entry_created ON audit_entry (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_entry',
      'notification',
      'mail_message',
      'outbox_message',
      'auth_token',
      'user_session',
      'coordinator_municipality',
      'app_user',
      'organisation',
      'municipality',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
