import type { QuizAnswer } from '@kotopaikka/contracts';

import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One graded submission; `uq_quiz_attempt_number` keeps attempt numbers unique per enrollment and quiz. */
@Entity('quiz_attempt')
@Unique('uq_quiz_attempt_number', ['enrollmentId', 'quizId', 'attemptNo'])
export class QuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('enrollment', { name: 'fk_quiz_attempt_enrollment', onDelete: 'CASCADE' })
  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @ForeignKey('quiz', { name: 'fk_quiz_attempt_quiz', onDelete: 'CASCADE' })
  @Column({ name: 'quiz_id', type: 'uuid' })
  quizId!: string;

  @Column({ name: 'attempt_no', type: 'integer' })
  attemptNo!: number;

  @Column({ type: 'jsonb' })
  answers!: QuizAnswer[];

  @Column({ name: 'score_percent', type: 'integer' })
  scorePercent!: number;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
