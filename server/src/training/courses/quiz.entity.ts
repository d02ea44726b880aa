import type { LocalizedText, QuestionKind } from '@kotopaikka/contracts';

import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

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
@Check('ck_quiz_pass_mark', 'pass_mark_percent BETWEEN 1 AND 100')
@Check('ck_quiz_max_attempts', 'max_attempts IS NULL OR max_attempts >= 1')
@Index('ix_quiz_course', ['courseId'])
export class QuizEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('course', { name: 'fk_quiz_course', onDelete: 'CASCADE' })
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
