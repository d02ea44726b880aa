import type { LiveRole } from '@kotopaikka/contracts';

import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

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
