import { Module } from '@nestjs/common';

import { LiveGuests } from './registration/live-guests';
import { PublicRegistrationController } from './registration/public-registration.controller';
import { RegistrationService } from './registration/registration.service';
import { RegistrationLimits } from './registration/registration-limits';
import { LiveActorGuard } from './room/live-actor';
import { LiveRoomGateway } from './room/live-room.gateway';
import { LiveProcessor } from './room/live-sweep.processor';
import { Presence } from './room/presence.service';
import { RoomAccess } from './room/room-access.service';
import { RoomEvents } from './room/room-events.service';

/**
 * Live sessions: scheduling, registration and the live room. Room features (chat, hands, polls, notes,
 * board, breakouts) are gateways and services beside the kernel, each on RoomAccess and RoomEvents.
 */
@Module({
  controllers: [PublicRegistrationController],
  providers: [
    RoomAccess,
    RoomEvents,
    Presence,
    LiveActorGuard,
    LiveRoomGateway,
    LiveProcessor,
    RegistrationService,
    RegistrationLimits,
    LiveGuests,
  ],
  exports: [RoomAccess, RoomEvents, Presence, LiveActorGuard, RegistrationService],
})
export class LiveModule {}
