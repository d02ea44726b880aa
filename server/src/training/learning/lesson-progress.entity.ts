import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

@Entity('lesson_progress')
export class LessonProgressEntity {
  @ForeignKey('enrollment', { name: 'fk_lesson_progress_enrollment', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @ForeignKey('lesson', { name: 'fk_lesson_progress_lesson', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'lesson_id', type: 'uuid' })
  lessonId!: string;

  @Column({ name: 'done_at', type: 'timestamptz', default: () => 'now()' })
  doneAt!: Date;
}
