import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';

import type { QueueName } from './queue-names';

export const QUEUE_PROCESSOR = 'kp:queue-processor';

/** Marks a provider as the one processor of a queue; the worker node discovers it at start. */
export const QueueProcessor = (queue: QueueName): ClassDecorator => SetMetadata(QUEUE_PROCESSOR, queue);

/** One processor per queue: `process` switches exhaustively on `job.name`. */
export abstract class JobProcessor<Payload = unknown> {
  /** How many jobs of this queue one worker node runs at once. */
  readonly concurrency: number = 4;

  abstract process(job: Job<Payload>): Promise<unknown>;
}
