import { Redis, type RedisOptions } from 'ioredis';

/** A Redis client that fails fast instead of queueing commands forever while Redis is away. */
export function createRedis(url: string, overrides: RedisOptions = {}): Redis {
  return new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...overrides,
  });
}

/** Start-up check: resolves when Redis answers PING, rejects with a one-line reason otherwise. */
export async function assertRedisReachable(url: string): Promise<void> {
  const client = createRedis(url, { retryStrategy: () => null, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    throw new Error(`REDIS_URL is set but Redis at ${new URL(url).host} cannot be reached (${(err as Error).message})`);
  } finally {
    client.disconnect();
  }
}
