import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: a live room's polls (one vote per participant, held by the primary key) and idea boards (a first-class
// record with prompts, cards, merges and dot votes), both kept after the session as part of its record.
export class LivePollsBoard1796040000000 implements MigrationInterface {
  name = 'LivePollsBoard1796040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE live_poll (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL CONSTRAINT fk_live_poll_session REFERENCES live_session(id) ON DELETE CASCADE,
        question text NOT NULL CONSTRAINT ck_live_poll_question CHECK (char_length(question) BETWEEN 1 AND 500),
        kind text NOT NULL CONSTRAINT ck_live_poll_kind CHECK (kind IN ('single', 'multiple')),
        anonymous boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'open' CONSTRAINT ck_live_poll_status CHECK (status IN ('open', 'closed')),
        created_by uuid CONSTRAINT fk_live_poll_creator REFERENCES live_participant(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_live_poll_session ON live_poll (session_id, created_at)`);

    await q.query(`
      CREATE TABLE live_poll_option (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL CONSTRAINT fk_live_poll_option_poll REFERENCES live_poll(id) ON DELETE CASCADE,
        position integer NOT NULL,
        text text NOT NULL CONSTRAINT ck_live_poll_option_text CHECK (char_length(text) BETWEEN 1 AND 200),
        correct boolean NOT NULL DEFAULT false,
        CONSTRAINT uq_live_poll_option_position UNIQUE (poll_id, position)
      )`);

    // One vote per participant and poll: the primary key holds it, whatever the number of tabs or nodes.
    await q.query(`
      CREATE TABLE live_poll_vote (
        poll_id uuid NOT NULL CONSTRAINT fk_live_poll_vote_poll REFERENCES live_poll(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL CONSTRAINT fk_live_poll_vote_participant REFERENCES live_participant(id) ON DELETE CASCADE,
        option_ids uuid[] NOT NULL CONSTRAINT ck_live_poll_vote_options CHECK (cardinality(option_ids) >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (poll_id, participant_id)
      )`);

    await q.query(`
      CREATE TABLE live_board (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL CONSTRAINT fk_live_board_session REFERENCES live_session(id) ON DELETE CASCADE,
        title text NOT NULL CONSTRAINT ck_live_board_title CHECK (char_length(title) BETWEEN 1 AND 200),
        dots_per_participant integer NOT NULL CONSTRAINT ck_live_board_dots CHECK (dots_per_participant BETWEEN 1 AND 50),
        hide_votes boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'open' CONSTRAINT ck_live_board_status CHECK (status IN ('open', 'closed')),
        revealed_at timestamptz,
        closed_at timestamptz,
        created_by uuid CONSTRAINT fk_live_board_creator REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_live_board_session ON live_board (session_id, created_at)`);

    await q.query(`
      CREATE TABLE live_board_prompt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid NOT NULL CONSTRAINT fk_live_board_prompt_board REFERENCES live_board(id) ON DELETE CASCADE,
        position integer NOT NULL,
        text text NOT NULL CONSTRAINT ck_live_board_prompt_text CHECK (char_length(text) BETWEEN 1 AND 200),
        CONSTRAINT uq_live_board_prompt_position UNIQUE (board_id, position)
      )`);

    // A merged card stays, marked merged_into; its text and votes are on the card it went into.
    await q.query(`
      CREATE TABLE live_board_card (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid NOT NULL CONSTRAINT fk_live_board_card_board REFERENCES live_board(id) ON DELETE CASCADE,
        prompt_id uuid NOT NULL CONSTRAINT fk_live_board_card_prompt REFERENCES live_board_prompt(id) ON DELETE CASCADE,
        text text NOT NULL CONSTRAINT ck_live_board_card_text CHECK (char_length(text) >= 1),
        group_label text,
        merged_into uuid CONSTRAINT fk_live_board_card_merged REFERENCES live_board_card(id) ON DELETE SET NULL,
        author_id uuid CONSTRAINT fk_live_board_card_author REFERENCES live_participant(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_live_board_card_board ON live_board_card (board_id, created_at)`);

    // A participant's dots on one card; their total on a board is checked under a per-participant, per-board lock.
    await q.query(`
      CREATE TABLE live_board_vote (
        card_id uuid NOT NULL CONSTRAINT fk_live_board_vote_card REFERENCES live_board_card(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL CONSTRAINT fk_live_board_vote_participant REFERENCES live_participant(id) ON DELETE CASCADE,
        board_id uuid NOT NULL CONSTRAINT fk_live_board_vote_board REFERENCES live_board(id) ON DELETE CASCADE,
        dots integer NOT NULL CONSTRAINT ck_live_board_vote_dots CHECK (dots >= 1),
        PRIMARY KEY (card_id, participant_id)
      )`);
    await q.query(`CREATE INDEX ix_live_board_vote_voter ON live_board_vote (board_id, participant_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'live_board_vote',
      'live_board_card',
      'live_board_prompt',
      'live_board',
      'live_poll_vote',
      'live_poll_option',
      'live_poll',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
