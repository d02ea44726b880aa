import {
  LIVE_POLL_LIMITS,
  type LivePollCreateRequest,
  type LivePollKind,
  type LivePollRef,
  type LivePollVoteRequest,
} from '@kotopaikka/contracts';

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
} from 'class-validator';

import { LiveSessionRefPayload } from '../room/room.dto';
import { IsRoomText } from '../room-text';

const L = LIVE_POLL_LIMITS;

export class PollCreatePayload extends LiveSessionRefPayload implements LivePollCreateRequest {
  @IsRoomText(1, L.questionMax)
  question!: string;

  @IsIn(['single', 'multiple'])
  kind!: LivePollKind;

  @IsArray()
  @ArrayMinSize(L.optionsMin)
  @ArrayMaxSize(L.optionsMax)
  @IsRoomText(1, L.optionMax, { each: true })
  options!: string[];

  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(L.optionsMax)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(L.optionsMax - 1, { each: true })
  correctOptions?: number[];
}

export class PollVotePayload extends LiveSessionRefPayload implements LivePollVoteRequest {
  @IsUUID()
  pollId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(L.optionsMax)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  optionIds!: string[];
}

export class PollRefPayload extends LiveSessionRefPayload implements LivePollRef {
  @IsUUID()
  pollId!: string;
}
