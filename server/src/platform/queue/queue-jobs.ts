import type { Job } from 'bullmq';

import type { PasswordResetRequestPayload } from '../../accounts/password-reset/password-reset.service';
import type { NotesCompactPayload } from '../../live/notes/notes-store.service';
import type { LiveCancelledPayload, LiveReminderPayload } from '../../live/reminders/live-reminder-jobs';
import type { AttendanceCreditPayload } from '../../live/report/attendance-credit.service';
import type { MentoringFollowUpPayload } from '../../mentoring/pairings/pairing-deadlines';
import type { IssueCertificatePayload } from '../../training/certificates/certificates.processor';
import type { MailJobPayload, MailTemplate } from '../mail/mail.service';
import type { QueueName } from './queue-names';

/** A job that carries nothing: the schedulers' sweeps. */
export type NoPayload = Record<string, never>;

/**
 * Every queue's jobs: queue name → job name → payload. Producers (QueueProducer, OutboxService) and processors
 * (JobProcessor) are typed from it, so a wrong job name or payload does not compile. A capability adds its
 * queue to QUEUE_NAMES and here.
 */
export interface QueueJobs {
  mail: Record<MailTemplate, MailJobPayload>;
  certificates: { issue: IssueCertificatePayload };
  reminders: { sweep: NoPayload };
  maintenance: { purge: NoPayload };
  accounts: { password_reset_request: PasswordResetRequestPayload };
  live: {
    sweep: NoPayload;
    breakout_end: { breakoutId: string };
    session_reminder: LiveReminderPayload;
    session_cancelled: LiveCancelledPayload;
    'notes-compact': NotesCompactPayload;
    'notes-compact-sweep': NoPayload;
    chat_retention: NoPayload;
    attendance_credit: AttendanceCreditPayload;
  };
  mentoring: {
    proposal_sweep: NoPayload;
    pairing_sweep: NoPayload;
    follow_up_survey: MentoringFollowUpPayload;
  };
}

type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MustBeTrue<T extends true> = T;
/** Compiles only while QueueJobs has exactly the queues of QUEUE_NAMES. */
export type QueueJobsCoverEveryQueue = MustBeTrue<Exactly<keyof QueueJobs, QueueName>>;

export type JobName<Q extends QueueName> = keyof QueueJobs[Q] & string;

export type JobPayload<Q extends QueueName, N extends JobName<Q>> = QueueJobs[Q][N];

/** A job of queue Q as a union over its job names, so `switch (job.name)` narrows `job.data`. */
export type QueueJob<Q extends QueueName> = Q extends QueueName
  ? { [N in JobName<Q>]: Job<QueueJobs[Q][N], unknown, N> }[JobName<Q>]
  : never;
