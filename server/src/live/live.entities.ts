import { LiveBreakoutEntity, LiveBreakoutGroupEntity, LiveBreakoutMemberEntity } from './breakouts/breakout.entity';
import { LiveChatMessageEntity } from './chat/live-chat-message.entity';
import { LiveChatReportEntity } from './chat/live-chat-report.entity';
import { LiveHandEntity } from './hands/live-hand.entity';
import { LiveParticipantEntity } from './room/live-participant.entity';
import { LiveRegistrationEntity } from './sessions/live-registration.entity';
import { LiveSessionEntity } from './sessions/live-session.entity';

/** The live-sessions capability's tables, for the data source that app.entities.ts composes. */
export const liveEntities = [
  LiveSessionEntity,
  LiveRegistrationEntity,
  LiveParticipantEntity,
  LiveChatMessageEntity,
  LiveChatReportEntity,
  LiveHandEntity,
  LiveBreakoutEntity,
  LiveBreakoutGroupEntity,
  LiveBreakoutMemberEntity,
];
