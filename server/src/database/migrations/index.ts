import { Foundation1764268800000 } from './1764268800000-foundation';
import { Training1764355200000 } from './1764355200000-training';
import { FileReadIndexes1795815098750 } from './1795815098750-file-read-indexes';
import { CourseListingIndex1795815200000 } from './1795815200000-course-listing-index';
import { OutboxRunAt1795834000000 } from './1795834000000-outbox-run-at';
import { RedactSentOneTimeLinks1795837000000 } from './1795837000000-redact-sent-one-time-links';
import { LiveSessions1796000000000 } from './1796000000000-live-sessions';
import { LiveReminders1796020000000 } from './1796020000000-live-reminders';
import { LiveChatHands1796030000000 } from './1796030000000-live-chat-hands';
import { LivePollsBoard1796040000000 } from './1796040000000-live-polls-board';
import { LiveNotes1796050000000 } from './1796050000000-live-notes';
import { LiveBreakouts1796070000000 } from './1796070000000-live-breakouts';
import { LiveBoardGroups1796100000000 } from './1796100000000-live-board-groups';
import { LiveGuestNotices1796110000000 } from './1796110000000-live-guest-notices';
import { MentoringPrograms1797000000000 } from './1797000000000-mentoring-programs';
import { MentorProfiles1797010000000 } from './1797010000000-mentor-profiles';
import { MenteeRequests1797020000000 } from './1797020000000-mentee-requests';
import { MentoringPairings1797030000000 } from './1797030000000-mentoring-pairings';

/** Every migration, oldest first. The server bundle cannot glob, so a new migration is added here. */
export const migrations = [
  Foundation1764268800000,
  Training1764355200000,
  FileReadIndexes1795815098750,
  CourseListingIndex1795815200000,
  OutboxRunAt1795834000000,
  RedactSentOneTimeLinks1795837000000,
  LiveSessions1796000000000,
  LiveReminders1796020000000,
  LivePollsBoard1796040000000,
  LiveChatHands1796030000000,
  LiveBreakouts1796070000000,
  LiveNotes1796050000000,
  LiveBoardGroups1796100000000,
  LiveGuestNotices1796110000000,
  MentoringPrograms1797000000000,
  MentorProfiles1797010000000,
  MenteeRequests1797020000000,
  MentoringPairings1797030000000,
];
