import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEntry,
  type AuditListQuery,
  type Locale,
  type Page,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { IdNameDto } from '../../http/id-name.dto';
import { PageQueryDto } from '../../http/page-query.dto';

export class AuditListQueryDto extends PageQueryDto implements AuditListQuery {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z_]+$/)
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: 'Language to name courses, modules, lessons and quizzes in; Finnish by default',
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class AuditEntryDto implements AuditEntry {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: IdNameDto, nullable: true, description: 'Null for the system or a removed person' })
  actor!: IdNameDto | null;

  @ApiProperty({ example: 'user.invite' })
  action!: string;

  @ApiProperty({ example: 'user' })
  entityType!: string;

  @ApiProperty({ type: String, nullable: true })
  entityId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The target by name (a person, organisation, course…), where it still exists',
  })
  entityName!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details!: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class AuditPageDto implements Page<AuditEntry> {
  @ApiProperty({ type: AuditEntryDto, isArray: true })
  items!: AuditEntryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
