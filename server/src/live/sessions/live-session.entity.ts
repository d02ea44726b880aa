import type { Audience, LiveSessionKind, LiveSessionStatus, LocalizedText, RsvpState } from '@kotopaikka/contracts';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('live_session')
@Check('ck_live_session_kind', `kind IN ('training_webinar', 'mentoring_meeting', 'strategy_workshop', 'info_session')`)
@Check('ck_live_session_capacity', 'capacity IS NULL OR capacity >= 1')
@Check('ck_live_session_completion', 'completion_minutes IS NULL OR completion_minutes >= 1')
@Check('ck_live_session_status', `status IN ('scheduled', 'live', 'ended', 'cancelled')`)
@Check('ck_live_session_times', 'ends_at > starts_at')
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

  /** NULL: unlimited. */
  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ name: 'video_url', type: 'text', nullable: true })
  videoUrl!: string | null;

  @Column({ name: 'completion_minutes', type: 'integer', nullable: true })
  completionMinutes!: number | null;

  @Column({ type: 'text', default: 'scheduled' })
  status!: LiveSessionStatus;

  /** The iCalendar SEQUENCE: increases on every change a calendar shows. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  /** Set while the public registration page is open. */
  @Column({ name: 'public_slug', type: 'text', nullable: true, unique: true })
  publicSlug!: string | null;

  @Column({ name: 'chat_locked', type: 'boolean', default: false })
  chatLocked!: boolean;

  /** The room's event log counter: the seq of its latest event (bigint, so a string). */
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

@Entity('live_session_host')
@Index('ix_live_session_host_user', ['userId'])
export class LiveSessionHostEntity {
  @ForeignKey('live_session', { name: 'fk_live_session_host_session', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ForeignKey('app_user', { name: 'fk_live_session_host_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;
}

/** One invitation rule: a person, an organisation, or an audience within the session's municipality. */
@Entity('live_session_invitee')
@Check('ck_live_session_invitee_one', 'num_nonnulls(user_id, organisation_id, audience) = 1')
@Index('ix_live_session_invitee_session', ['sessionId'])
@Index('ix_live_session_invitee_user', ['userId'], { where: 'user_id IS NOT NULL' })
export class LiveSessionInviteeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_session', { name: 'fk_live_session_invitee_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ForeignKey('app_user', { name: 'fk_live_session_invitee_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ForeignKey('organisation', { name: 'fk_live_session_invitee_organisation', onDelete: 'CASCADE' })
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text', nullable: true })
  audience!: Audience | null;
}

/** An invitee's answer; the waitlist is ordered by `answered_at`. */
@Entity('live_rsvp')
@Check('ck_live_rsvp_state', `state IN ('going', 'waitlisted', 'declined', 'maybe')`)
export class LiveRsvpEntity {
  @ForeignKey('live_session', { name: 'fk_live_rsvp_session', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ForeignKey('app_user', { name: 'fk_live_rsvp_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  state!: RsvpState;

  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' })
  answeredAt!: Date;
}
