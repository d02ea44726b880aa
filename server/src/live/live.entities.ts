import { LiveBreakoutEntity, LiveBreakoutGroupEntity, LiveBreakoutMemberEntity } from './breakouts/breakout.entity';
import { CalendarFeedEntity } from './calendar/calendar-feed.entity';
import { LiveChatMessageEntity } from './chat/live-chat-message.entity';
import { LiveChatReportEntity } from './chat/live-chat-report.entity';
import { LiveHandEntity } from './hands/live-hand.entity';
import { LiveRegistrationEntity } from './registration/live-registration.entity';
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
  LiveBreakoutEntity,
  LiveBreakoutGroupEntity,
  LiveBreakoutMemberEntity,
  LiveChatMessageEntity,
  LiveChatReportEntity,
  LiveHandEntity,
];
