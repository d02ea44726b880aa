import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { Server, ServerOptions } from 'socket.io';

import type { AppConfig } from '../../config/config';
import { RealtimeAdapter } from './realtime-adapter';

/** Nest's Socket.IO adapter with our CORS origin and, in scaled mode, the Redis Streams adapter. */
export class RealtimeIoAdapter extends IoAdapter {
  constructor(
    private readonly app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      cors: { origin: this.config.corsOrigin, credentials: true },
      serveClient: false,
      // The fast path for a short drop on the same node; rooms replay from their durable log either way.
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    } as ServerOptions) as Server;
    const adapter = this.app.get(RealtimeAdapter).adapter();
    if (adapter) server.adapter(adapter);
    return server;
  }
}
