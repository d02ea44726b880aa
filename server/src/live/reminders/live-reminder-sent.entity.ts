import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

import type { LiveNoticeKind } from './live-reminder-jobs';

/** A reminder or cancellation notice that reached a person: the key makes a second run find it sent. */
@Entity('live_reminder_sent')
@Check('ck_live_reminder_sent_kind', `kind IN ('day_before', 'soon', 'cancelled')`)
@Index('ix_live_reminder_sent_user', ['userId'])
export class LiveReminderSentEntity {
  @ForeignKey('live_session', { name: 'fk_live_reminder_sent_session', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ForeignKey('app_user', { name: 'fk_live_reminder_sent_user', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: LiveNoticeKind;

  /** The start the notice was about: a rescheduled session is reminded of again. */
  @PrimaryColumn({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}
