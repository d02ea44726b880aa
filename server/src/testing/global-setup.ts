import { ENV_ADMIN_URL, ENV_REDIS_URL, ENV_TEMPLATE, prepareTestServices } from './test-environment';

/** Jest global setup for integration tests: PostgreSQL template and a reachable Redis, or one clear line why not. */
export default async function globalSetup(): Promise<void> {
  try {
    const services = await prepareTestServices({ requireRedis: true });
    process.env[ENV_ADMIN_URL] = services.adminUrl;
    process.env[ENV_TEMPLATE] = services.templateDb;
    process.env[ENV_REDIS_URL] = services.redisUrl ?? '';
    (globalThis as { __kpTeardown?: () => Promise<void> }).__kpTeardown = services.teardown;
  } catch (err) {
    process.stderr.write(`\n${(err as Error).message}\n\n`);
    process.exit(1);
  }
}
