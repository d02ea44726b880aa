import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { QueueFactory } from './queue.factory';
import { QueueProducer } from './queue-producer.service';
import { QueueWorkers } from './queue-workers.service';

/** BullMQ on Redis (scaled) or PostgreSQL (single node); workers only where `APP_ROLE` is worker or all. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [QueueFactory, QueueProducer, QueueWorkers],
  exports: [QueueFactory, QueueProducer],
})
export class QueueModule {}
