import type { MenteeMeetingMode, MenteeRequestStatus } from '@kotopaikka/contracts';

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

/** A person's request for a mentor in a program; its lists are keys of libs/matching's taxonomy. */
@Entity('mentee_request')
@Check('ck_mentee_request_meeting_mode', `meeting_mode IN ('in_person', 'online', 'either')`)
@Check('ck_mentee_request_status', `status IN ('open', 'withdrawn')`)
@Unique('uq_mentee_request_program_user', ['programId', 'userId'])
@Index('ix_mentee_request_user', ['userId'])
export class MenteeRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('mentoring_program', { name: 'fk_mentee_request_program', onDelete: 'CASCADE' })
  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ForeignKey('app_user', { name: 'fk_mentee_request_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  goals!: string;

  @Column({ type: 'text', array: true })
  expertise!: string[];

  @Column({ type: 'text', array: true })
  sectors!: string[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', array: true })
  availability!: string[];

  @Column({ name: 'meeting_mode', type: 'text' })
  meetingMode!: MenteeMeetingMode;

  @ForeignKey('municipality', { name: 'fk_mentee_request_municipality', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ForeignKey('organisation', { name: 'fk_mentee_request_organisation', onDelete: 'SET NULL' })
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: MenteeRequestStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
