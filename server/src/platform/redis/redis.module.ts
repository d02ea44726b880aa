import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { createRedis } from './redis';

export const REDIS = Symbol('REDIS');

/** Closes the shared Redis client on shutdown. */
@Injectable()
class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}
  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }
}

/** The shared Redis client in scaled mode; `null` in single-node mode. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null => {
        if (!config.redisUrl) return null;
        const client = createRedis(config.redisUrl, { lazyConnect: false });
        client.on('error', () => undefined); // health reports it; ioredis reconnects by itself
        return client;
      },
    },
    RedisLifecycle,
  ],
  exports: [REDIS],
})
export class RedisModule {}
