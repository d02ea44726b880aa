import type { IdName, Locale } from './common';
import type { LiveSessionKind, LiveSessionStatus } from './live';
import type { LiveBoard } from './live-board';
import type { LivePoll } from './socket/live-polls.events';
import type { LiveRole } from './socket/live-room.events';
import type { LocalizedText } from './training';

/** One stay in the room: from joining until leaving (`null` while still there). */
export interface LiveReportStay {
  joinedAt: string;
  leftAt: string | null;
}

/** One participant's attendance; guests by the name they gave, never an e-mail. */
export interface LiveReportAttendee {
  participantId: string;
  name: string;
  role: LiveRole;
  firstJoinedAt: string;
  lastLeftAt: string | null;
  /** Whole minutes over all stays (two tabs counted once). */
  minutes: number;
  stays: LiveReportStay[];
}

export interface LiveReportTotals {
  /** Everyone who was in the room, guests included. */
  participants: number;
  guests: number;
  medianMinutes: number;
  averageMinutes: number;
  /** Most people in the room at the same moment. */
  peakConcurrent: number;
}

/** `GET /api/live-sessions/:id/report`: the record a session leaves (hosts, its coordinators, admins). */
export interface LiveSessionReport {
  session: {
    id: string;
    kind: LiveSessionKind;
    title: LocalizedText;
    status: LiveSessionStatus;
    startsAt: string;
    endsAt: string;
    startedAt: string | null;
    endedAt: string | null;
    municipality: IdName;
    hosts: IdName[];
    course: { id: string; title: LocalizedText } | null;
    completionMinutes: number | null;
  };
  attendance: LiveReportAttendee[];
  totals: LiveReportTotals;
  /** Messages sent, counted from the rows that stay after retention purges their text. */
  chatMessages: number;
  /** Results as hosts see them: voters' names only for polls that are not anonymous. */
  polls: LivePoll[];
  /** Ranked cards per prompt. */
  boards: LiveBoard[];
  notes: { text: string; updatedAt: string | null };
}

/** `GET /api/live-sessions/:id/report(.csv)`: the language of the CSV's headers; defaults to the reader's own. */
export interface LiveReportQuery {
  locale?: Locale;
}
