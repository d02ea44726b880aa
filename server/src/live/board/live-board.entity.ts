import type { LiveBoardStatus } from '@kotopaikka/contracts';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** An idea board: a record of its own, kept after the session with its ranked cards. */
@Entity('live_board')
@Check('ck_live_board_title', 'char_length(title) BETWEEN 1 AND 200')
@Check('ck_live_board_dots', 'dots_per_participant BETWEEN 1 AND 50')
@Check('ck_live_board_status', `status IN ('open', 'closed')`)
@Index('ix_live_board_session', ['sessionId', 'createdAt'])
@Index('ix_live_board_group', ['groupId'], { where: 'group_id IS NOT NULL' })
export class LiveBoardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_session', { name: 'fk_live_board_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  /** A breakout group's board; its group is kept while the board is (NO ACTION), so the record keeps its name. */
  @ForeignKey('live_breakout_group', { name: 'fk_live_board_group', onDelete: 'NO ACTION' })
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'dots_per_participant', type: 'integer' })
  dotsPerParticipant!: number;

  @Column({ name: 'hide_votes', type: 'boolean', default: false })
  hideVotes!: boolean;

  @Column({ type: 'text', default: 'open' })
  status!: LiveBoardStatus;

  @Column({ name: 'revealed_at', type: 'timestamptz', nullable: true })
  revealedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @ForeignKey('app_user', { name: 'fk_live_board_creator', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A column of a board. */
@Entity('live_board_prompt')
@Check('ck_live_board_prompt_text', 'char_length(text) BETWEEN 1 AND 200')
@Unique('uq_live_board_prompt_position', ['boardId', 'position'])
export class LiveBoardPromptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_board', { name: 'fk_live_board_prompt_board', onDelete: 'CASCADE' })
  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;
}

/** An idea card under a prompt; a merged one stays, marked `merged_into`. */
@Entity('live_board_card')
@Check('ck_live_board_card_text', 'char_length(text) >= 1')
@Index('ix_live_board_card_board', ['boardId', 'createdAt'])
export class LiveBoardCardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_board', { name: 'fk_live_board_card_board', onDelete: 'CASCADE' })
  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @ForeignKey('live_board_prompt', { name: 'fk_live_board_card_prompt', onDelete: 'CASCADE' })
  @Column({ name: 'prompt_id', type: 'uuid' })
  promptId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'group_label', type: 'text', nullable: true })
  groupLabel!: string | null;

  @ForeignKey('live_board_card', { name: 'fk_live_board_card_merged', onDelete: 'SET NULL' })
  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto!: string | null;

  @ForeignKey('live_participant', { name: 'fk_live_board_card_author', onDelete: 'SET NULL' })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A participant's dots on one card. */
@Entity('live_board_vote')
@Check('ck_live_board_vote_dots', 'dots >= 1')
@Index('ix_live_board_vote_voter', ['boardId', 'participantId'])
export class LiveBoardVoteEntity {
  @ForeignKey('live_board_card', { name: 'fk_live_board_vote_card', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'card_id', type: 'uuid' })
  cardId!: string;

  @ForeignKey('live_participant', { name: 'fk_live_board_vote_participant', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ForeignKey('live_board', { name: 'fk_live_board_vote_board', onDelete: 'CASCADE' })
  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'integer' })
  dots!: number;
}
