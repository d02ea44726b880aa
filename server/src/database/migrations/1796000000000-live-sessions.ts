import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: the live-sessions capability's core — sessions with hosts, invitees and RSVPs, public registrations,
// calendar feeds, and the room's participants, durable event log, connections and attendance. Room features
// (chat, hands, polls, notes, board, breakouts) add their tables in migrations of their own.
export class LiveSessions1796000000000 implements MigrationInterface {
  name = 'LiveSessions1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE live_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT ck_live_session_kind
          CHECK (kind IN ('training_webinar', 'mentoring_meeting', 'strategy_workshop', 'info_session')),
        title jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        municipality_id uuid NOT NULL CONSTRAINT fk_live_session_municipality REFERENCES municipality(id) ON DELETE RESTRICT,
        course_id uuid CONSTRAINT fk_live_session_course REFERENCES course(id) ON DELETE SET NULL,
        capacity integer CONSTRAINT ck_live_session_capacity CHECK (capacity IS NULL OR capacity >= 1),
        video_url text,
        completion_minutes integer CONSTRAINT ck_live_session_completion CHECK (completion_minutes IS NULL OR completion_minutes >= 1),
        status text NOT NULL DEFAULT 'scheduled' CONSTRAINT ck_live_session_status
          CHECK (status IN ('scheduled', 'live', 'ended', 'cancelled')),
        -- The iCalendar SEQUENCE: increases on every change a calendar shows.
        sequence integer NOT NULL DEFAULT 0,
        -- Set while the public registration page is open.
        public_slug text CONSTRAINT uq_live_session_public_slug UNIQUE,
        chat_locked boolean NOT NULL DEFAULT false,
        -- The room's event log counter: the seq of its latest event.
        last_seq bigint NOT NULL DEFAULT 0,
        created_by uuid CONSTRAINT fk_live_session_creator REFERENCES app_user(id) ON DELETE SET NULL,
        started_at timestamptz,
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_live_session_times CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX ix_live_session_municipality_start ON live_session (municipality_id, starts_at)`);
    await q.query(`CREATE INDEX ix_live_session_start ON live_session (starts_at)`);

    await q.query(`
      CREATE TABLE live_session_host (
        session_id uuid NOT NULL CONSTRAINT fk_live_session_host_session REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_live_session_host_user REFERENCES app_user(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_live_session_host_user ON live_session_host (user_id)`);

    // One row per invitation rule; exactly one of its targets is set.
    await q.query(`
      CREATE TABLE live_session_invitee (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL CONSTRAINT fk_live_session_invitee_session REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid CONSTRAINT fk_live_session_invitee_user REFERENCES app_user(id) ON DELETE CASCADE,
        organisation_id uuid CONSTRAINT fk_live_session_invitee_organisation REFERENCES organisation(id) ON DELETE CASCADE,
        audience text,
        CONSTRAINT ck_live_session_invitee_one CHECK (num_nonnulls(user_id, organisation_id, audience) = 1)
      )`);
    await q.query(`CREATE INDEX ix_live_session_invitee_session ON live_session_invitee (session_id)`);
    await q.query(
      `CREATE INDEX ix_live_session_invitee_user ON live_session_invitee (user_id) WHERE user_id IS NOT NULL`,
    );

    // state: going | waitlisted | declined | maybe. The waitlist is ordered by answered_at.
    await q.query(`
      CREATE TABLE live_rsvp (
        session_id uuid NOT NULL CONSTRAINT fk_live_rsvp_session REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT fk_live_rsvp_user REFERENCES app_user(id) ON DELETE CASCADE,
        state text NOT NULL CONSTRAINT ck_live_rsvp_state CHECK (state IN ('going', 'waitlisted', 'declined', 'maybe')),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, user_id)
      )`);

    // Registrants without an account. Tokens are stored only as hashes.
    await q.query(`
      CREATE TABLE live_registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL CONSTRAINT fk_live_registration_session REFERENCES live_session(id) ON DELETE CASCADE,
        name text NOT NULL,
        email text NOT NULL,
        locale text NOT NULL DEFAULT 'fi',
        state text NOT NULL CONSTRAINT ck_live_registration_state CHECK (state IN ('registered', 'waitlisted', 'cancelled')),
        join_token_hash text NOT NULL CONSTRAINT uq_live_registration_join_token UNIQUE,
        cancel_token_hash text NOT NULL CONSTRAINT uq_live_registration_cancel_token UNIQUE,
        consented_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_live_registration_email ON live_registration (session_id, lower(email)) WHERE state <> 'cancelled'`,
    );

    // One personal calendar feed per person; regenerating replaces the hash, revoking the old URL.
    await q.query(`
      CREATE TABLE calendar_feed (
        user_id uuid PRIMARY KEY CONSTRAINT fk_calendar_feed_user REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT uq_calendar_feed_token UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Someone in a room: a person (user_id) or a guest (registration_id), once per session however many tabs.
    await q.query(`
      CREATE TABLE live_participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL CONSTRAINT fk_live_participant_session REFERENCES live_session(id) ON DELETE CASCADE,
        user_id uuid CONSTRAINT fk_live_participant_user REFERENCES app_user(id) ON DELETE SET NULL,
        registration_id uuid CONSTRAINT fk_live_participant_registration REFERENCES live_registration(id) ON DELETE SET NULL,
        name text NOT NULL,
        role text NOT NULL CONSTRAINT ck_live_participant_role CHECK (role IN ('host', 'cohost', 'participant', 'guest')),
        removed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_live_participant_user ON live_participant (session_id, user_id) WHERE user_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_live_participant_registration ON live_participant (session_id, registration_id) WHERE registration_id IS NOT NULL`,
    );

    // The room's durable event log: seq is gapless per session (taken from live_session.last_seq in the same transaction).
    await q.query(`
      CREATE TABLE live_event (
        session_id uuid NOT NULL CONSTRAINT fk_live_event_session REFERENCES live_session(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        type text NOT NULL,
        group_id uuid,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, seq)
      )`);

    // Open sockets in rooms, on any node; a node's heartbeat keeps its rows fresh, a dead node's go stale.
    await q.query(`
      CREATE TABLE live_connection (
        socket_id text PRIMARY KEY,
        session_id uuid NOT NULL CONSTRAINT fk_live_connection_session REFERENCES live_session(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL CONSTRAINT fk_live_connection_participant REFERENCES live_participant(id) ON DELETE CASCADE,
        node_id text NOT NULL,
        connected_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_live_connection_participant ON live_connection (participant_id)`);
    await q.query(`CREATE INDEX ix_live_connection_seen ON live_connection (last_seen_at)`);

    // Stays in the room: one open row per participant at a time; a gap under 2 minutes continues the stay.
    await q.query(`
      CREATE TABLE live_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL CONSTRAINT fk_live_attendance_session REFERENCES live_session(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL CONSTRAINT fk_live_attendance_participant REFERENCES live_participant(id) ON DELETE CASCADE,
        joined_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        left_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_live_attendance_open ON live_attendance (participant_id) WHERE left_at IS NULL`,
    );
    await q.query(`CREATE INDEX ix_live_attendance_session ON live_attendance (session_id, participant_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'live_attendance',
      'live_connection',
      'live_event',
      'live_participant',
      'calendar_feed',
      'live_registration',
      'live_rsvp',
      'live_session_invitee',
      'live_session_host',
      'live_session',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
