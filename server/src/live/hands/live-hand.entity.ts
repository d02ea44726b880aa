import { Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** A raised hand; the queue is ordered by `raised_seq`, the seq of its `hand.raised` event. */
@Entity('live_hand')
@Unique('uq_live_hand_seq', ['sessionId', 'raisedSeq'])
export class LiveHandEntity {
  @ForeignKey('live_participant', { name: 'fk_live_hand_participant', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @ForeignKey('live_session', { name: 'fk_live_hand_session', onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'raised_seq', type: 'bigint' })
  raisedSeq!: string;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt!: Date;
}
