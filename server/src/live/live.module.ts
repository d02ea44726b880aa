import { Module } from '@nestjs/common';

import { LiveAttendance } from './attendance/attendance.service';
import { BoardsController, SessionBoardsController } from './board/board.controller';
import { BoardGateway } from './board/board.gateway';
import { BoardService } from './board/board.service';
import { BoardAccess } from './board/board-access';
import { BreakoutsGateway } from './breakouts/breakouts.gateway';
import { Breakouts } from './breakouts/breakouts.service';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { LiveChatGateway } from './chat/chat.gateway';
import { LiveChat } from './chat/chat.service';
import { LiveHandsGateway } from './hands/hands.gateway';
import { LiveHands } from './hands/hands.service';
import { NotesController } from './notes/notes.controller';
import { NotesGateway } from './notes/notes.gateway';
import { NotesService } from './notes/notes.service';
import { NotesStore } from './notes/notes-store.service';
import { PollsGateway } from './polls/polls.gateway';
import { PollsService } from './polls/polls.service';
import { GuestMail } from './registration/guest-mail';
import { LiveGuests } from './registration/live-guests';
import { PublicRegistrationController } from './registration/public-registration.controller';
import { RegistrationService } from './registration/registration.service';
import { RegistrationLimits } from './registration/registration-limits';
import { LiveReminders } from './reminders/live-reminders.service';
import { AttendanceCredit } from './report/attendance-credit.service';
import { LiveReportController } from './report/report.controller';
import { LiveReportService } from './report/report.service';
import { LiveActorGuard } from './room/live-actor';
import { LiveRoomGateway } from './room/live-room.gateway';
import { LiveProcessor } from './room/live-sweep.processor';
import { ParticipantRemoval } from './room/participant-removal';
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
  controllers: [
    LiveSessionsController,
    CalendarController,
    SessionBoardsController,
    BoardsController,
    NotesController,
    PublicRegistrationController,
    LiveReportController,
  ],
  providers: [
    RoomAccess,
    RoomEvents,
    Presence,
    ParticipantRemoval,
    LiveActorGuard,
    LiveRoomGateway,
    LiveProcessor,
    LiveReminders,
    CalendarService,
    PollsService,
    PollsGateway,
    BoardService,
    BoardAccess,
    BoardGateway,
    Breakouts,
    BreakoutsGateway,
    NotesStore,
    NotesGateway,
    NotesService,
    LiveSessionsService,
    RsvpService,
    Waitlist,
    LiveChat,
    LiveChatGateway,
    LiveHands,
    LiveHandsGateway,
    LiveAttendance,
    RegistrationService,
    RegistrationLimits,
    GuestMail,
    LiveGuests,
    LiveReportService,
    AttendanceCredit,
  ],
  exports: [
    RoomAccess,
    RoomEvents,
    Presence,
    LiveActorGuard,
    LiveReminders,
    Breakouts,
    NotesStore,
    Waitlist,
    LiveAttendance,
    LiveChat,
    RegistrationService,
    LiveSessionsService,
  ],
})
export class LiveModule {}
