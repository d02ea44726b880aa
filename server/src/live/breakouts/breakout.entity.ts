import type { BreakoutMode } from '@kotopaikka/contracts';

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

@Entity('live_breakout')
@Check('ck_live_breakout_status', `status IN ('prepared', 'running', 'ended')`)
@Check('ck_live_breakout_mode', `mode IN ('random', 'municipality', 'manual')`)
@Check('ck_live_breakout_minutes', `minutes BETWEEN 1 AND 240`)
@Index('uq_live_breakout_current', ['sessionId'], { unique: true, where: `status <> 'ended'` })
export class LiveBreakoutEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_session', { name: 'fk_live_breakout_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text', default: 'prepared' })
  status!: 'prepared' | 'running' | 'ended';

  @Column({ type: 'text' })
  mode!: BreakoutMode;

  @Column({ type: 'integer' })
  minutes!: number;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('live_breakout_group')
@Index('ix_live_breakout_group_breakout', ['breakoutId', 'position'])
export class LiveBreakoutGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_breakout', { name: 'fk_live_breakout_group_breakout', onDelete: 'CASCADE' })
  @Column({ name: 'breakout_id', type: 'uuid' })
  breakoutId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  position!: number;
}

@Entity('live_breakout_member')
@Index('ix_live_breakout_member_group', ['groupId'])
export class LiveBreakoutMemberEntity {
  @ForeignKey('live_breakout', { name: 'fk_live_breakout_member_breakout', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'breakout_id', type: 'uuid' })
  breakoutId!: string;

  @ForeignKey('live_participant', { name: 'fk_live_breakout_member_participant', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ForeignKey('live_breakout_group', { name: 'fk_live_breakout_member_group', onDelete: 'CASCADE' })
  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;
}
