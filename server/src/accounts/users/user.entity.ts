import type { Audience, EmailPreferences, Locale, Role, UserStatus } from '@kotopaikka/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('app_user')
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
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  /** Municipalities a coordinator manages, beside their home municipality. */
  @ManyToMany(() => MunicipalityEntity)
  @JoinTable({
    name: 'coordinator_municipality',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'municipality_id', referencedColumnName: 'id' },
  })
  managedMunicipalities?: MunicipalityEntity[];

  @Column({ name: 'email_preferences', type: 'jsonb', default: () => `'{"reminders": true, "notifications": true}'` })
  emailPreferences!: EmailPreferences;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
