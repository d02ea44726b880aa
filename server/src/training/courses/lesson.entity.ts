import type { BlockKind, LocalizedText } from '@kotopaikka/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('lesson')
@Index('ix_lesson_module', ['moduleId', 'position'])
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

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
@Index('ix_lesson_block_lesson', ['lessonId', 'position'])
export class LessonBlockEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'lesson_id', type: 'uuid' })
  lessonId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  kind!: BlockKind;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  content!: Record<string, unknown>;

  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId!: string | null;

  @Column({ name: 'quiz_id', type: 'uuid', nullable: true })
  quizId!: string | null;
}
