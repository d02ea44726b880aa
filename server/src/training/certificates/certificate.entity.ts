import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';

/** An issued certificate; the learner-facing fields are copied at issue time so it keeps verifying. */
@Entity('certificate')
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('enrollment', { name: 'fk_certificate_enrollment', onDelete: 'RESTRICT' })
  @Column({ name: 'enrollment_id', type: 'uuid', unique: true })
  enrollmentId!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @ForeignKey('app_user', { name: 'fk_certificate_user', onDelete: 'SET NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ForeignKey('course', { name: 'fk_certificate_course', onDelete: 'RESTRICT' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Column({ name: 'learner_name', type: 'text', nullable: true })
  learnerName!: string | null;

  @Column({ name: 'course_title', type: 'jsonb' })
  courseTitle!: Record<string, string>;

  @Column({ name: 'municipality_name', type: 'text', nullable: true })
  municipalityName!: string | null;

  @Column({ name: 'estimated_minutes', type: 'integer' })
  estimatedMinutes!: number;

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf!: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
