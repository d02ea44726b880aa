import {
  type AcceptInvitationRequest,
  type AcceptInvitationResult,
  type Audience,
  AUDIENCES,
  type Invitation,
  INVITATION_IMPORT_PROBLEMS,
  INVITATION_STATUSES,
  type InvitationImportProblem,
  type InvitationImportResult,
  type InvitationListQuery,
  type InvitationPreview,
  type InvitationStatus,
  type InviteUserRequest,
  type Locale,
  type Page,
  PASSWORD_MAX_LENGTH,
  type Role,
  ROLES,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';
import { IsEmailAddress } from '../../../platform/http/input-rules';
import { IsOptionalNotNull, Trim } from '../../../platform/http/optional';
import { PageQueryDto } from '../../../platform/http/page-query.dto';

// Trimmed only: the insert folds it with PostgreSQL's lower(), like the unique index (JavaScript folds İ and a final Σ otherwise).
const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class InviteUserDto implements InviteUserRequest {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiProperty({ enum: AUDIENCES })
  @IsIn(AUDIENCES)
  audience!: Audience;

  @ApiPropertyOptional({ enum: ROLES, default: 'member', description: 'Coordinators invite members and mentors only' })
  @IsOptionalNotNull()
  @IsIn(ROLES)
  role?: Role;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  municipalityId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Must belong to the municipality' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, default: 'fi' })
  @IsOptionalNotNull()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class InvitationDto implements Invitation {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ enum: AUDIENCES })
  audience!: Audience;

  @ApiProperty({ type: IdNameDto, nullable: true })
  municipality!: IdNameDto | null;

  @ApiProperty({ enum: INVITATION_STATUSES })
  status!: InvitationStatus;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ type: IdNameDto, nullable: true })
  invitedBy!: IdNameDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class InvitationPageDto implements Page<Invitation> {
  @ApiProperty({ type: InvitationDto, isArray: true })
  items!: InvitationDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class InvitationListQueryDto extends PageQueryDto implements InvitationListQuery {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ description: 'Part of the name or e-mail address' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class ImportInvitationsDto {
  @ApiProperty({ format: 'uuid', description: 'The municipality everyone in the file is invited to' })
  @IsUUID()
  municipalityId!: string;
}

/** The multipart body of an import, for the OpenAPI document. */
export class ImportInvitationsUploadDto extends ImportInvitationsDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'UTF-8 CSV, `;` or `,`, header email;displayName;audience;organisation',
  })
  file!: unknown;
}

export class RejectedImportRowDto {
  @ApiProperty({ description: '1-based line number in the file' })
  line!: number;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ enum: INVITATION_IMPORT_PROBLEMS, isArray: true })
  problems!: InvitationImportProblem[];
}

export class InvitationImportResultDto implements InvitationImportResult {
  @ApiProperty()
  invited!: number;

  @ApiProperty({ type: RejectedImportRowDto, isArray: true })
  rejected!: RejectedImportRowDto[];
}

export class InvitationPreviewDto implements InvitationPreview {
  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  locale!: Locale;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  token!: string;

  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(1, 1024)
  password!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200, description: 'Correct the name the inviter typed' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 200)
  displayName?: string;
}

export class AcceptInvitationResultDto implements AcceptInvitationResult {
  @ApiProperty({ description: 'Sign in with this address and the new password' })
  email!: string;
}
