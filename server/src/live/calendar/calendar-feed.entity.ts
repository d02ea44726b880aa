import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A person's personal calendar feed; regenerating replaces the hash, which revokes the old URL. */
@Entity('calendar_feed')
export class CalendarFeedEntity {
  @ForeignKey('app_user', { name: 'fk_calendar_feed_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
