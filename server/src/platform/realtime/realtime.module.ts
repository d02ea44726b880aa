import { Global, Module } from '@nestjs/common';

import { RealtimeGateway } from './realtime.gateway';
import { RealtimeAdapter } from './realtime-adapter';
import { RealtimeEmitter } from './realtime-emitter.service';
import { RealtimeSessionGuard } from './realtime-session.guard';

/** Socket.IO on `/live`: handshake auth, rooms per person and session, cross-node emits. */
@Global()
@Module({
  providers: [RealtimeAdapter, RealtimeEmitter, RealtimeGateway, RealtimeSessionGuard],
  exports: [RealtimeEmitter, RealtimeSessionGuard, RealtimeAdapter],
})
export class RealtimeModule {}
