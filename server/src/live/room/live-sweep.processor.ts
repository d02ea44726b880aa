import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobProcessor, QueueProcessor } from '../../platform/queue/job-processor';
import { QueueFactory } from '../../platform/queue/queue.factory';
import type { QueueJob } from '../../platform/queue/queue-jobs';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { runsWorkers } from '../../platform/queue/queue-workers.service';
import { Breakouts } from '../breakouts/breakouts.service';
import { LiveChat } from '../chat/chat.service';
import { NotesStore } from '../notes/notes-store.service';
import { LiveReminders } from '../reminders/live-reminders.service';
import { AttendanceCredit } from '../report/attendance-credit.service';
import { Presence } from './presence.service';
import { RoomEvents } from './room-events.service';

export const LIVE_SWEEP_SCHEDULER_ID = 'live-presence-sweep';
// Every 30 seconds: a dead node's participants are gone from presence within a minute and a half.
export const LIVE_SWEEP_SCHEDULE = '*/30 * * * * *';
export const NOTES_COMPACT_SCHEDULER_ID = 'live-notes-compact';
// Every 5 minutes: busy documents are compacted on demand (NotesGateway); this catches quiet and missed ones.
export const NOTES_COMPACT_SCHEDULE = '0 */5 * * * *';
export const LIVE_CHAT_RETENTION_SCHEDULER_ID = 'live-chat-retention';
// Daily, at night in Finland.
export const LIVE_CHAT_RETENTION_SCHEDULE = '0 20 1 * * *';

/**
 * The live queue: the presence sweep that closes what dead nodes left open, breakouts' ends, reminders and
 * cancellations, the notes' compaction (on demand, at session end and on a schedule), chat retention and
 * attendance credited towards a linked course at a session's end.
 */
@QueueProcessor(QUEUE_NAMES.live)
@Injectable()
export class LiveProcessor extends JobProcessor<'live'> implements OnApplicationBootstrap {
  private readonly logger = new Logger('LiveJobs');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly factory: QueueFactory,
    private readonly presence: Presence,
    private readonly events: RoomEvents,
    private readonly chat: LiveChat,
    private readonly breakouts: Breakouts,
    private readonly reminders: LiveReminders,
    private readonly notes: NotesStore,
    private readonly credit: AttendanceCredit,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config)) return;
    await this.factory.schedule(QUEUE_NAMES.live, LIVE_SWEEP_SCHEDULER_ID, LIVE_SWEEP_SCHEDULE, {
      name: 'sweep',
      data: {},
    });
    await this.factory.schedule(QUEUE_NAMES.live, NOTES_COMPACT_SCHEDULER_ID, NOTES_COMPACT_SCHEDULE, {
      name: 'notes-compact-sweep',
      data: {},
    });
    await this.factory.schedule(QUEUE_NAMES.live, LIVE_CHAT_RETENTION_SCHEDULER_ID, LIVE_CHAT_RETENTION_SCHEDULE, {
      name: 'chat_retention',
      data: {},
    });
  }

  async process(job: QueueJob<'live'>): Promise<unknown> {
    switch (job.name) {
      case 'sweep':
        return this.sweep();
      case 'chat_retention':
        return this.chatRetention();
      case 'breakout_end':
        return { ended: await this.breakouts.endAndAnnounce({ breakoutId: job.data.breakoutId }, true) };
      case 'session_reminder':
        return this.reminders.remind(job.data);
      case 'session_cancelled':
        return this.reminders.cancellation(job.data);
      case 'notes-compact':
        return this.notes.compactSession(job.data.sessionId);
      case 'notes-compact-sweep':
        return this.compactDueNotes();
      case 'attendance_credit':
        return this.credit.credit(job.data);
      default: {
        const unknown: never = job;
        throw new Error(`live queue has no job "${String((unknown as { name: unknown }).name)}"`);
      }
    }
  }

  /** Deletes chat text past its retention period; a second run finds nothing left to delete. */
  async chatRetention(): Promise<{ messages: number }> {
    const result = await this.chat.purgeExpired(this.config.liveChatRetentionDays);
    if (result.messages > 0) this.logger.log(result, 'deleted chat text past its retention period');
    return result;
  }

  /** Safe to run twice: a second run finds nothing stale. */
  async sweep(): Promise<{ departed: number }> {
    const departed = await this.events.record(async (m, emit) => {
      const gone = await this.presence.sweep(m);
      for (const d of gone)
        emit(await this.events.append(m, d.sessionId, 'presence.left', { participantId: d.participantId }));
      return gone.length;
    });
    if (departed > 0) this.logger.log({ departed }, 'closed the stays a dead node left open');
    return { departed };
  }

  /** Safe to run twice, and beside an on-demand compaction: each document's compaction is (see NotesStore). */
  async compactDueNotes(): Promise<{ documents: number }> {
    const due = await this.notes.due();
    for (const doc of due) await this.notes.compact(doc);
    return { documents: due.length };
  }
}
