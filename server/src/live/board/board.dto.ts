import {
  LIVE_BOARD_LIMITS,
  type LiveBoard,
  type LiveBoardCard,
  type LiveBoardCardRequest,
  type LiveBoardCreateForGroupsRequest,
  type LiveBoardCreateRequest,
  type LiveBoardGroupRequest,
  type LiveBoardInput,
  type LiveBoardList,
  type LiveBoardMergeRequest,
  type LiveBoardPrompt,
  type LiveBoardRef,
  type LiveBoardStatus,
  type LiveBoardVoteRequest,
} from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

import { LiveSessionRefPayload } from '../room/room.dto';
import { IsRoomText } from '../room-text';

const L = LIVE_BOARD_LIMITS;

/** A board's settings, whichever room or group it is for. */
export class BoardSettingsDto implements Omit<LiveBoardInput, 'groupId'> {
  @ApiProperty({ minLength: 1, maxLength: L.titleMax })
  @IsRoomText(1, L.titleMax)
  title!: string;

  @ApiProperty({ type: [String], minItems: L.promptsMin, maxItems: L.promptsMax, description: 'The columns, in order' })
  @IsArray()
  @ArrayMinSize(L.promptsMin)
  @ArrayMaxSize(L.promptsMax)
  @IsRoomText(1, L.promptMax, { each: true })
  prompts!: string[];

  @ApiProperty({ minimum: L.dotsMin, maximum: L.dotsMax })
  @IsInt()
  @Min(L.dotsMin)
  @Max(L.dotsMax)
  dotsPerParticipant!: number;

  @ApiProperty({ description: 'Votes shown only to hosts until a host reveals them' })
  @IsBoolean()
  hideVotes!: boolean;
}

/** A board's settings and where it goes, the body of `POST /api/live-sessions/:id/boards`. */
export class BoardInputDto extends BoardSettingsDto implements LiveBoardInput {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    required: false,
    description: "A group of the running breakout: the board is that group's (its members and the hosts)",
  })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

export class BoardCreatePayload extends BoardInputDto implements LiveBoardCreateRequest {
  @IsUUID()
  sessionId!: string;
}

export class BoardCreateForGroupsPayload extends BoardSettingsDto implements LiveBoardCreateForGroupsRequest {
  @IsUUID()
  sessionId!: string;
}

export class BoardRefPayload extends LiveSessionRefPayload implements LiveBoardRef {
  @IsUUID()
  boardId!: string;
}

export class BoardCardPayload extends LiveSessionRefPayload implements LiveBoardCardRequest {
  @IsUUID()
  boardId!: string;

  @IsUUID()
  promptId!: string;

  @IsRoomText(1, L.cardMax)
  text!: string;
}

export class BoardGroupPayload extends LiveSessionRefPayload implements LiveBoardGroupRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  cardIds!: string[];

  @ValidateIf((_, value) => value !== null)
  @IsRoomText(1, L.groupLabelMax)
  label!: string | null;
}

export class BoardMergePayload extends LiveSessionRefPayload implements LiveBoardMergeRequest {
  @IsUUID()
  cardId!: string;

  @IsUUID()
  intoCardId!: string;
}

export class BoardVotePayload extends LiveSessionRefPayload implements LiveBoardVoteRequest {
  @IsUUID()
  cardId!: string;

  @IsIn([1, -1])
  delta!: 1 | -1;
}

class BoardPromptDto implements LiveBoardPrompt {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  text!: string;
}

class BoardCardDto implements LiveBoardCard {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  promptId!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ type: String, nullable: true })
  groupLabel!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  mergedInto!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'null while the votes are hidden from the viewer' })
  votes!: number | null;

  @ApiProperty()
  myVotes!: number;

  @ApiProperty({ type: Number, nullable: true, description: '1 for the most voted card under its prompt' })
  rank!: number | null;
}

export class BoardDto implements LiveBoard {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "The breakout group's board, or null" })
  groupId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: "That group's name, kept after the breakout" })
  groupName!: string | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [BoardPromptDto] })
  prompts!: BoardPromptDto[];

  @ApiProperty()
  dotsPerParticipant!: number;

  @ApiProperty()
  hideVotes!: boolean;

  @ApiProperty({ enum: ['open', 'closed'] })
  status!: LiveBoardStatus;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revealedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty()
  votesVisible!: boolean;

  @ApiProperty()
  myDotsUsed!: number;

  @ApiProperty({ type: [BoardCardDto], description: 'Ranked within prompt order; merged cards last' })
  cards!: BoardCardDto[];
}

export class BoardListDto implements LiveBoardList {
  @ApiProperty({ type: [BoardDto] })
  items!: BoardDto[];

  @ApiProperty({ type: String, nullable: true, enum: [null] })
  nextCursor!: null;
}
