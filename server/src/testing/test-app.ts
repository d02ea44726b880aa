import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type AppConfig, loadConfig } from '../config/config';
import { createHttpApp } from '../http-app';
import { createRootLogger } from '../platform/logging/logger';
import { TestAgent } from './test-agent';
import { createTestDatabase, type TestDatabase } from './test-database';
import { dropRedisPrefix, ENV_REDIS_URL } from './test-environment';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  config: AppConfig;
  db: DataSource;
  database: TestDatabase;
  agent(): TestAgent;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Scaled mode (Redis) is the default for integration tests; `false` runs single-node (BullMQ on PostgreSQL). */
  redis?: boolean;
  /** Extra environment, e.g. `{ SMTP_URL, SESSION_IDLE_MINUTES }`. */
  env?: Record<string, string>;
  /** Reuse a database (e.g. to run two nodes on one database). */
  database?: TestDatabase;
}

const appsByDatabase = new WeakMap<DataSource, INestApplication>();

/** The running test application that owns this data source (for test helpers that are handed only `db`). */
export function testAppOf(db: DataSource): INestApplication | undefined {
  return appsByDatabase.get(db);
}

/** The real HTTP application on a random port, on its own fresh database and its own Redis key prefix. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const redisUrl = options.redis === false ? '' : process.env[ENV_REDIS_URL] || 'redis://127.0.0.1:6379';
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '3000',
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `kp-test-${randomBytes(4).toString('hex')}`,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent',
    ...options.env,
  });
  const app = await createHttpApp({ config, databaseUrl: database.url }, createRootLogger(config));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  appsByDatabase.set(app.get(DataSource), app);
  return {
    app,
    baseUrl,
    config,
    db: app.get(DataSource),
    database,
    agent: () => new TestAgent(baseUrl),
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
      // A prefix passed in is shared with another node, which cleans it up itself.
      if (config.redisUrl && !options.env?.['REDIS_PREFIX']) await dropRedisPrefix(config.redisUrl, config.redisPrefix);
    },
  };
}
