import { ErrorCode } from '@kotopaikka/contracts';

import { HttpStatus } from '@nestjs/common';
import type { Redis } from 'ioredis';

import { ApiException } from '../errors/api.exception';
import type { RateLimitCounter, RateLimitStore } from './rate-limit-store';

// INCR and PEXPIRE in one atomic step, so two nodes hitting a new key cannot leave it without an expiry.
const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

const PEEK = `
local count = redis.call('GET', KEYS[1])
if not count then return nil end
return {tonumber(count), redis.call('PTTL', KEYS[1])}`;

// DECR only an existing positive counter, which keeps its expiry; a missing key must not become -1 without one.
const RELEASE = `
local count = tonumber(redis.call('GET', KEYS[1]))
if count and count > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

function unavailable(): ApiException {
  return new ApiException(
    HttpStatus.SERVICE_UNAVAILABLE,
    ErrorCode.ServiceUnavailable,
    'A service the platform depends on is unavailable; try again shortly',
  );
}

/** Counters shared by every node, under `<prefix>:rl:`. A Redis failure becomes a 503, never a silent pass. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async increment(key: string, windowMs: number): Promise<RateLimitCounter> {
    const [count, ttl] = (await this.run(() =>
      this.redis.eval(INCREMENT, 1, this.key(key), Math.max(1, Math.round(windowMs))),
    )) as [number, number];
    return { count, resetInMs: ttl };
  }

  async peek(key: string): Promise<RateLimitCounter | null> {
    const result = (await this.run(() => this.redis.eval(PEEK, 1, this.key(key)))) as [number, number] | null;
    if (!result || result[1] < 0) return null;
    return { count: result[0], resetInMs: result[1] };
  }

  async reset(key: string): Promise<void> {
    await this.run(() => this.redis.del(this.key(key)));
  }

  async release(key: string): Promise<void> {
    await this.run(() => this.redis.eval(RELEASE, 1, this.key(key)));
  }

  private key(key: string): string {
    return `${this.prefix}:rl:${key}`;
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch {
      throw unavailable();
    }
  }
}
