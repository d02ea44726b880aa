import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { SessionService } from '../auth/session.service';
import { JobProcessor, QueueProcessor } from '../queue/job-processor';
import { QueueFactory } from '../queue/queue.factory';
import type { QueueJob } from '../queue/queue-jobs';
import { QUEUE_NAMES } from '../queue/queue-names';
import { runsWorkers } from '../queue/queue-workers.service';

export const MAINTENANCE_SCHEDULER_ID = 'maintenance-hourly';
export const MAINTENANCE_SCHEDULE = '17 * * * *';
/** Used or revoked invitation and reset links are kept this long for support questions, then deleted. */
export const SPENT_TOKEN_RETENTION_DAYS = 30;

export interface PurgeResult {
  sessions: number;
  tokens: number;
}

/** Hourly housekeeping: ended sessions and long-spent one-time tokens leave the database. Safe to run twice. */
@QueueProcessor(QUEUE_NAMES.maintenance)
@Injectable()
export class MaintenanceProcessor extends JobProcessor<'maintenance'> implements OnApplicationBootstrap {
  override readonly concurrency = 1;
  private readonly logger = new Logger('Maintenance');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly factory: QueueFactory,
    private readonly sessions: SessionService,
    private readonly db: DataSource,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config)) return;
    await this.factory.schedule(QUEUE_NAMES.maintenance, MAINTENANCE_SCHEDULER_ID, MAINTENANCE_SCHEDULE, {
      name: 'purge',
      data: {},
    });
  }

  async process(job: QueueJob<'maintenance'>): Promise<PurgeResult> {
    switch (job.name) {
      case 'purge':
        return this.purge();
      default: {
        const unknown: never = job.name;
        throw new Error(`maintenance queue has no job "${String(unknown)}"`);
      }
    }
  }

  async purge(): Promise<PurgeResult> {
    const sessions = await this.sessions.purgeExpired();
    const [, tokens] = await this.db.query(
      `DELETE FROM auth_token
        WHERE COALESCE(used_at, revoked_at, expires_at) < now() - make_interval(days => $1)`,
      [SPENT_TOKEN_RETENTION_DAYS],
    );
    this.logger.log({ sessions, tokens }, 'purged ended sessions and spent tokens');
    return { sessions, tokens: tokens as number };
  }
}
