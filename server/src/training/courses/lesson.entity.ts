import type { BlockKind, LocalizedText } from '@kotopaikka/contracts';

import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('lesson')
@Index('ix_lesson_course', ['courseId'])
@Index('ix_lesson_module', ['moduleId', 'position'])
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('course', { name: 'fk_lesson_course', onDelete: 'CASCADE' })
  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @ForeignKey('course_module', { name: 'fk_lesson_module', onDelete: 'CASCADE' })
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'jsonb' })
  title!: Partial<LocalizedText>;

  @Column({ type: 'boolean', default: true })
  required!: boolean;
}

/** Content per kind: text {markdown}, video {url, title, transcript, captionsUrl}, file {title}, reflection {prompt}, quiz {}. */
@Entity('lesson_block')
@Check('ck_lesson_block_kind', `kind IN ('text', 'video', 'file', 'reflection', 'quiz')`)
@Check('ck_lesson_block_refs', `(kind = 'file') = (file_id IS NOT NULL) AND (kind = 'quiz') = (quiz_id IS NOT NULL)`)
@Index('ix_lesson_block_file', ['fileId'], { where: 'file_id IS NOT NULL' })
@Index('uq_lesson_block_quiz', ['quizId'], { unique: true, where: 'quiz_id IS NOT NULL' })
@Index('ix_lesson_block_lesson', ['lessonId', 'position'])
export class LessonBlockEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('lesson', { name: 'fk_lesson_block_lesson', onDelete: 'CASCADE' })
  @Column({ name: 'lesson_id', type: 'uuid' })
  lessonId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  kind!: BlockKind;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  content!: Record<string, unknown>;

  @ForeignKey('stored_file', { name: 'fk_lesson_block_file', onDelete: 'RESTRICT' })
  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId!: string | null;

  @ForeignKey('quiz', { name: 'fk_lesson_block_quiz', onDelete: 'CASCADE' })
  @Column({ name: 'quiz_id', type: 'uuid', nullable: true })
  quizId!: string | null;
}
