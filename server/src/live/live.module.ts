import { Module } from '@nestjs/common';

import { BreakoutsGateway } from './breakouts/breakouts.gateway';
import { Breakouts } from './breakouts/breakouts.service';
import { LiveReminders } from './reminders/live-reminders.service';
import { LiveActorGuard } from './room/live-actor';
import { LiveRoomGateway } from './room/live-room.gateway';
import { LiveProcessor } from './room/live-sweep.processor';
import { Presence } from './room/presence.service';
import { RoomAccess } from './room/room-access.service';
import { RoomEvents } from './room/room-events.service';
import { LiveSessionsController } from './sessions/live-sessions.controller';
import { LiveSessionsService } from './sessions/live-sessions.service';
import { RsvpService } from './sessions/rsvp.service';
import { Waitlist } from './sessions/waitlist.service';

/**
 * Live sessions: scheduling, registration and the live room. Room features (chat, hands, polls, notes,
 * board, breakouts) are gateways and services beside the kernel, each on RoomAccess and RoomEvents.
 */
@Module({
  controllers: [LiveSessionsController],
  providers: [
    RoomAccess,
    RoomEvents,
    Presence,
    LiveActorGuard,
    LiveRoomGateway,
    LiveProcessor,
    Breakouts,
    BreakoutsGateway,
    LiveSessionsService,
    RsvpService,
    Waitlist,
    LiveReminders,
  ],
  exports: [RoomAccess, RoomEvents, Presence, LiveActorGuard, Breakouts, LiveReminders, Waitlist],
})
export class LiveModule {}
