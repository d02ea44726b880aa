import type { Locale } from '@kotopaikka/contracts';

import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A registrant without an account for an info session. Tokens are stored only as hashes. */
@Entity('live_registration')
@Check('ck_live_registration_state', `state IN ('registered', 'waitlisted', 'cancelled')`)
// Unique on (session_id, lower(email)) among live registrations, an expression TypeORM cannot describe.
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
  locale!: Locale;

  @Column({ type: 'text' })
  state!: 'registered' | 'waitlisted' | 'cancelled';

  @Column({ name: 'join_token_hash', type: 'text', unique: true })
  joinTokenHash!: string;

  @Column({ name: 'cancel_token_hash', type: 'text', unique: true })
  cancelTokenHash!: string;

  /** What the join and cancel tokens are derived from (registration-links.ts); null on rows made before it. */
  @Column({ name: 'link_salt', type: 'text', nullable: true })
  linkSalt!: string | null;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}
