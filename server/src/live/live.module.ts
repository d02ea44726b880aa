import { Module } from '@nestjs/common';

import { NotesController } from './notes/notes.controller';
import { NotesGateway } from './notes/notes.gateway';
import { NotesService } from './notes/notes.service';
import { NotesStore } from './notes/notes-store.service';
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
  controllers: [NotesController],
  providers: [
    RoomAccess,
    RoomEvents,
    Presence,
    LiveActorGuard,
    LiveRoomGateway,
    LiveProcessor,
    NotesStore,
    NotesGateway,
    NotesService,
  ],
  exports: [RoomAccess, RoomEvents, Presence, LiveActorGuard, NotesStore],
})
export class LiveModule {}
