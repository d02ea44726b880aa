import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { createRedis } from '../redis/redis';

type AdapterConstructor = ReturnType<typeof createAdapter>;

/** The Socket.IO adapter for this mode: Redis Streams (scaled, under the Redis prefix) or the in-memory default. */
@Injectable()
export class RealtimeAdapter implements OnApplicationShutdown {
  private client: Redis | null = null;
  private constructorFn: AdapterConstructor | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** `null` in single-node mode: Socket.IO keeps its in-memory adapter. */
  adapter(): AdapterConstructor | null {
    if (!this.config.redisUrl) return null;
    if (!this.constructorFn) {
      this.client = createRedis(this.config.redisUrl, { lazyConnect: false });
      this.client.on('error', () => undefined); // health reports Redis; ioredis reconnects by itself
      const name = `${this.config.redisPrefix}:socket.io`;
      // A 1 s XREAD block keeps shutdown quick (the poller only stops between reads); idle cost is one read a second.
      this.constructorFn = createAdapter(this.client, {
        streamName: name,
        channelPrefix: name,
        sessionKeyPrefix: `${name}:session:`,
        blockTimeInMs: 1000,
      });
    }
    return this.constructorFn;
  }

  onApplicationShutdown(): void {
    this.client?.disconnect();
  }
}
