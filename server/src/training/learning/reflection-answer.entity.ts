import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('reflection_answer')
export class ReflectionAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'block_id', type: 'uuid' })
  blockId!: string;

  @Column({ type: 'text' })
  answer!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
