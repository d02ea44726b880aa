import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { JobName, JobPayload } from '../queue/queue-jobs';
import type { QueueName } from '../queue/queue-names';

export interface OutboxOptions {
  /** Not before this moment (a reminder, a breakout's end); the relay leaves the row until then. */
  runAt?: Date;
  /** Or: this long after the transaction's start, by the database's clock. */
  delayMs?: number;
}

/**
 * Records a job in the caller's transaction; the relay enqueues it after commit.
 * The outbox row id becomes the BullMQ job id, so relaying twice never runs the job twice.
 */
@Injectable()
export class OutboxService {
  async add<Q extends QueueName, N extends JobName<Q>>(
    manager: EntityManager,
    queue: Q,
    jobName: N,
    payload: JobPayload<Q, N>,
    options: OutboxOptions = {},
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO outbox_message (queue, job_name, payload, run_at)
       VALUES ($1, $2, $3::jsonb, COALESCE($4::timestamptz, now() + $5::double precision * interval '1 millisecond')) RETURNING id`,
      [queue, jobName, JSON.stringify(payload), options.runAt ?? null, options.delayMs ?? null],
    );
    return row.id;
  }
}
