import 'reflect-metadata';

import type { INestApplication } from '@nestjs/common';

import { seedDemoDataIfEmpty } from './app.seeder';
import { type AppConfig, ConfigError, loadConfig } from './config/config';
import { runMigrations } from './database/data-source';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { createHttpApp } from './http-app';
import { createRootLogger } from './platform/logging/logger';
import { assertRedisReachable } from './platform/redis/redis';
import type { Runtime } from './runtime';
import { createWorkerApp } from './worker';

const COMMANDS = ['serve', 'migrate', 'seed'] as const;
type Command = (typeof COMMANDS)[number];

function fail(line: string): never {
  process.stderr.write(`kotopaikka: ${line}\n`);
  process.exit(1);
}

async function resolveDatabase(config: AppConfig): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  return startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
}

async function main(): Promise<void> {
  const command = (process.argv[2] ?? 'serve') as Command;
  if (!COMMANDS.includes(command)) fail(`unknown command "${command}" (use ${COMMANDS.join(' or ')})`);

  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const logger = createRootLogger(config);
  const started = Date.now();

  if (config.redisUrl) {
    try {
      await assertRedisReachable(config.redisUrl);
    } catch (err) {
      fail((err as Error).message);
    }
  }

  let database: { url: string; stop: () => Promise<void> };
  try {
    database = await resolveDatabase(config);
  } catch (err) {
    fail(
      config.databaseUrl
        ? `DATABASE_URL: PostgreSQL cannot be reached (${(err as Error).message})`
        : `the embedded PostgreSQL did not start (${(err as Error).message})`,
    );
  }
  try {
    const ran = await runMigrations(database.url);
    if (ran.length > 0) logger.info({ migrations: ran }, 'migrations applied');
  } catch (err) {
    await database.stop();
    fail(`migrations failed: ${(err as Error).message}`);
  }
  if (command === 'seed' || (command === 'serve' && config.seedDemoData)) {
    const seeded = await seedDemoDataIfEmpty(database.url).catch(async (err: Error) => {
      await database.stop();
      fail(`demo data could not be seeded: ${err.message}`);
    });
    if (seeded) logger.info(seeded, 'demo data seeded (accounts in README.md)');
    else if (command === 'seed') logger.info('demo data not seeded: the database already has accounts');
  }
  if (command === 'migrate' || command === 'seed') {
    await database.stop();
    return;
  }

  const runtime: Runtime = { config, databaseUrl: database.url };
  const mode = {
    role: config.appRole,
    mode: config.redisUrl ? 'scaled' : 'single-node',
    database: config.databaseUrl ? 'external' : 'embedded',
  };
  // APP_ROLE=worker runs queue workers and the outbox relay without an HTTP listener; api and all listen.
  const app =
    config.appRole === 'worker' ? await createWorkerApp(runtime, logger) : await createHttpApp(runtime, logger);
  if (config.appRole === 'worker') {
    logger.info({ ...mode, startupMs: Date.now() - started }, 'Kotopaikka worker is running');
  } else {
    await (app as INestApplication).listen(config.port);
    logger.info(
      { ...mode, port: config.port, startupMs: Date.now() - started },
      `Kotopaikka is listening on ${config.publicUrl}`,
    );
  }
  // The one shutdown path: close the app (HTTP, sockets, workers, queue connections), then the database.
  const shutdown = async (): Promise<void> => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
