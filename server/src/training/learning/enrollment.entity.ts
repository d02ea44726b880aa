import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A person taking a course; `completed_at` is set once and never cleared. */
@Entity('enrollment')
@Unique('uq_enrollment_course_user', ['courseId', 'userId'])
@Index('ix_enrollment_user', ['userId'])
@Index('ix_enrollment_stalled', ['lastActivityAt'], { where: 'completed_at IS NULL' })
export class EnrollmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('course', { name: 'fk_enrollment_course', onDelete: 'CASCADE' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ForeignKey('app_user', { name: 'fk_enrollment_user', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ForeignKey('app_user', { name: 'fk_enrollment_assigner', onDelete: 'SET NULL' })
  @Column({ name: 'assigned_by', type: 'uuid', nullable: true })
  assignedBy!: string | null;

  // 'YYYY-MM-DD', as TypeORM hydrates a date; pg's own parser would make a midnight Date, so raw SQL reads it as text.
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'enrolled_at', type: 'timestamptz', default: () => 'now()' })
  enrolledAt!: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  @ForeignKey('lesson', { name: 'fk_enrollment_last_lesson', onDelete: 'SET NULL' })
  @Column({ name: 'last_lesson_id', type: 'uuid', nullable: true })
  lastLessonId!: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'last_reminded_at', type: 'timestamptz', nullable: true })
  lastRemindedAt!: Date | null;

  @Column({ name: 'due_reminded_at', type: 'timestamptz', nullable: true })
  dueRemindedAt!: Date | null;
}
