import {
  LIVE_CHAT_MAX_LENGTH,
  type LiveChatHistoryRequest,
  type LiveChatLockRequest,
  type LiveChatMessageRef,
  type LiveChatSendRequest,
} from '@kotopaikka/contracts';

import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

import { LiveSessionRefPayload } from '../room/room.dto';

export class ChatSendPayload extends LiveSessionRefPayload implements LiveChatSendRequest {
  // Trimmed first, so a message of blanks is empty and the limit counts what is shown.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, LIVE_CHAT_MAX_LENGTH)
  text!: string;

  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

export class ChatHistoryPayload extends LiveSessionRefPayload implements LiveChatHistoryRequest {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  beforeSeq?: number;

  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

export class ChatMessagePayload extends LiveSessionRefPayload implements LiveChatMessageRef {
  @IsUUID()
  messageId!: string;
}

export class ChatLockPayload extends LiveSessionRefPayload implements LiveChatLockRequest {
  @IsBoolean()
  locked!: boolean;
}
