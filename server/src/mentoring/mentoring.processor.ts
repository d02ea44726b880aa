import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobProcessor, QueueProcessor } from '../platform/queue/job-processor';
import { QueueFactory } from '../platform/queue/queue.factory';
import type { QueueJob } from '../platform/queue/queue-jobs';
import { QUEUE_NAMES } from '../platform/queue/queue-names';
import { runsWorkers } from '../platform/queue/queue-workers.service';
import { PairingDeadlines } from './pairings/pairing-deadlines';
import { ProposalDeadlines } from './proposals/proposal-deadlines.service';

export const PROPOSAL_SWEEP_SCHEDULER_ID = 'mentoring-proposal-sweep';
export const PAIRING_SWEEP_SCHEDULER_ID = 'mentoring-pairing-sweep';
// Every 15 minutes: a reminder or expiry is at most a quarter of an hour late.
export const MENTORING_SWEEP_SCHEDULE = '0 */15 * * * *';

/** The mentoring queue: proposals' reminders and expiry, pairings' end-date reminders and completion, follow-ups. */
@QueueProcessor(QUEUE_NAMES.mentoring)
@Injectable()
export class MentoringProcessor extends JobProcessor<'mentoring'> implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly factory: QueueFactory,
    private readonly proposals: ProposalDeadlines,
    private readonly pairings: PairingDeadlines,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config)) return;
    await this.factory.schedule(QUEUE_NAMES.mentoring, PROPOSAL_SWEEP_SCHEDULER_ID, MENTORING_SWEEP_SCHEDULE, {
      name: 'proposal_sweep',
      data: {},
    });
    await this.factory.schedule(QUEUE_NAMES.mentoring, PAIRING_SWEEP_SCHEDULER_ID, MENTORING_SWEEP_SCHEDULE, {
      name: 'pairing_sweep',
      data: {},
    });
  }

  async process(job: QueueJob<'mentoring'>): Promise<unknown> {
    switch (job.name) {
      case 'proposal_sweep':
        return this.proposals.sweep();
      case 'pairing_sweep':
        return this.pairings.sweep();
      case 'follow_up_survey':
        return this.pairings.sendFollowUp(job.data);
      default: {
        const unknown: never = job;
        throw new Error(`mentoring queue has no job "${String((unknown as { name: unknown }).name)}"`);
      }
    }
  }
}
