import type { EmailCategory } from '@kotopaikka/contracts';

import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every e-mail the platform sent (or, without SMTP_URL, would have sent). Unique per outbox message. */
@Entity('mail_message')
@Check('ck_mail_message_transport', `transport IN ('smtp', 'log')`)
@Index('ix_mail_message_created', ['createdAt'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'outbox_id', type: 'uuid', unique: true })
  outboxId!: string;

  @ForeignKey('app_user', { name: 'fk_mail_message_user', onDelete: 'SET NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  category!: EmailCategory;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Column({ type: 'text' })
  transport!: 'smtp' | 'log';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
