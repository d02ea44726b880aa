import type {
  AppNotification,
  NotificationList,
  NotificationReadRequest,
  NotificationUnread,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export class NotificationDto implements AppNotification {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'What happened; the client renders a text per kind' })
  kind!: string;

  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } })
  params!: Record<string, string | number>;

  @ApiProperty({ type: String, nullable: true, description: 'Client route to open' })
  link!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt!: string | null;
}

export class NotificationListDto implements NotificationList {
  @ApiProperty({ type: [NotificationDto] })
  items!: NotificationDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;

  @ApiProperty({ description: 'Unread notifications in total' })
  unread!: number;
}

export class NotificationUnreadDto implements NotificationUnread {
  @ApiProperty()
  unread!: number;
}

export class NotificationListQueryDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** Payload of the socket event `notification:read`. */
export class NotificationReadPayload implements NotificationReadRequest {
  @IsUUID()
  id!: string;
}
