import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { REDIS } from '../redis/redis.module';
import { MemoryRateLimitStore } from './memory-rate-limit-store';
import { RATE_LIMIT_STORE, type RateLimitStore } from './rate-limit-store';
import { RedisRateLimitStore } from './redis-rate-limit-store';
import { StoreThrottlerStorage } from './store-throttler-storage';

/** The shared RateLimitStore and the throttler configured on it. The guard itself is an APP_GUARD in AuthModule. */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, RATE_LIMIT_STORE],
      useFactory: (config: AppConfig, store: RateLimitStore) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }],
        storage: new StoreThrottlerStorage(store),
        // One budget per client address across all routes (the default keys per route). 'default' keeps the plain Retry-After header.
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
      }),
    }),
  ],
  providers: [
    {
      provide: RATE_LIMIT_STORE,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig): RateLimitStore =>
        redis ? new RedisRateLimitStore(redis, config.redisPrefix) : new MemoryRateLimitStore(),
    },
  ],
  exports: [RATE_LIMIT_STORE],
})
export class RateLimitModule {}
