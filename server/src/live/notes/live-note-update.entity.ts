import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One stored Yjs update of a room's notes (or, after compaction, the merged state of the rows it replaced). */
@Entity('live_note_update')
@Index('ix_live_note_update_document', ['sessionId', 'groupId', 'id'])
export class LiveNoteUpdateEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @ForeignKey('live_session', { name: 'fk_live_note_update_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  /** The breakout group's document; null for the session's main notes. */
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @Column({ type: 'bytea' })
  data!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
