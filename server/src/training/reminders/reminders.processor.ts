import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobProcessor, QueueProcessor } from '../../platform/queue/job-processor';
import { QueueFactory } from '../../platform/queue/queue.factory';
import type { QueueJob } from '../../platform/queue/queue-jobs';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { runsWorkers } from '../../platform/queue/queue-workers.service';
import { RemindersService, type SweepResult } from './reminders.service';

export const REMINDER_SCHEDULER_ID = 'reminders-hourly';
// Minute 7 of every hour: a pattern, unlike `every`, does not also fire at once on each start.
export const REMINDER_SCHEDULE = '7 * * * *';

/** The hourly sweep: a BullMQ job scheduler (one per queue whatever the number of workers), not a timer in one process. */
@QueueProcessor(QUEUE_NAMES.reminders)
@Injectable()
export class RemindersProcessor extends JobProcessor<'reminders'> implements OnApplicationBootstrap {
  override readonly concurrency = 1;
  private readonly logger = new Logger('Reminders');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly factory: QueueFactory,
    private readonly reminders: RemindersService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config)) return;
    await this.factory.schedule(QUEUE_NAMES.reminders, REMINDER_SCHEDULER_ID, REMINDER_SCHEDULE, {
      name: 'sweep',
      data: {},
    });
    this.logger.log({ pattern: REMINDER_SCHEDULE }, 'reminder sweep scheduled');
  }

  async process(job: QueueJob<'reminders'>): Promise<SweepResult> {
    switch (job.name) {
      case 'sweep':
        return this.reminders.sweep();
      default: {
        const unknown: never = job.name;
        throw new Error(`reminders queue has no job "${String(unknown)}"`);
      }
    }
  }
}
