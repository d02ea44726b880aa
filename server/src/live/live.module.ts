import { Module } from '@nestjs/common';

import { LiveAttendance } from './attendance/attendance.service';
import { BreakoutsGateway } from './breakouts/breakouts.gateway';
import { Breakouts } from './breakouts/breakouts.service';
import { LiveChatGateway } from './chat/chat.gateway';
import { LiveChat } from './chat/chat.service';
import { LiveHandsGateway } from './hands/hands.gateway';
import { LiveHands } from './hands/hands.service';
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
  providers: [
    RoomAccess,
    RoomEvents,
    Presence,
    LiveActorGuard,
    LiveRoomGateway,
    LiveProcessor,
    Breakouts,
    BreakoutsGateway,
    LiveChat,
    LiveChatGateway,
    LiveHands,
    LiveHandsGateway,
    LiveAttendance,
  ],
  exports: [RoomAccess, RoomEvents, Presence, LiveActorGuard, Breakouts, LiveAttendance, LiveChat],
})
export class LiveModule {}
