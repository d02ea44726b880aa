import { Injectable } from '@nestjs/common';

import { JobProcessor, QueueProcessor } from '../../platform/queue/job-processor';
import type { QueueJob } from '../../platform/queue/queue-jobs';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import {
  PASSWORD_RESET_REQUEST_JOB,
  type PasswordResetRequestOutcome,
  PasswordResetService,
} from './password-reset.service';

/** The accounts queue: work an unauthenticated request must not do inline, where its time would tell what it found. */
@QueueProcessor(QUEUE_NAMES.accounts)
@Injectable()
export class PasswordResetProcessor extends JobProcessor<'accounts'> {
  // Each job is a few quick queries; one at a time also keeps a flood of requests from taking the database pool.
  override readonly concurrency = 1;

  constructor(private readonly resets: PasswordResetService) {
    super();
  }

  async process(job: QueueJob<'accounts'>): Promise<PasswordResetRequestOutcome> {
    switch (job.name) {
      case PASSWORD_RESET_REQUEST_JOB:
        return this.resets.sendLink(job.data.email);
      default: {
        const unknown: never = job.name;
        throw new Error(`accounts queue has no job "${String(unknown)}"`);
      }
    }
  }
}
