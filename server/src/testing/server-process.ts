import 'reflect-metadata';

import type { AddressInfo } from 'node:net';

import { loadConfig } from '../config/config';
import { createHttpApp } from '../http-app';
import { createRootLogger } from '../platform/logging/logger';

/**
 * A child server process of a multi-node test (started by server-processes.ts): the real HTTP application on
 * the environment's database and Redis prefix. Prints `ready <port>` once it listens; a test may SIGKILL it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const databaseUrl = config.databaseUrl;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const app = await createHttpApp({ config, databaseUrl }, createRootLogger(config));
  await app.listen(Number(process.env['TEST_PORT'] ?? 0), '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  process.stdout.write(`ready ${port}\n`);
  process.once('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

main().catch((err: Error) => {
  process.stderr.write(`server-process: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
