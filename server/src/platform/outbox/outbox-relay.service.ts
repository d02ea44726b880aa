import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { TableRow } from '../../database/table-row';
import { isQueueName } from '../queue/queue-names';
import { QueueProducer } from '../queue/queue-producer.service';
import { runsWorkers } from '../queue/queue-workers.service';
import type { OutboxMessageEntity } from './outbox-message.entity';

const POLL_MS = 500;
const BATCH = 20;
// While the queue store is away an add would wait for it, holding the row locks; give up and retry instead.
const ADD_TIMEOUT_MS = 5000;

type PendingRow = TableRow<OutboxMessageEntity, 'id' | 'queue' | 'jobName' | 'payload'>;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error('queue add timed out')), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Moves committed outbox rows into BullMQ once they are due. Rows are claimed FOR UPDATE SKIP LOCKED so several
 * worker nodes share the work, and each job id is the row id, so a row relayed twice (crash before marking) runs once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  private lastErrorLog = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly producer: QueueProducer,
  ) {}

  onApplicationBootstrap(): void {
    if (runsWorkers(this.config)) this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Relays one batch; returns how many rows it dispatched. */
  async relayOnce(): Promise<number> {
    return this.db.transaction(async (manager) => {
      // A row with run_at waits here, in the system of record, until it is due (ix_outbox_message_due).
      const rows: PendingRow[] = await manager.query(
        `SELECT id, queue, job_name, payload FROM outbox_message
          WHERE dispatched_at IS NULL AND COALESCE(run_at, created_at) <= now()
          ORDER BY COALESCE(run_at, created_at) LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      for (const row of rows) {
        if (!isQueueName(row.queue)) {
          this.logger.error(
            { outboxId: row.id, queue: row.queue },
            'outbox row names an unknown queue; marked dispatched',
          );
          continue;
        }
        await within(
          this.producer.addRecorded(row.queue, row.job_name, row.payload, { jobId: row.id }),
          ADD_TIMEOUT_MS,
        );
      }
      if (rows.length > 0) {
        await manager.query(`UPDATE outbox_message SET dispatched_at = now() WHERE id = ANY($1::uuid[])`, [
          rows.map((r) => r.id),
        ]);
      }
      return rows.length;
    });
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = null));
    }, delay);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    let next = POLL_MS;
    try {
      // A full batch means more may be waiting: go again at once.
      if ((await this.relayOnce()) === BATCH) next = 0;
    } catch (err) {
      if (Date.now() - this.lastErrorLog > 10_000) {
        this.lastErrorLog = Date.now();
        this.logger.warn({ err: (err as Error).message }, 'outbox relay failed; retrying');
      }
    }
    this.schedule(next);
  }
}
