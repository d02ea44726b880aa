import { Global, Module } from '@nestjs/common';

import { LiveAdapter } from './live-adapter';
import { LiveEmitter } from './live-emitter.service';
import { LiveGateway } from './live.gateway';
import { LiveSessionGuard } from './live-session.guard';

/** Socket.IO on `/live`: handshake auth, rooms per person and session, cross-node emits. */
@Global()
@Module({
  providers: [LiveAdapter, LiveEmitter, LiveGateway, LiveSessionGuard],
  exports: [LiveEmitter, LiveSessionGuard, LiveAdapter],
})
export class RealtimeModule {}
