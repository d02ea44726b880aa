import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A registrant without an account; their tokens are stored only as hashes. */
@Entity('live_registration')
@Check('ck_live_registration_state', `state IN ('registered', 'waitlisted', 'cancelled')`)
@Unique('uq_live_registration_join_token', ['joinTokenHash'])
@Unique('uq_live_registration_cancel_token', ['cancelTokenHash'])
// On lower(email), which TypeORM cannot describe: named so the schema builder leaves it alone.
@Index('uq_live_registration_email', { synchronize: false })
export class LiveRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('live_session', { name: 'fk_live_registration_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', default: 'fi' })
  locale!: string;

  @Column({ type: 'text' })
  state!: 'registered' | 'waitlisted' | 'cancelled';

  @Column({ name: 'join_token_hash', type: 'text' })
  joinTokenHash!: string;

  @Column({ name: 'cancel_token_hash', type: 'text' })
  cancelTokenHash!: string;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}
