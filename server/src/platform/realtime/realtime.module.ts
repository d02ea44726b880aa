import { Global, Module } from '@nestjs/common';

import { RealtimeGateway } from './realtime.gateway';
import { RealtimeAdapter } from './realtime-adapter';
import { RealtimeEmitter } from './realtime-emitter.service';
import { RealtimeGuests } from './realtime-guests';
import { RealtimeSessionGuard } from './realtime-session.guard';

/** Socket.IO on `/live`: handshake auth, rooms per person and session, cross-node emits. */
@Global()
@Module({
  providers: [RealtimeAdapter, RealtimeEmitter, RealtimeGateway, RealtimeSessionGuard, RealtimeGuests],
  exports: [RealtimeEmitter, RealtimeSessionGuard, RealtimeAdapter, RealtimeGuests],
})
export class RealtimeModule {}
