import type { LocalizedText, QuestionKind } from '@kotopaikka/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface StoredQuizOption {
  id: string;
  text: LocalizedText;
  correct: boolean;
  feedback: LocalizedText | null;
}

export interface StoredQuizQuestion {
  id: string;
  kind: QuestionKind;
  prompt: LocalizedText;
  options: StoredQuizOption[];
}

@Entity('quiz')
@Index('ix_quiz_course', ['courseId'])
export class QuizEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Column({ type: 'jsonb' })
  title!: Partial<LocalizedText>;

  @Column({ name: 'pass_mark_percent', type: 'integer' })
  passMarkPercent!: number;

  /** NULL: unlimited attempts. */
  @Column({ name: 'max_attempts', type: 'integer', nullable: true })
  maxAttempts!: number | null;

  @Column({ type: 'boolean', default: true })
  required!: boolean;

  /** Holds the answer key: never sent to learners as is. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  questions!: StoredQuizQuestion[];
}
