import {
  type Audience,
  AUDIENCES,
  LIVE_SESSION_KINDS,
  LIVE_SESSION_STATUSES,
  type LiveInviteeView,
  type LiveSessionDetail,
  type LiveSessionKind,
  type LiveSessionStatus,
  type LiveSessionSummary,
  type LocalizedText,
  type Page,
  type RsvpResult,
  type RsvpState,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IdNameDto } from '../../../platform/http/id-name.dto';

const RSVP_STATES: readonly RsvpState[] = ['going', 'waitlisted', 'declined', 'maybe'];

export class LiveTextDto implements LocalizedText {
  @ApiProperty()
  fi!: string;

  @ApiProperty()
  en!: string;
}

/** The document's shape of LiveInviteeView: an invitation rule with the name of whom it names (an audience's name is its code). */
export class LiveInviteeViewDto {
  @ApiProperty({ enum: ['user', 'organisation', 'audience'] })
  kind!: 'user' | 'organisation' | 'audience';

  @ApiPropertyOptional({ format: 'uuid' })
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  organisationId?: string;

  @ApiPropertyOptional({ enum: AUDIENCES })
  audience?: Audience;

  @ApiProperty()
  name!: string;
}

export class LiveSessionSummaryDto implements LiveSessionSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: LIVE_SESSION_KINDS })
  kind!: LiveSessionKind;

  @ApiProperty({ type: LiveTextDto })
  title!: LiveTextDto;

  @ApiProperty({ description: 'UTC' })
  startsAt!: string;

  @ApiProperty({ description: 'UTC' })
  endsAt!: string;

  @ApiProperty({ enum: LIVE_SESSION_STATUSES })
  status!: LiveSessionStatus;

  @ApiProperty({ type: IdNameDto })
  municipality!: IdNameDto;

  @ApiProperty({ type: Number, nullable: true })
  capacity!: number | null;

  @ApiProperty({ description: 'RSVP yes and registrations holding a seat' })
  seatsTaken!: number;

  @ApiProperty({ enum: RSVP_STATES, nullable: true })
  myRsvp!: RsvpState | null;

  @ApiProperty()
  hosting!: boolean;
}

export class LiveSessionDetailDto extends LiveSessionSummaryDto implements LiveSessionDetail {
  @ApiProperty({ type: LiveTextDto })
  description!: LiveTextDto;

  @ApiProperty({ type: IdNameDto, nullable: true })
  course!: IdNameDto | null;

  @ApiProperty({ type: IdNameDto, isArray: true })
  hosts!: IdNameDto[];

  @ApiProperty({ type: LiveInviteeViewDto, isArray: true, nullable: true, description: 'Managers only' })
  invitees!: LiveInviteeView[] | null;

  @ApiProperty({ type: String, nullable: true })
  videoUrl!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  completionMinutes!: number | null;

  @ApiProperty({ type: String, nullable: true })
  publicSlug!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  waitlistPosition!: number | null;

  @ApiProperty()
  mayJoin!: boolean;

  @ApiProperty()
  mayManage!: boolean;

  @ApiProperty()
  sequence!: number;
}

export class LiveSessionPageDto implements Page<LiveSessionSummary> {
  @ApiProperty({ type: LiveSessionSummaryDto, isArray: true })
  items!: LiveSessionSummaryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class RsvpResultDto implements RsvpResult {
  @ApiProperty({ enum: RSVP_STATES })
  state!: RsvpState;

  @ApiProperty({ type: Number, nullable: true, description: '1 = next to get a seat' })
  waitlistPosition!: number | null;
}
