import type { LocalizedText, MentoringProgramStatus, MentoringWeights } from '@kotopaikka/contracts';

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

@Entity('mentoring_program')
@Check('ck_mentoring_program_minimum_score', 'minimum_score >= 0')
@Check('ck_mentoring_program_status', `status IN ('draft', 'recruiting', 'matching', 'running', 'closed')`)
@Check('ck_mentoring_program_period', 'ends_on >= starts_on')
@Index('ix_mentoring_program_status', ['status'])
export class MentoringProgramEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  description!: Partial<LocalizedText>;

  /** YYYY-MM-DD. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ type: 'jsonb' })
  weights!: MentoringWeights;

  @Column({ name: 'minimum_score', type: 'integer', default: 0 })
  minimumScore!: number;

  @Column({ name: 'same_municipality', type: 'boolean', default: false })
  sameMunicipality!: boolean;

  @Column({ name: 'exclude_same_organisation', type: 'boolean', default: false })
  excludeSameOrganisation!: boolean;

  @Column({ type: 'text', default: 'draft' })
  status!: MentoringProgramStatus;

  @ForeignKey('app_user', { name: 'fk_mentoring_program_creator', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('mentoring_program_municipality')
@Index('ix_mentoring_program_municipality_municipality', ['municipalityId'])
export class MentoringProgramMunicipalityEntity {
  @ForeignKey('mentoring_program', { name: 'fk_mentoring_program_municipality_program', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ForeignKey('municipality', { name: 'fk_mentoring_program_municipality_municipality', onDelete: 'RESTRICT' })
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;
}
