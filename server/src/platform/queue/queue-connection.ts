import type { ConnectionOptions } from 'bullmq';

import type { AppConfig } from '../../config/config';

/** Which store carries the queues: Redis in scaled mode, the application's PostgreSQL otherwise. */
export type QueueBackendKind = 'redis' | 'postgres';

export function queueBackendKind(config: Pick<AppConfig, 'redisUrl'>): QueueBackendKind {
  return config.redisUrl ? 'redis' : 'postgres';
}

/** ioredis options for BullMQ's own connections (it needs `maxRetriesPerRequest: null` for blocking workers). */
export function redisConnectionOptions(redisUrl: string): ConnectionOptions {
  const url = new URL(redisUrl);
  const db = url.pathname.replace(/^\//, '');
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: db ? Number(db) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(times * 200, 2000),
  };
}
