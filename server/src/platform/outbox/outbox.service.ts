import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Records a job in the caller's transaction; the relay enqueues it after commit.
 * The outbox row id becomes the BullMQ job id, so relaying twice never runs the job twice.
 */
@Injectable()
export class OutboxService {
  async add(manager: EntityManager, queue: string, jobName: string, payload: Record<string, unknown>): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO outbox_message (queue, job_name, payload) VALUES ($1, $2, $3::jsonb) RETURNING id`,
      [queue, jobName, JSON.stringify(payload)],
    );
    return row.id;
  }
}
