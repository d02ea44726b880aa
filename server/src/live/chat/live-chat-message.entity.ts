import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

/** A chat message, stored before it is broadcast. `text` is NULL once deleted by a host or past retention. */
@Entity('live_chat_message')
@Check('ck_live_chat_message_text', 'char_length(text) BETWEEN 1 AND 2000')
@Unique('uq_live_chat_message_seq', ['sessionId', 'seq'])
@Index('ix_live_chat_message_retention', ['createdAt'], { where: 'text IS NOT NULL' })
export class LiveChatMessageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey('live_session', { name: 'fk_live_chat_message_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ForeignKey('live_participant', { name: 'fk_live_chat_message_participant', onDelete: 'CASCADE' })
  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  /** The seq of its `chat.message` room event. */
  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @ForeignKey('live_participant', { name: 'fk_live_chat_message_deleter', onDelete: 'SET NULL' })
  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;

  @Column({ name: 'redacted_at', type: 'timestamptz', nullable: true })
  redactedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
