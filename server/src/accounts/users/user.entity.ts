import type { Audience, EmailPreferences, Locale, Role, UserStatus } from '@kotopaikka/contracts';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('app_user')
@Check(
  'ck_app_user_audience',
  `audience IN ('decision_maker', 'employer', 'onboarding_staff', 'guidance_professional', 'immigrant_participant', 'other')`,
)
@Check('ck_app_user_role', `role IN ('admin', 'coordinator', 'mentor', 'member')`)
@Check('ck_app_user_status', `status IN ('invited', 'active', 'deactivated')`)
@Index('ix_app_user_municipality', ['municipalityId'])
@Index('ix_app_user_organisation', ['organisationId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique case-insensitively through the index `uq_app_user_email_lower`. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text', default: 'fi' })
  locale!: Locale;

  @Column({ type: 'text' })
  audience!: Audience;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text', default: 'active' })
  status!: UserStatus;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_app_user_municipality' })
  municipality?: MunicipalityEntity | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_app_user_organisation' })
  organisation?: OrganisationEntity | null;

  @Column({ name: 'email_preferences', type: 'jsonb', default: () => `'{"reminders": true, "notifications": true}'` })
  emailPreferences!: EmailPreferences;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
