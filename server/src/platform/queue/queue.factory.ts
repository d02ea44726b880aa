import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  createPostgresBackend,
  type DefaultJobOptions,
  type Job,
  type PostgresConnectionOptions,
  Queue,
  Worker,
} from 'bullmq';
import { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { queueBackendKind, redisConnectionOptions } from './queue-connection';
import type { JobName, JobPayload } from './queue-jobs';
import type { QueueName } from './queue-names';

/** Kept long enough that a re-added job id is still known (the outbox relay relies on it), then pruned. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

// BullMQ's generics differ per backend; the platform only uses the common surface.
export type AppQueue = Queue<unknown, unknown, string>;
export type AppWorker = Worker<unknown, unknown, string>;

/** Creates BullMQ queues and workers on the configured backend and closes them on shutdown. */
@Injectable()
export class QueueFactory implements OnApplicationShutdown {
  private readonly logger = new Logger('Queues');
  private readonly queues = new Map<QueueName, AppQueue>();
  private readonly workers: AppWorker[] = [];
  private lastErrorLog = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {}

  get backend(): 'redis' | 'postgres' {
    return queueBackendKind(this.config);
  }

  queue(name: QueueName): AppQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      const opts = { defaultJobOptions: DEFAULT_JOB_OPTIONS };
      queue = this.config.redisUrl
        ? new Queue(name, {
            ...opts,
            connection: redisConnectionOptions(this.config.redisUrl),
            prefix: this.config.redisPrefix,
          })
        : (new Queue(
            name,
            { ...opts, connection: this.postgresConnection() },
            createPostgresBackend,
          ) as unknown as AppQueue);
      queue.on('error', (err) => this.logError(name, err));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Upserts a repeating job (idempotent: every worker node may call it at start; the schedule stays one). */
  async schedule<Q extends QueueName, N extends JobName<Q>>(
    queue: Q,
    schedulerId: string,
    pattern: string,
    job: { name: N; data: JobPayload<Q, N> },
  ): Promise<void> {
    await this.queue(queue).upsertJobScheduler(schedulerId, { pattern }, job);
  }

  worker(name: QueueName, handle: (job: Job) => Promise<unknown>, concurrency: number): AppWorker {
    const worker: AppWorker = this.config.redisUrl
      ? new Worker(name, handle, {
          connection: redisConnectionOptions(this.config.redisUrl),
          prefix: this.config.redisPrefix,
          concurrency,
        })
      : (new Worker(
          name,
          handle,
          { connection: this.postgresConnection(), concurrency },
          createPostgresBackend,
        ) as unknown as AppWorker);
    worker.on('error', (err) => this.logError(name, err));
    worker.on('failed', (job, err) =>
      this.logger.warn(
        { queue: name, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message },
        'job failed',
      ),
    );
    this.workers.push(worker);
    return worker;
  }

  /** Workers first (they finish their running jobs), then the queues. */
  async onApplicationShutdown(): Promise<void> {
    await this.closeWorkers();
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }

  async closeWorkers(): Promise<void> {
    await Promise.allSettled(this.workers.splice(0).map((w) => w.close()));
  }

  // BullMQ keeps its own small pool and schema (`bullmq`) in the application database; it migrates it itself.
  private postgresConnection(): PostgresConnectionOptions {
    return { connectionString: (this.db.options as { url: string }).url, migrate: true, max: 4 };
  }

  // While Redis or PostgreSQL is away every connection reports each retry; one line per 10 s is enough.
  private logError(queue: string, err: Error): void {
    if (Date.now() - this.lastErrorLog < 10_000) return;
    this.lastErrorLog = Date.now();
    this.logger.warn({ queue, err: err.message }, 'queue connection problem');
  }
}
