import type { LocalizedText, MentoringFactorPoints, PairingStatus } from '@kotopaikka/contracts';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

type Answer = 'accepted' | 'declined';

/**
 * A mentor–mentee pairing from its proposal on: proposed → active → completed | ended_early, or declined | expired.
 * Proposals and active pairings hold the mentor's capacity; every change of that locks the mentor profile's row.
 */
@Entity('mentoring_pairing')
@Check(
  'ck_mentoring_pairing_status',
  `status IN ('proposed', 'active', 'completed', 'ended_early', 'declined', 'expired')`,
)
@Check('ck_mentoring_pairing_mentor_answer', `mentor_answer IN ('accepted', 'declined')`)
@Check('ck_mentoring_pairing_mentee_answer', `mentee_answer IN ('accepted', 'declined')`)
@Check('ck_mentoring_pairing_two_people', 'mentor_user_id <> mentee_user_id')
@Index('uq_mentoring_pairing_live_mentee', ['menteeRequestId'], {
  unique: true,
  where: `status IN ('proposed', 'active')`,
})
@Index('ix_mentoring_pairing_live_mentor', ['mentorProfileId'], { where: `status IN ('proposed', 'active')` })
@Index('ix_mentoring_pairing_program', ['programId', 'status'])
@Index('ix_mentoring_pairing_mentor_user', ['mentorUserId'])
@Index('ix_mentoring_pairing_mentee_user', ['menteeUserId'])
export class MentoringPairingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('mentoring_program', { name: 'fk_mentoring_pairing_program', onDelete: 'CASCADE' })
  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ForeignKey('mentoring_run', { name: 'fk_mentoring_pairing_run', onDelete: 'SET NULL' })
  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId!: string | null;

  @ForeignKey('mentor_profile', { name: 'fk_mentoring_pairing_mentor', onDelete: 'CASCADE' })
  @Column({ name: 'mentor_profile_id', type: 'uuid' })
  mentorProfileId!: string;

  @ForeignKey('mentee_request', { name: 'fk_mentoring_pairing_mentee', onDelete: 'CASCADE' })
  @Column({ name: 'mentee_request_id', type: 'uuid' })
  menteeRequestId!: string;

  @ForeignKey('app_user', { name: 'fk_mentoring_pairing_mentor_user', onDelete: 'CASCADE' })
  @Column({ name: 'mentor_user_id', type: 'uuid' })
  mentorUserId!: string;

  @ForeignKey('app_user', { name: 'fk_mentoring_pairing_mentee_user', onDelete: 'CASCADE' })
  @Column({ name: 'mentee_user_id', type: 'uuid' })
  menteeUserId!: string;

  @Column({ type: 'text', default: 'proposed' })
  status!: PairingStatus;

  @Column({ type: 'integer' })
  score!: number;

  @Column({ type: 'jsonb' })
  contributions!: MentoringFactorPoints[];

  @Column({ type: 'jsonb' })
  explanation!: LocalizedText;

  @Column({ name: 'mentor_answer', type: 'text', nullable: true })
  mentorAnswer!: Answer | null;

  @Column({ name: 'mentor_answered_at', type: 'timestamptz', nullable: true })
  mentorAnsweredAt!: Date | null;

  @Column({ name: 'mentee_answer', type: 'text', nullable: true })
  menteeAnswer!: Answer | null;

  @Column({ name: 'mentee_answered_at', type: 'timestamptz', nullable: true })
  menteeAnsweredAt!: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  /** YYYY-MM-DD, from the agreement. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ name: 'completion_reminded_at', type: 'timestamptz', nullable: true })
  completionRemindedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @ForeignKey('app_user', { name: 'fk_mentoring_pairing_finisher', onDelete: 'SET NULL' })
  @Column({ name: 'finished_by', type: 'uuid', nullable: true })
  finishedBy!: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
