import type { ApiErrorBody } from '@kotopaikka/contracts';

import { createUser, TEST_PASSWORD } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

async function failTimes(t: TestApp, email: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await t.agent().login(email, `Wrong-Password-${i}`)).status);
  return statuses;
}

describe('account lockout (defaults: 5 failures in 15 minutes lock for 15 minutes)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('locks the account after five failures: even the right password gets 429 account_locked with Retry-After', async () => {
    const user = await createUser(t.db);
    expect(await failTimes(t, user.email, 5)).toEqual([401, 401, 401, 401, 401]);

    const res = await t.agent().login(user.email, TEST_PASSWORD);
    expect(res.status).toBe(429);
    expect((res.body as ApiErrorBody).code).toBe('account_locked');
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('kp_session='))).toBe(false);

    // Another person from the same address is not affected.
    const other = await createUser(t.db);
    expect((await t.agent().login(other.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('locks an unknown address the same way, so the lockout reveals nothing', async () => {
    expect(await failTimes(t, 'ghost@example.test', 5)).toEqual([401, 401, 401, 401, 401]);
    const res = await t.agent().login('GHOST@example.test', TEST_PASSWORD);
    expect(res.status).toBe(429);
    expect((res.body as ApiErrorBody).code).toBe('account_locked');
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await createUser(t.db);
    await failTimes(t, user.email, 4);
    expect((await t.agent().login(user.email, TEST_PASSWORD)).status).toBe(200);
    expect(await failTimes(t, user.email, 4)).toEqual([401, 401, 401, 401]);
    expect((await t.agent().login(user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('lets many different people sign in from one office address', async () => {
    const people = await Promise.all(Array.from({ length: 25 }, () => createUser(t.db)));
    for (const person of people) {
      expect((await t.agent().login(person.email, TEST_PASSWORD)).status).toBe(200);
    }
  });

  it('keeps the lockout counters in Redis under the configured prefix', async () => {
    const user = await createUser(t.db);
    await failTimes(t, user.email, 1);
    const { Redis } = await import('ioredis');
    const redis = new Redis(t.config.redisUrl ?? '');
    try {
      const keys = await redis.keys(`${t.config.redisPrefix}:rl:login:*`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(await redis.pttl(key)).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});

describe('lockout across nodes', () => {
  it('counts failures on one node against sign-ins on another (shared Redis)', async () => {
    const a = await startTestApp({ env: { REDIS_PREFIX: `kp-test-shared-${Date.now()}` } });
    const b = await startTestApp({ database: a.database, env: { REDIS_PREFIX: a.config.redisPrefix } });
    try {
      const user = await createUser(a.db);
      await failTimes(a, user.email, 3);
      await failTimes(b, user.email, 2);
      const res = await a.agent().login(user.email, TEST_PASSWORD);
      expect(res.status).toBe(429);
      expect((res.body as ApiErrorBody).code).toBe('account_locked');
    } finally {
      await b.close();
      await a.close();
    }
  });
});

describe('lockout in single-node mode (in-memory counters)', () => {
  it('locks the account just the same', async () => {
    const t = await startTestApp({ redis: false, env: { LOGIN_MAX_ACCOUNT_FAILURES: '3' } });
    try {
      const user = await createUser(t.db);
      expect(await failTimes(t, user.email, 3)).toEqual([401, 401, 401]);
      const res = await t.agent().login(user.email, TEST_PASSWORD);
      expect(res.status).toBe(429);
      expect((res.body as ApiErrorBody).code).toBe('account_locked');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});

describe('per-address failure limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_MAX_IP_FAILURES: '8', LOGIN_FAILURE_WINDOW_MINUTES: '10' } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('pauses an address that fails too often across many accounts, for everyone signing in from it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await t.agent().login(`sprayed-${i}@example.test`, 'Summer2024!')).status);
    expect(statuses).toEqual(Array(8).fill(401));

    const user = await createUser(t.db);
    const res = await t.agent().login(user.email, TEST_PASSWORD);
    expect(res.status).toBe(429);
    expect((res.body as ApiErrorBody).code).toBe('too_many_requests');
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(9 * 60);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
  });
});
