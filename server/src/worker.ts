import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';

import { AppModule } from './app.module';
import { NestPinoLogger } from './platform/logging/logger';
import type { Runtime } from './runtime';

/**
 * A worker node: the same modules without an HTTP listener. With APP_ROLE=worker the queue workers and the
 * outbox relay start (QueueWorkers, OutboxRelay); sockets are reached through the Redis Streams adapter.
 */
export async function createWorkerApp(runtime: Runtime, logger: Logger): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(runtime), {
    logger: new NestPinoLogger(logger),
  });
  await app.init();
  return app;
}
