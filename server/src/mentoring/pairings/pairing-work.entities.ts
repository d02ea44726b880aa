import type {
  FitAnswer,
  MeetingFrequency,
  MenteeMeetingMode,
  MentoringMeetingMode,
  Weekday,
} from '@kotopaikka/contracts';

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
  UpdateDateColumn,
} from 'typeorm';

/** The agreement the pair fills in together; a side has confirmed it when it confirmed the current version. */
@Entity('mentoring_agreement')
@Check('ck_mentoring_agreement_frequency', `meeting_frequency IN ('weekly', 'biweekly', 'monthly')`)
@Check('ck_mentoring_agreement_mode', `mode IN ('in_person', 'online', 'either')`)
export class MentoringAgreementEntity {
  @ForeignKey('mentoring_pairing', { name: 'fk_mentoring_agreement_pairing', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'pairing_id', type: 'uuid' })
  pairingId!: string;

  @Column({ type: 'text' })
  goals!: string;

  @Column({ name: 'meeting_frequency', type: 'text' })
  meetingFrequency!: MeetingFrequency;

  @Column({ name: 'preferred_days', type: 'text', array: true })
  preferredDays!: Weekday[];

  @Column({ type: 'text' })
  mode!: MenteeMeetingMode;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'text' })
  confidentiality!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'mentor_confirmed_version', type: 'integer', nullable: true })
  mentorConfirmedVersion!: number | null;

  @Column({ name: 'mentee_confirmed_version', type: 'integer', nullable: true })
  menteeConfirmedVersion!: number | null;

  @ForeignKey('app_user', { name: 'fk_mentoring_agreement_updater', onDelete: 'SET NULL' })
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One side's private answer to "is this a good fit?" after the first meeting. */
@Entity('mentoring_fit_check')
@Check('ck_mentoring_fit_check_answer', `answer IN ('good_fit', 'not_sure', 'not_a_fit')`)
export class MentoringFitCheckEntity {
  @ForeignKey('mentoring_pairing', { name: 'fk_mentoring_fit_check_pairing', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'pairing_id', type: 'uuid' })
  pairingId!: string;

  @ForeignKey('app_user', { name: 'fk_mentoring_fit_check_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  answer!: FitAnswer;

  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' })
  answeredAt!: Date;
}

@Entity('mentoring_goal')
@Check('ck_mentoring_goal_progress', 'progress BETWEEN 0 AND 100')
@Index('ix_mentoring_goal_pairing', ['pairingId'])
export class MentoringGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('mentoring_pairing', { name: 'fk_mentoring_goal_pairing', onDelete: 'CASCADE' })
  @Column({ name: 'pairing_id', type: 'uuid' })
  pairingId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @ForeignKey('app_user', { name: 'fk_mentoring_goal_updater', onDelete: 'SET NULL' })
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('mentoring_task')
@Index('ix_mentoring_task_pairing', ['pairingId'])
export class MentoringTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('mentoring_pairing', { name: 'fk_mentoring_task_pairing', onDelete: 'CASCADE' })
  @Column({ name: 'pairing_id', type: 'uuid' })
  pairingId!: string;

  @ForeignKey('mentoring_goal', { name: 'fk_mentoring_task_goal', onDelete: 'SET NULL' })
  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  goalId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A meeting of the pair: scheduled as a live session (kind mentoring_meeting) or logged afterwards. */
@Entity('mentoring_meeting')
@Check('ck_mentoring_meeting_duration', 'duration_minutes BETWEEN 5 AND 480')
@Check('ck_mentoring_meeting_mode', `mode IN ('in_person', 'online')`)
@Unique('uq_mentoring_meeting_session', ['liveSessionId'])
@Index('ix_mentoring_meeting_pairing', ['pairingId', 'heldAt'])
export class MentoringMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('mentoring_pairing', { name: 'fk_mentoring_meeting_pairing', onDelete: 'CASCADE' })
  @Column({ name: 'pairing_id', type: 'uuid' })
  pairingId!: string;

  @ForeignKey('live_session', { name: 'fk_mentoring_meeting_session', onDelete: 'CASCADE' })
  @Column({ name: 'live_session_id', type: 'uuid', nullable: true })
  liveSessionId!: string | null;

  @Column({ name: 'held_at', type: 'timestamptz' })
  heldAt!: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'text' })
  mode!: MentoringMeetingMode;

  @Column({ type: 'text', default: '' })
  place!: string;

  @ForeignKey('app_user', { name: 'fk_mentoring_meeting_creator', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A note private to the pair: both sides read it, nobody else. */
@Entity('mentoring_note')
@Index('ix_mentoring_note_pairing', ['pairingId', 'createdAt'])
export class MentoringNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('mentoring_pairing', { name: 'fk_mentoring_note_pairing', onDelete: 'CASCADE' })
  @Column({ name: 'pairing_id', type: 'uuid' })
  pairingId!: string;

  @ForeignKey('app_user', { name: 'fk_mentoring_note_author', onDelete: 'SET NULL' })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One side's closing feedback. */
@Entity('mentoring_feedback')
@Check('ck_mentoring_feedback_usefulness', 'usefulness BETWEEN 1 AND 5')
@Check('ck_mentoring_feedback_match', 'match BETWEEN 1 AND 5')
export class MentoringFeedbackEntity {
  @ForeignKey('mentoring_pairing', { name: 'fk_mentoring_feedback_pairing', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'pairing_id', type: 'uuid' })
  pairingId!: string;

  @ForeignKey('app_user', { name: 'fk_mentoring_feedback_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'integer' })
  usefulness!: number;

  @Column({ type: 'integer' })
  match!: number;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The follow-up survey 30 days after a pairing's end, sent once per side. */
@Entity('mentoring_follow_up_sent')
export class MentoringFollowUpSentEntity {
  @ForeignKey('mentoring_pairing', { name: 'fk_mentoring_follow_up_pairing', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'pairing_id', type: 'uuid' })
  pairingId!: string;

  @ForeignKey('app_user', { name: 'fk_mentoring_follow_up_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}
