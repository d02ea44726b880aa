import type { LiveHandLowerRequest } from '@kotopaikka/contracts';

import { IsOptional, IsUUID } from 'class-validator';

import { LiveSessionRefPayload } from '../room/room.dto';

export class HandLowerPayload extends LiveSessionRefPayload implements LiveHandLowerRequest {
  @IsOptional()
  @IsUUID()
  participantId?: string;
}
