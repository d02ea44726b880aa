import type { MentoringMeetingMode, MentorProfileStatus } from '@kotopaikka/contracts';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** A person's offer to mentor in a program; its lists are keys of libs/matching's taxonomy. */
@Entity('mentor_profile')
@Check('ck_mentor_profile_capacity', 'capacity BETWEEN 1 AND 10')
@Check('ck_mentor_profile_bio_locale', `bio_locale IN ('fi', 'en')`)
@Check('ck_mentor_profile_status', `status IN ('pending', 'approved', 'declined', 'withdrawn')`)
@Unique('uq_mentor_profile_program_user', ['programId', 'userId'])
@Index('ix_mentor_profile_user', ['userId'])
export class MentorProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('mentoring_program', { name: 'fk_mentor_profile_program', onDelete: 'CASCADE' })
  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ForeignKey('app_user', { name: 'fk_mentor_profile_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', array: true })
  expertise!: string[];

  @Column({ type: 'text', array: true })
  sectors!: string[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', array: true })
  availability!: string[];

  @Column({ name: 'meeting_modes', type: 'text', array: true })
  meetingModes!: MentoringMeetingMode[];

  @ForeignKey('municipality', { name: 'fk_mentor_profile_municipality', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ForeignKey('organisation', { name: 'fk_mentor_profile_organisation', onDelete: 'SET NULL' })
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'text' })
  bio!: string;

  @Column({ name: 'bio_locale', type: 'text' })
  bioLocale!: 'fi' | 'en';

  @Column({ type: 'text', default: 'pending' })
  status!: MentorProfileStatus;

  @ForeignKey('app_user', { name: 'fk_mentor_profile_decider', onDelete: 'SET NULL' })
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
