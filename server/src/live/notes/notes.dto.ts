import {
  LIVE_NOTES_MAX_AWARENESS_BYTES,
  LIVE_NOTES_MAX_UPDATE_BYTES,
  type LiveNotes,
  type LiveNotesAwarenessRequest,
  type LiveNotesSyncRequest,
  type LiveNotesUpdateRequest,
} from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';
import { IsBase64, IsOptional, IsUUID, MaxLength } from 'class-validator';

import { LiveSessionRefPayload } from '../room/room.dto';

// base64 spends four characters on three bytes.
const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

export class NotesRefPayload extends LiveSessionRefPayload {
  @IsOptional()
  @IsUUID()
  groupId?: string;
}

export class NotesSyncPayload extends NotesRefPayload implements LiveNotesSyncRequest {
  @IsOptional()
  @IsBase64()
  @MaxLength(base64Length(LIVE_NOTES_MAX_UPDATE_BYTES))
  stateVector?: string;
}

export class NotesUpdatePayload extends NotesRefPayload implements LiveNotesUpdateRequest {
  @IsBase64()
  @MaxLength(base64Length(LIVE_NOTES_MAX_UPDATE_BYTES))
  update!: string;
}

export class NotesAwarenessPayload extends NotesRefPayload implements LiveNotesAwarenessRequest {
  @IsBase64()
  @MaxLength(base64Length(LIVE_NOTES_MAX_AWARENESS_BYTES))
  update!: string;
}

export class LiveNotesDto implements LiveNotes {
  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "A breakout group's notes; null for the session's",
  })
  groupId!: string | null;

  @ApiProperty({ description: 'The notes as written: Markdown-ish plain text' })
  text!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: string | null;
}
