import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuthTokenKind = 'invitation' | 'password_reset';

/** Single-use, expiring tokens e-mailed to people (invitations, password resets). Only the hash is stored. */
@Entity('auth_token')
@Check('ck_auth_token_kind', `kind IN ('invitation', 'password_reset')`)
@Index('ix_auth_token_user_kind', ['userId', 'kind'])
export class AuthTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: AuthTokenKind;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @ForeignKey('app_user', { name: 'fk_auth_token_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ForeignKey('app_user', { name: 'fk_auth_token_creator', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
