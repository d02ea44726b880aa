import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

import { runMigrations } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { createRedis } from '../platform/redis/redis';

/** Environment variables the global setup hands to every test worker. */
export const ENV_ADMIN_URL = 'KP_TEST_ADMIN_URL';
export const ENV_TEMPLATE = 'KP_TEST_TEMPLATE_DB';
export const ENV_REDIS_URL = 'KP_TEST_REDIS_URL';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface PreparedTestServices {
  adminUrl: string;
  templateDb: string;
  redisUrl: string | null;
  teardown(): Promise<void>;
}

/**
 * PostgreSQL for tests: DATABASE_URL when set, else the server at 127.0.0.1:5432, else an embedded one.
 * A template database is migrated once; each test file clones it (see test-database.ts).
 */
export async function prepareTestServices(options: { requireRedis: boolean }): Promise<PreparedTestServices> {
  let adminUrl: string;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let embeddedDir: string | null = null;
  if (process.env['DATABASE_URL']) {
    adminUrl = withDatabase(process.env['DATABASE_URL'], 'postgres');
  } else if (await canConnect('postgres://postgres@127.0.0.1:5432/postgres')) {
    adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
  } else {
    embeddedDir = mkdtempSync(join(tmpdir(), 'kp-test-pg-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    const embedded = await startEmbeddedPostgres(embeddedDir, port, 'postgres');
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }

  let redisUrl: string | null = null;
  if (options.requireRedis) {
    redisUrl = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
    const redis = createRedis(redisUrl, { retryStrategy: () => null, maxRetriesPerRequest: 0 });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      await redis.ping();
    } catch {
      throw new Error(
        `Integration tests need Redis 6.2+: none answers at ${redisUrl} (start redis-server or set REDIS_URL)`,
      );
    } finally {
      redis.disconnect();
    }
  }

  const templateDb = `kp_tpl_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${templateDb}"`);
  await runMigrations(withDatabase(adminUrl, templateDb));

  return {
    adminUrl,
    templateDb,
    redisUrl,
    teardown: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${templateDb}" WITH (FORCE)`).catch(() => undefined);
      if (stopEmbedded) await stopEmbedded();
      if (embeddedDir) rmSync(embeddedDir, { recursive: true, force: true });
    },
  };
}

/** Deletes every key under a test's own Redis prefix, so runs leave the shared Redis as they found it. */
export async function dropRedisPrefix(url: string, prefix: string): Promise<void> {
  const redis = createRedis(url, { retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
