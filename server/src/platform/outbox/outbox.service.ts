import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { OutboxMessageEntity } from './outbox-message.entity';

/**
 * Records a job in the caller's transaction; the relay enqueues it after commit.
 * The outbox row id becomes the BullMQ job id, so relaying twice never runs the job twice.
 */
@Injectable()
export class OutboxService {
  async add(manager: EntityManager, queue: string, jobName: string, payload: Record<string, unknown>): Promise<string> {
    const result = await manager.insert(OutboxMessageEntity, { queue, jobName, payload });
    return result.identifiers[0]['id'] as string;
  }
}
