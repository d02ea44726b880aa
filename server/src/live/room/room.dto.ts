import type { LiveJoinRequest, LiveParticipantRef, LiveReplayRequest, LiveSessionRef } from '@kotopaikka/contracts';

import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** Any room event's `sessionId`; room features' payloads extend it. */
export class LiveSessionRefPayload implements LiveSessionRef {
  @IsUUID()
  sessionId!: string;
}

export class LiveJoinPayload extends LiveSessionRefPayload implements LiveJoinRequest {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  afterSeq?: number;
}

export class LiveReplayPayload extends LiveSessionRefPayload implements LiveReplayRequest {
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  afterSeq!: number;
}

export class LiveParticipantPayload extends LiveSessionRefPayload implements LiveParticipantRef {
  @IsUUID()
  participantId!: string;
}

export class LiveCohostPayload extends LiveParticipantPayload {
  @IsBoolean()
  cohost!: boolean;
}
