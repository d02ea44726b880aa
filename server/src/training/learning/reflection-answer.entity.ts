import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('reflection_answer')
@Unique('uq_reflection_answer', ['enrollmentId', 'blockId'])
export class ReflectionAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('enrollment', { name: 'fk_reflection_answer_enrollment', onDelete: 'CASCADE' })
  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @ForeignKey('lesson_block', { name: 'fk_reflection_answer_block', onDelete: 'CASCADE' })
  @Column({ name: 'block_id', type: 'uuid' })
  blockId!: string;

  @Column({ type: 'text' })
  answer!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
