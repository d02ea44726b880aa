import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A participant's report of a message to the hosts; one per reporter and message. */
@Entity('live_chat_report')
@Index('ix_live_chat_report_session', ['sessionId'])
export class LiveChatReportEntity {
  @ForeignKey('live_chat_message', { name: 'fk_live_chat_report_message', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @ForeignKey('live_participant', { name: 'fk_live_chat_report_reporter', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'reporter_id', type: 'uuid' })
  reporterId!: string;

  @ForeignKey('live_session', { name: 'fk_live_chat_report_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
