import type { LiveSessionKind, LiveSessionStatus, LocalizedText } from '@kotopaikka/contracts';

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

@Entity('live_session')
@Check('ck_live_session_kind', `kind IN ('training_webinar', 'mentoring_meeting', 'strategy_workshop', 'info_session')`)
@Check('ck_live_session_capacity', 'capacity IS NULL OR capacity >= 1')
@Check('ck_live_session_completion', 'completion_minutes IS NULL OR completion_minutes >= 1')
@Check('ck_live_session_status', `status IN ('scheduled', 'live', 'ended', 'cancelled')`)
@Check('ck_live_session_times', 'ends_at > starts_at')
@Unique('uq_live_session_public_slug', ['publicSlug'])
@Index('ix_live_session_municipality_start', ['municipalityId', 'startsAt'])
@Index('ix_live_session_start', ['startsAt'])
export class LiveSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: LiveSessionKind;

  @Column({ type: 'jsonb' })
  title!: Partial<LocalizedText>;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  description!: Partial<LocalizedText>;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @ForeignKey('municipality', { name: 'fk_live_session_municipality', onDelete: 'RESTRICT' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @ForeignKey('course', { name: 'fk_live_session_course', onDelete: 'SET NULL' })
  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId!: string | null;

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl!: string | null;

  @Column({ name: 'completion_minutes', type: 'integer', nullable: true })
  completionMinutes!: number | null;

  @Column({ type: 'text', default: 'scheduled' })
  status!: LiveSessionStatus;

  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @Column({ name: 'public_slug', type: 'text', nullable: true })
  publicSlug!: string | null;

  @Column({ name: 'chat_locked', type: 'boolean', default: false })
  chatLocked!: boolean;

  @Column({ name: 'last_seq', type: 'bigint', default: 0 })
  lastSeq!: string;

  @ForeignKey('app_user', { name: 'fk_live_session_creator', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
