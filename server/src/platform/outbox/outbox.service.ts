import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { JobName, JobPayload } from '../queue/queue-jobs';
import type { QueueName } from '../queue/queue-names';

/**
 * Records a job in the caller's transaction; the relay enqueues it after commit.
 * The outbox row id becomes the BullMQ job id, so relaying twice never runs the job twice.
 */
@Injectable()
export class OutboxService {
  async add<Q extends QueueName, N extends JobName<Q>>(manager: EntityManager, queue: Q, jobName: N, payload: JobPayload<Q, N>): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO outbox_message (queue, job_name, payload) VALUES ($1, $2, $3::jsonb) RETURNING id`,
      [queue, jobName, JSON.stringify(payload)],
    );
    return row.id;
  }
}
