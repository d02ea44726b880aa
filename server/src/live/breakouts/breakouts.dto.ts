import {
  BREAKOUT_MODES,
  type BreakoutAssignRequest,
  type BreakoutBroadcastRequest,
  type BreakoutMode,
  type BreakoutPrepareRequest,
  type BreakoutVisitRequest,
} from '@kotopaikka/contracts';

import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { LiveSessionRefPayload } from '../room/room.dto';

export class BreakoutAssignmentPayload {
  @IsUUID()
  participantId!: string;

  @IsInt()
  @Min(0)
  @Max(49)
  group!: number;
}

export class BreakoutPreparePayload extends LiveSessionRefPayload implements BreakoutPrepareRequest {
  @IsIn(BREAKOUT_MODES)
  mode!: BreakoutMode;

  @IsInt()
  @Min(2)
  @Max(50)
  groupCount!: number;

  @IsInt()
  @Min(1)
  @Max(240)
  minutes!: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => BreakoutAssignmentPayload)
  assignments?: BreakoutAssignmentPayload[];
}

export class BreakoutAssignPayload extends LiveSessionRefPayload implements BreakoutAssignRequest {
  @IsUUID()
  participantId!: string;

  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  groupId!: string | null;
}

export class BreakoutBroadcastPayload extends LiveSessionRefPayload implements BreakoutBroadcastRequest {
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  text!: string;
}

export class BreakoutVisitPayload extends LiveSessionRefPayload implements BreakoutVisitRequest {
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  groupId!: string | null;
}
