import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { Server, ServerOptions } from 'socket.io';

import type { AppConfig } from '../../config/config';
import { depthLimitedParser } from './depth-limited-parser';
import { RealtimeAdapter } from './realtime-adapter';

/** Nest's Socket.IO adapter with our CORS origin, the depth-limited parser and, in scaled mode, the Redis Streams adapter. */
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
      // Refuses a payload nested deeper than the HTTP body's cap before JSON.parse sees it.
      parser: depthLimitedParser,
      // No connectionStateRecovery: rooms replay from their durable log after any drop, on any node, and with
      // recovery on, a socket refused by the session guard never received its `session:ended` before the close.
    } as ServerOptions) as Server;
    const adapter = this.app.get(RealtimeAdapter).adapter();
    if (adapter) server.adapter(adapter);
    return server;
  }
}
