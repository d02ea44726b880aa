import {
  type LiveReportAttendee,
  type LiveReportStay,
  type LiveReportTotals,
  type LiveRole,
  type LiveSessionReport,
} from '@kotopaikka/contracts';

import { ApiProperty, PickType } from '@nestjs/swagger';

import { IdNameDto } from '../../platform/http/id-name.dto';
import { BoardDto } from '../board/board.dto';
import { PollDto } from '../polls/poll-view.dto';
import { LiveSessionSummaryDto, LiveTextDto } from '../sessions/dto/live-session-view.dto';

const LIVE_ROLES: readonly LiveRole[] = ['host', 'cohost', 'participant', 'guest'];

type ReportSession = LiveSessionReport['session'];
type ReportCourse = NonNullable<ReportSession['course']>;
type ReportNotes = LiveSessionReport['notes'];

class ReportCourseDto implements ReportCourse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: LiveTextDto })
  title!: LiveTextDto;
}

class ReportSessionDto
  extends PickType(LiveSessionSummaryDto, ['id', 'kind', 'title', 'status', 'startsAt', 'endsAt', 'municipality'])
  implements ReportSession
{
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a host started it' })
  startedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a host ended it' })
  endedAt!: string | null;

  @ApiProperty({ type: [IdNameDto] })
  hosts!: IdNameDto[];

  @ApiProperty({ type: ReportCourseDto, nullable: true })
  course!: ReportCourseDto | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Minutes in the room that count towards the course' })
  completionMinutes!: number | null;
}

class ReportStayDto implements LiveReportStay {
  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null while still there' })
  leftAt!: string | null;
}

class ReportAttendeeDto implements LiveReportAttendee {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ description: 'A guest by the name they gave; never an e-mail' })
  name!: string;

  @ApiProperty({ enum: LIVE_ROLES })
  role!: LiveRole;

  @ApiProperty({ format: 'date-time' })
  firstJoinedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLeftAt!: string | null;

  @ApiProperty({ description: 'Whole minutes over all stays (two tabs counted once)' })
  minutes!: number;

  @ApiProperty({ type: [ReportStayDto] })
  stays!: ReportStayDto[];
}

class ReportTotalsDto implements LiveReportTotals {
  @ApiProperty({ description: 'Everyone who was in the room, guests included' })
  participants!: number;

  @ApiProperty()
  guests!: number;

  @ApiProperty()
  medianMinutes!: number;

  @ApiProperty()
  averageMinutes!: number;

  @ApiProperty({ description: 'Most people in the room at the same moment' })
  peakConcurrent!: number;
}

class ReportNotesDto implements ReportNotes {
  @ApiProperty({ description: 'The shared notes as Markdown' })
  text!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: string | null;
}

/** The document's shape of LiveSessionReport (libs/contracts live-report.ts): the record a session leaves. */
export class LiveSessionReportDto implements LiveSessionReport {
  @ApiProperty({ type: ReportSessionDto })
  session!: ReportSessionDto;

  @ApiProperty({ type: [ReportAttendeeDto] })
  attendance!: ReportAttendeeDto[];

  @ApiProperty({ type: ReportTotalsDto })
  totals!: ReportTotalsDto;

  @ApiProperty({ description: 'Messages sent, counted from the rows that stay after retention purges their text' })
  chatMessages!: number;

  @ApiProperty({ type: [PollDto], description: "Results as hosts see them: voters' names only for named polls" })
  polls!: PollDto[];

  @ApiProperty({ type: [BoardDto], description: 'Ranked cards per prompt' })
  boards!: BoardDto[];

  @ApiProperty({ type: ReportNotesDto })
  notes!: ReportNotesDto;
}
