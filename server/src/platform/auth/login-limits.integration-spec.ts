import type { ApiErrorBody } from '@kotopaikka/contracts';

import { createUser, TEST_PASSWORD } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

/** 60 wrong passwords and the right one, all at once, each from a fresh tab; the statuses of the wrong ones and of the right one. */
async function guessAtOnce(t: TestApp, email: string, wrong = 60): Promise<{ wrong: number[]; right: number }> {
  const agents = await Promise.all(
    Array.from({ length: wrong + 1 }, async () => {
      const agent = t.agent();
      await agent.csrf();
      return agent;
    }),
  );
  const answers = await Promise.all(
    agents.map((agent, i) => agent.login(email, i < wrong ? `Wrong-Password-${i}` : TEST_PASSWORD)),
  );
  return { wrong: answers.slice(0, wrong).map((r) => r.status), right: answers[wrong].status };
}

/** At most `limit` passwords were checked: each check answers 401 or 200, every other answer is a 429 before any check. */
function expectAtMostChecked(outcome: { wrong: number[]; right: number }, limit: number): void {
  const all = [...outcome.wrong, outcome.right];
  expect(all.filter((s) => s !== 401 && s !== 200 && s !== 429)).toEqual([]);
  expect(all.filter((s) => s === 401 || s === 200).length).toBeLessThanOrEqual(limit);
  expect(outcome.wrong.filter((s) => s === 401).length).toBeLessThanOrEqual(limit);
}

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

  it('holds the lockout across case variants that PostgreSQL folds together (İ, final Σ)', async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const turkish = await createUser(t.db, { email: `ibrahim-${tag}@example.test` });
    expect(await failTimes(t, turkish.email, 5)).toEqual([401, 401, 401, 401, 401]);
    // JavaScript folds İ to i + U+0307, PostgreSQL to i: the same account, so the same lock.
    const dotted = await t.agent().login(`İbrahim-${tag}@example.test`, TEST_PASSWORD);
    expect(dotted.status).toBe(429);
    expect((dotted.body as ApiErrorBody).code).toBe('account_locked');

    const greek = await createUser(t.db, { email: `οδυσσευσ-${tag}@example.test` });
    // JavaScript folds a word-final Σ to ς, PostgreSQL to σ.
    expect(await failTimes(t, `ΟΔΥΣΣΕΥΣ-${tag}@example.test`, 5)).toEqual([401, 401, 401, 401, 401]);
    const plain = await t.agent().login(greek.email, TEST_PASSWORD);
    expect(plain.status).toBe(429);
    expect((plain.body as ApiErrorBody).code).toBe('account_locked');
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

describe('guesses sent all at once', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The per-address limit well out of the way, so only the account's limit is at work.
    t = await startTestApp({ env: { LOGIN_MAX_IP_FAILURES: '1000' } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('checks at most five passwords of 61 sent at once, and the account ends locked', async () => {
    const user = await createUser(t.db);
    const outcome = await guessAtOnce(t, user.email);
    expectAtMostChecked(outcome, 5);
    const after = await t.agent().login(user.email, TEST_PASSWORD);
    expect(after.status).toBe(429);
    expect((after.body as ApiErrorBody).code).toBe('account_locked');
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

      const other = await createUser(t.db);
      expectAtMostChecked(await guessAtOnce(t, other.email), 3);
      expect((await t.agent().login(other.email, TEST_PASSWORD)).status).toBe(429);
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
    for (let i = 0; i < 8; i++)
      statuses.push((await t.agent().login(`sprayed-${i}@example.test`, 'Summer2024!')).status);
    expect(statuses).toEqual(Array(8).fill(401));

    const user = await createUser(t.db);
    const res = await t.agent().login(user.email, TEST_PASSWORD);
    expect(res.status).toBe(429);
    expect((res.body as ApiErrorBody).code).toBe('too_many_requests');
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(9 * 60);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
  });

  it('checks at most the per-address number of passwords sent at once to many accounts', async () => {
    const fresh = await startTestApp({
      database: t.database,
      env: { LOGIN_MAX_IP_FAILURES: '8', REDIS_PREFIX: `kp-test-ip-${Date.now()}` },
    });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const agent = fresh.agent();
          await agent.csrf();
          return (await agent.login(`sprayed-at-once-${i}@example.test`, 'Summer2024!')).status;
        }),
      );
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(8);
      expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
