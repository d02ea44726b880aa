import { Injectable } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';

import { QueueFactory } from './queue.factory';
import type { JobName, JobPayload } from './queue-jobs';
import type { QueueName } from './queue-names';

/** The thin producer: adds a job to a named queue. Writes that must survive a crash go through the outbox instead. */
@Injectable()
export class QueueProducer {
  constructor(private readonly factory: QueueFactory) {}

  add<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    jobName: N,
    payload: JobPayload<Q, N>,
    options: JobsOptions = {},
  ): Promise<string> {
    return this.addRecorded(queue, jobName, payload, options);
  }

  /** Enqueues a job recorded earlier by a typed write (an outbox row), whose name and payload come back untyped. */
  async addRecorded(queue: QueueName, jobName: string, payload: unknown, options: JobsOptions = {}): Promise<string> {
    const job = await this.factory.queue(queue).add(jobName, payload, options);
    return String(job.id);
  }
}
