import type { MatchingRunStatus, PairRuleKind } from '@kotopaikka/contracts';

import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A coordinator's pin (always in the result) or block (never proposed) of one mentor–mentee pair. */
@Entity('mentoring_pair_rule')
@Check('ck_mentoring_pair_rule_kind', `kind IN ('pin', 'block')`)
@Unique('uq_mentoring_pair_rule_pair', ['mentorProfileId', 'menteeRequestId'])
@Index('ix_mentoring_pair_rule_program', ['programId'])
export class MentoringPairRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('mentoring_program', { name: 'fk_mentoring_pair_rule_program', onDelete: 'CASCADE' })
  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ForeignKey('mentor_profile', { name: 'fk_mentoring_pair_rule_mentor', onDelete: 'CASCADE' })
  @Column({ name: 'mentor_profile_id', type: 'uuid' })
  mentorProfileId!: string;

  @ForeignKey('mentee_request', { name: 'fk_mentoring_pair_rule_mentee', onDelete: 'CASCADE' })
  @Column({ name: 'mentee_request_id', type: 'uuid' })
  menteeRequestId!: string;

  @Column({ type: 'text' })
  kind!: PairRuleKind;

  @ForeignKey('app_user', { name: 'fk_mentoring_pair_rule_creator', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One matching run of a program: the engine's result as the coordinator reviews it, then publishes it. */
@Entity('mentoring_run')
@Check('ck_mentoring_run_status', `status IN ('draft', 'published', 'superseded')`)
@Index('ix_mentoring_run_program', ['programId', 'createdAt'])
export class MentoringRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('mentoring_program', { name: 'fk_mentoring_run_program', onDelete: 'CASCADE' })
  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: MatchingRunStatus;

  /** The suggestions (factors, explanations), the unmatched with reasons and the pins not kept. */
  @Column({ type: 'jsonb' })
  result!: unknown;

  @Column({ type: 'integer' })
  matched!: number;

  @Column({ name: 'total_score', type: 'integer' })
  totalScore!: number;

  @ForeignKey('app_user', { name: 'fk_mentoring_run_creator', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ForeignKey('app_user', { name: 'fk_mentoring_run_publisher', onDelete: 'SET NULL' })
  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
