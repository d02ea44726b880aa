import {
  EMAIL_CATEGORIES,
  type EmailCategory,
  type MailLogDetail,
  type MailLogEntry,
  type MailLogQuery,
  type Page,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { PageQueryDto } from '../../http/page-query.dto';

export class MailLogQueryDto extends PageQueryDto implements MailLogQuery {
  @ApiPropertyOptional({ description: 'Part of the recipient address' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  to?: string;

  @ApiPropertyOptional({ enum: EMAIL_CATEGORIES })
  @IsOptional()
  @IsIn(EMAIL_CATEGORIES)
  category?: EmailCategory;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class MailLogEntryDto implements MailLogEntry {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  to!: string;

  @ApiProperty()
  subject!: string;

  @ApiProperty({ enum: EMAIL_CATEGORIES })
  category!: EmailCategory;

  @ApiProperty()
  textBody!: string;

  @ApiProperty({ enum: ['smtp', 'log'] })
  transport!: 'smtp' | 'log';

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class MailLogDetailDto extends MailLogEntryDto implements MailLogDetail {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  userId!: string | null;

  @ApiProperty()
  htmlBody!: string;
}

export class MailLogPageDto implements Page<MailLogEntry> {
  @ApiProperty({ type: MailLogEntryDto, isArray: true })
  items!: MailLogEntryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
