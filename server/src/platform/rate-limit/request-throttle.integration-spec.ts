import type { ApiErrorBody } from '@kotopaikka/contracts';

import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

import { waitFor } from '../../testing/eventually';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { ENV_REDIS_URL } from '../../testing/test-environment';
import { ApiException } from '../errors/api.exception';
import { createRedis } from '../redis/redis';
import { RedisRateLimitStore } from './redis-rate-limit-store';
import { StoreThrottlerStorage } from './store-throttler-storage';

async function statuses(t: TestApp, path: string, times: number): Promise<number[]> {
  const agent = t.agent();
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push((await agent.get(path)).status);
  return out;
}

describe('general per-address request limit (RATE_LIMIT_PER_MINUTE)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '10' } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses the request over the limit with 429 too_many_requests and Retry-After, but never /api/health', async () => {
    const agent = t.agent();
    const first = await agent.get('/api/auth/csrf');
    expect(first.headers.get('x-ratelimit-limit')).toBe('10');
    expect(await statuses(t, '/api/auth/csrf', 9)).toEqual(Array(9).fill(200));

    const refused = await agent.get<ApiErrorBody>('/api/auth/me');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('too_many_requests');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await agent.post<ApiErrorBody>('/api/auth/login', { email: 'a@b.fi', password: 'x' })).status).toBe(429);

    expect(await statuses(t, '/api/health', 15)).toEqual(Array(15).fill(200));
  });
});

describe('request limit across nodes and in single-node mode', () => {
  it('adds up requests on two nodes sharing Redis', async () => {
    const a = await startTestApp({
      env: { RATE_LIMIT_PER_MINUTE: '10', REDIS_PREFIX: `kp-test-rl-${randomBytes(4).toString('hex')}` },
    });
    const b = await startTestApp({
      database: a.database,
      env: { RATE_LIMIT_PER_MINUTE: '10', REDIS_PREFIX: a.config.redisPrefix },
    });
    try {
      expect(await statuses(a, '/api/auth/csrf', 5)).toEqual(Array(5).fill(200));
      expect(await statuses(b, '/api/auth/csrf', 5)).toEqual(Array(5).fill(200));
      expect(await statuses(a, '/api/auth/csrf', 1)).toEqual([429]);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('limits in memory without Redis', async () => {
    const t = await startTestApp({ redis: false, env: { RATE_LIMIT_PER_MINUTE: '10' } });
    try {
      expect(await statuses(t, '/api/auth/csrf', 11)).toEqual([...Array(10).fill(200), 429]);
    } finally {
      await t.close();
    }
  });
});

describe('RedisRateLimitStore', () => {
  const url = process.env[ENV_REDIS_URL] || 'redis://127.0.0.1:6379';
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(url);
  });

  afterAll(() => {
    redis.disconnect();
  });

  it('counts in a window that expires in Redis, under the prefix', async () => {
    const prefix = `kp-test-store-${randomBytes(4).toString('hex')}`;
    const store = new RedisRateLimitStore(redis, prefix);
    expect((await store.increment('k', 5000)).count).toBe(1);
    const second = await store.increment('k', 5000);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeGreaterThan(4000);
    expect(second.resetInMs).toBeLessThanOrEqual(5000);
    expect(await redis.get(`${prefix}:rl:k`)).toBe('2');
    expect((await store.peek('k'))?.count).toBe(2);
    await store.release('k');
    expect(await redis.get(`${prefix}:rl:k`)).toBe('1');
    expect(await redis.pttl(`${prefix}:rl:k`)).toBeGreaterThan(0);
    await store.reset('k');
    expect(await store.peek('k')).toBeNull();
    await store.release('k');
    expect(await redis.exists(`${prefix}:rl:k`)).toBe(0);

    await store.increment('short', 50);
    // The 50 ms window ends by itself: Redis expires the key.
    await waitFor(async () => (await store.peek('short')) === null, {
      timeoutMs: 2000,
      intervalMs: 20,
      what: 'short window expired',
    });
    expect((await store.increment('short', 50)).count).toBe(1);
  });

  it('answers 503 when Redis is away, while the general request limit lets requests through', async () => {
    const away = createRedis('redis://127.0.0.1:1', {
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
    });
    away.on('error', () => undefined);
    try {
      const store = new RedisRateLimitStore(away, 'kp-test-away');
      const failure = await store.increment('k', 1000).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(ApiException);
      expect((failure as ApiException).getStatus()).toBe(503);
      const record = await new StoreThrottlerStorage(store).increment('k', 60_000, 10, 60_000, 'default');
      expect(record.isBlocked).toBe(false);
    } finally {
      away.disconnect();
    }
  });
});
