import { Injectable } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';

import { QueueFactory } from './queue.factory';
import type { QueueName } from './queue-names';

/** The thin producer: adds a job to a named queue. Writes that must survive a crash go through the outbox instead. */
@Injectable()
export class QueueProducer {
  constructor(private readonly factory: QueueFactory) {}

  async add(queue: QueueName, jobName: string, payload: unknown, options: JobsOptions = {}): Promise<string> {
    const job = await this.factory.queue(queue).add(jobName, payload, options);
    return String(job.id);
  }
}
