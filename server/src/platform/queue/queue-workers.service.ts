import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobProcessor, QUEUE_PROCESSOR } from './job-processor';
import { QueueFactory } from './queue.factory';
import type { QueueJob } from './queue-jobs';
import type { QueueName } from './queue-names';

export function runsWorkers(config: Pick<AppConfig, 'appRole'>): boolean {
  return config.appRole === 'worker' || config.appRole === 'all';
}

/** On worker nodes, starts one BullMQ worker per discovered `@QueueProcessor`. */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Queues');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly factory: QueueFactory,
  ) {}

  onApplicationBootstrap(): void {
    if (!runsWorkers(this.config)) return;
    const started: QueueName[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!wrapper.metatype || !(instance instanceof JobProcessor)) continue;
      const queue = this.reflector.get<QueueName | undefined>(QUEUE_PROCESSOR, wrapper.metatype);
      if (!queue) continue;
      if (started.includes(queue)) throw new Error(`two processors for queue "${queue}"`);
      // The store hands jobs back untyped; the queue's processor switches on the name, which fixes the payload.
      this.factory.worker(queue, (job: Job) => instance.process(job as QueueJob<QueueName>), instance.concurrency);
      started.push(queue);
    }
    this.logger.log({ queues: started, backend: this.factory.backend }, 'workers started');
  }

  // Before the database closes: running jobs finish, no new ones start.
  async beforeApplicationShutdown(): Promise<void> {
    await this.factory.closeWorkers();
  }
}
