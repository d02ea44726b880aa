import type { LivePollKind, LivePollStatus } from '@kotopaikka/contracts';

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

/** A poll of a live room, kept after the session with its votes. */
@Entity('live_poll')
@Check('ck_live_poll_question', 'char_length(question) BETWEEN 1 AND 500')
@Check('ck_live_poll_kind', `kind IN ('single', 'multiple')`)
@Check('ck_live_poll_status', `status IN ('open', 'closed')`)
@Index('ix_live_poll_session', ['sessionId', 'createdAt'])
export class LivePollEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_session', { name: 'fk_live_poll_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'text' })
  kind!: LivePollKind;

  @Column({ type: 'boolean', default: true })
  anonymous!: boolean;

  @Column({ type: 'text', default: 'open' })
  status!: LivePollStatus;

  @ForeignKey('live_participant', { name: 'fk_live_poll_creator', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}

/** One answer of a poll; its id is the server's, `correct` marks a quiz's right answers. */
@Entity('live_poll_option')
@Check('ck_live_poll_option_text', 'char_length(text) BETWEEN 1 AND 200')
@Unique('uq_live_poll_option_position', ['pollId', 'position'])
export class LivePollOptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_poll', { name: 'fk_live_poll_option_poll', onDelete: 'CASCADE' })
  @Column({ name: 'poll_id', type: 'uuid' })
  pollId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'boolean', default: false })
  correct!: boolean;
}

/** A participant's one vote on a poll (the primary key holds "one"). */
@Entity('live_poll_vote')
@Check('ck_live_poll_vote_options', 'cardinality(option_ids) >= 1')
export class LivePollVoteEntity {
  @ForeignKey('live_poll', { name: 'fk_live_poll_vote_poll', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'poll_id', type: 'uuid' })
  pollId!: string;

  @ForeignKey('live_participant', { name: 'fk_live_poll_vote_participant', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'option_ids', type: 'uuid', array: true })
  optionIds!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
