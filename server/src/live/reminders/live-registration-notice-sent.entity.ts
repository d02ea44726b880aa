import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

import type { LiveNoticeKind } from './live-reminder-jobs';

/** A reminder or cancellation notice that reached a registrant (a guest without an account), as LiveReminderSent. */
@Entity('live_registration_notice_sent')
@Check('ck_live_registration_notice_sent_kind', `kind IN ('day_before', 'soon', 'cancelled')`)
export class LiveRegistrationNoticeSentEntity {
  @ForeignKey('live_registration', { name: 'fk_live_registration_notice_sent_registration', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'registration_id', type: 'uuid' })
  registrationId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: LiveNoticeKind;

  @PrimaryColumn({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;
}
