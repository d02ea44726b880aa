import {
  LiveBoardCardEntity,
  LiveBoardEntity,
  LiveBoardPromptEntity,
  LiveBoardVoteEntity,
} from './board/live-board.entity';
import { LiveBreakoutEntity, LiveBreakoutGroupEntity, LiveBreakoutMemberEntity } from './breakouts/breakout.entity';
import { CalendarFeedEntity } from './calendar/calendar-feed.entity';
import { LiveChatMessageEntity } from './chat/live-chat-message.entity';
import { LiveChatReportEntity } from './chat/live-chat-report.entity';
import { LiveHandEntity } from './hands/live-hand.entity';
import { LiveNoteUpdateEntity } from './notes/live-note-update.entity';
import { LivePollEntity, LivePollOptionEntity, LivePollVoteEntity } from './polls/live-poll.entity';
import { LiveRegistrationEntity } from './registration/live-registration.entity';
import { LiveRegistrationNoticeSentEntity } from './reminders/live-registration-notice-sent.entity';
import { LiveReminderSentEntity } from './reminders/live-reminder-sent.entity';
import {
  LiveAttendanceEntity,
  LiveConnectionEntity,
  LiveEventEntity,
  LiveParticipantEntity,
} from './room/live-room.entity';
import {
  LiveRsvpEntity,
  LiveSessionEntity,
  LiveSessionHostEntity,
  LiveSessionInviteeEntity,
} from './sessions/live-session.entity';

/** The live-sessions capability's tables, for the data source that app.entities.ts composes. */
export const liveEntities = [
  LiveSessionEntity,
  LiveSessionHostEntity,
  LiveSessionInviteeEntity,
  LiveRsvpEntity,
  LiveRegistrationEntity,
  CalendarFeedEntity,
  LiveParticipantEntity,
  LiveEventEntity,
  LiveConnectionEntity,
  LiveAttendanceEntity,
  LiveReminderSentEntity,
  LiveRegistrationNoticeSentEntity,
  LivePollEntity,
  LivePollOptionEntity,
  LivePollVoteEntity,
  LiveBoardEntity,
  LiveBoardPromptEntity,
  LiveBoardCardEntity,
  LiveBoardVoteEntity,
  LiveBreakoutEntity,
  LiveBreakoutGroupEntity,
  LiveBreakoutMemberEntity,
  LiveNoteUpdateEntity,
  LiveChatMessageEntity,
  LiveChatReportEntity,
  LiveHandEntity,
];
