import { SetMetadata } from '@nestjs/common';

import type { QueueJob } from './queue-jobs';
import type { QueueName } from './queue-names';

export const QUEUE_PROCESSOR = 'kp:queue-processor';

/** One processor per queue: `process` switches exhaustively on `job.name`, with a `never` check in the default. */
export abstract class JobProcessor<Q extends QueueName> {
  /** How many jobs of this queue one worker node runs at once. */
  readonly concurrency: number = 4;

  abstract process(job: QueueJob<Q>): Promise<unknown>;
}

/** Marks a provider as the one processor of a queue (it must process that queue's jobs); the worker node discovers it at start. */
export const QueueProcessor =
  <Q extends QueueName>(queue: Q) =>
  (target: abstract new (...args: never[]) => JobProcessor<Q>): void => {
    SetMetadata(QUEUE_PROCESSOR, queue)(target);
  };
