import type { LiveRole } from '@kotopaikka/contracts';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** Someone in a room: a person or a guest, once per session however many tabs. */
@Entity('live_participant')
@Check('ck_live_participant_role', `role IN ('host', 'cohost', 'participant', 'guest')`)
@Index('uq_live_participant_user', ['sessionId', 'userId'], { unique: true, where: 'user_id IS NOT NULL' })
@Index('uq_live_participant_registration', ['sessionId', 'registrationId'], {
  unique: true,
  where: 'registration_id IS NOT NULL',
})
export class LiveParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_session', { name: 'fk_live_participant_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ForeignKey('app_user', { name: 'fk_live_participant_user', onDelete: 'SET NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ForeignKey('live_registration', { name: 'fk_live_participant_registration', onDelete: 'SET NULL' })
  @Column({ name: 'registration_id', type: 'uuid', nullable: true })
  registrationId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: LiveRole;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The room's durable event log; `seq` is gapless per session. */
@Entity('live_event')
export class LiveEventEntity {
  @ForeignKey('live_session', { name: 'fk_live_event_session', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  /** bigint, so a string. */
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'jsonb' })
  data!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An open socket in a room, on any node; the node's heartbeat keeps `last_seen_at` fresh. */
@Entity('live_connection')
@Index('ix_live_connection_participant', ['participantId'])
@Index('ix_live_connection_seen', ['lastSeenAt'])
export class LiveConnectionEntity {
  @PrimaryColumn({ name: 'socket_id', type: 'text' })
  socketId!: string;

  @ForeignKey('live_session', { name: 'fk_live_connection_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ForeignKey('live_participant', { name: 'fk_live_connection_participant', onDelete: 'CASCADE' })
  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'node_id', type: 'text' })
  nodeId!: string;

  @Column({ name: 'connected_at', type: 'timestamptz', default: () => 'now()' })
  connectedAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;
}

/** A stay in the room: one open row per participant at a time. */
@Entity('live_attendance')
@Index('uq_live_attendance_open', ['participantId'], { unique: true, where: 'left_at IS NULL' })
@Index('ix_live_attendance_session', ['sessionId', 'participantId'])
export class LiveAttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_session', { name: 'fk_live_attendance_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ForeignKey('live_participant', { name: 'fk_live_attendance_participant', onDelete: 'CASCADE' })
  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}
