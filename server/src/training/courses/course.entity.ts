import type { Audience, CourseStatus, LocalizedText } from '@kotopaikka/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('course')
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

  @Column({ name: 'cover_file_id', type: 'uuid', nullable: true })
  coverFileId!: string | null;

  @Column({ name: 'estimated_minutes', type: 'integer', default: 30 })
  estimatedMinutes!: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  audiences!: Audience[];

  /** NULL: offered in every municipality. */
  @Column({ name: 'municipality_ids', type: 'uuid', array: true, nullable: true })
  municipalityIds!: string[] | null;

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

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: Partial<LocalizedText>;
}
