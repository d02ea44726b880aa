import type { Audience, CourseStatus, LocalizedText } from '@kotopaikka/contracts';

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('course')
@Check('ck_course_status', `status IN ('draft', 'published', 'archived')`)
@Check('ck_course_minutes', 'estimated_minutes BETWEEN 1 AND 10000')
@Index('ix_course_cover_file', ['coverFileId'], { where: 'cover_file_id IS NOT NULL' })
// A GIN index and an expression index, which TypeORM cannot describe: named so the schema builder leaves them alone.
@Index('ix_course_audiences', { synchronize: false })
@Index('ix_course_listing', { synchronize: false })
@Index('ix_course_status', ['status'])
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: CourseStatus;

  @Column({ type: 'jsonb' })
  title!: Partial<LocalizedText>;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  summary!: Partial<LocalizedText>;

  @ForeignKey('stored_file', { name: 'fk_course_cover', onDelete: 'SET NULL' })
  @Column({ name: 'cover_file_id', type: 'uuid', nullable: true })
  coverFileId!: string | null;

  @Column({ name: 'estimated_minutes', type: 'integer', default: 30 })
  estimatedMinutes!: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  audiences!: Audience[];

  /** NULL: offered in every municipality. */
  @Column({ name: 'municipality_ids', type: 'uuid', array: true, nullable: true })
  municipalityIds!: string[] | null;

  @ForeignKey('app_user', { name: 'fk_course_creator', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('course_module')
@Index('ix_course_module_course', ['courseId', 'position'])
export class CourseModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('course', { name: 'fk_course_module_course', onDelete: 'CASCADE' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: Partial<LocalizedText>;
}
