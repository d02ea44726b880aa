import {
  type Audience,
  AUDIENCES,
  LIVE_SESSION_KINDS,
  type LiveSessionInput,
  type LiveSessionKind,
  type LiveSessionListQuery,
  type LocalizedText,
  RSVP_ANSWERS,
  type RsvpAnswer,
  type RsvpRequest,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  isUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';

import { IsInstant } from '../../../platform/http/input-rules';
import { IsOptionalNotNull, Trim } from '../../../platform/http/optional';
import { PageQueryDto } from '../../../platform/http/page-query.dto';

export const MAX_HOSTS = 20;
export const MAX_INVITEES = 200;
export const MAX_CAPACITY = 10_000;
/** Two weeks: a session is an event, not a course. */
export const MAX_SESSION_MINUTES = 14 * 24 * 60;

export class LiveTitleDto implements LocalizedText {
  @ApiProperty({ minLength: 1, maxLength: 200, description: 'Required' })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'fi: a Finnish title is required' })
  @MaxLength(200)
  fi!: string;

  @ApiProperty({ maxLength: 200, description: 'Empty: not translated yet' })
  @Trim()
  @IsString()
  @MaxLength(200)
  en!: string;
}

export class LiveDescriptionDto implements LocalizedText {
  @ApiProperty({ maxLength: 4000 })
  @Trim()
  @IsString()
  @MaxLength(4000)
  fi!: string;

  @ApiProperty({ maxLength: 4000 })
  @Trim()
  @IsString()
  @MaxLength(4000)
  en!: string;
}

type InviteeKind = 'user' | 'organisation' | 'audience';

/** The field of an invitee that its kind names: required and valid there, absent for the other kinds. */
function InviteeTarget(kind: InviteeKind, valid: (value: unknown) => boolean, what: string): PropertyDecorator {
  const own = (a: ValidationArguments): boolean => (a.object as { kind?: unknown }).kind === kind;
  return ValidateBy({
    name: 'inviteeTarget',
    validator: {
      validate: (value: unknown, a: ValidationArguments) => (own(a) ? valid(value) : value === undefined),
      defaultMessage: (a: ValidationArguments) =>
        own(a) ? `${a.property} must be ${what}` : `${a.property} is only for an invitee of kind ${kind}`,
    },
  });
}

/** One invitation rule: `{kind: 'user', userId}`, `{kind: 'organisation', organisationId}` or `{kind: 'audience', audience}`. */
export class LiveInviteeDto {
  @ApiProperty({ enum: ['user', 'organisation', 'audience'] })
  @IsIn(['user', 'organisation', 'audience'])
  kind!: InviteeKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'kind user' })
  @InviteeTarget('user', (v) => isUUID(v), 'a UUID')
  userId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'kind organisation' })
  @InviteeTarget('organisation', (v) => isUUID(v), 'a UUID')
  organisationId?: string;

  @ApiPropertyOptional({ enum: AUDIENCES, description: 'kind audience: that audience in the session’s municipality' })
  @InviteeTarget('audience', (v) => (AUDIENCES as readonly unknown[]).includes(v), `one of ${AUDIENCES.join(', ')}`)
  audience?: Audience;
}

const VIDEO_URL = { protocols: ['https'], require_protocol: true, require_valid_protocol: true, disallow_auth: true };
const VIDEO_URL_MESSAGE = { message: 'videoUrl must be an https:// address' };

export class CreateLiveSessionDto implements Omit<LiveSessionInput, 'invitees'> {
  @ApiProperty({ enum: LIVE_SESSION_KINDS })
  @IsIn(LIVE_SESSION_KINDS)
  kind!: LiveSessionKind;

  @ApiProperty({ type: LiveTitleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LiveTitleDto)
  title!: LiveTitleDto;

  @ApiPropertyOptional({ type: LiveDescriptionDto })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LiveDescriptionDto)
  description?: LiveDescriptionDto;

  @ApiProperty({ format: 'date-time', example: '2027-03-01T09:00:00+02:00' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2027-03-01T11:00:00+02:00',
    description: 'After startsAt, at most 14 days later',
  })
  @IsInstant()
  endsAt!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  municipalityId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  courseId?: string | null;

  @ApiProperty({ type: String, format: 'uuid', isArray: true, minItems: 1, maxItems: MAX_HOSTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_HOSTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  hostIds!: string[];

  @ApiPropertyOptional({ type: LiveInviteeDto, isArray: true, maxItems: MAX_INVITEES })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_INVITEES)
  @ValidateNested({ each: true })
  @Type(() => LiveInviteeDto)
  invitees?: LiveInviteeDto[];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_CAPACITY,
    description: 'null: unlimited',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'https only' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(VIDEO_URL, VIDEO_URL_MESSAGE)
  videoUrl?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, description: 'Needs a linked course' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SESSION_MINUTES)
  completionMinutes?: number | null;

  @ApiPropertyOptional({ description: 'Info sessions only: open a public registration page' })
  @IsOptionalNotNull()
  @IsBoolean()
  publicRegistration?: boolean;
}

/** Only what is sent changes; `invitees` and `hostIds`, when sent, replace the whole list. */
export class UpdateLiveSessionDto implements Partial<Omit<LiveSessionInput, 'invitees'>> {
  @ApiPropertyOptional({ enum: LIVE_SESSION_KINDS })
  @IsOptionalNotNull()
  @IsIn(LIVE_SESSION_KINDS)
  kind?: LiveSessionKind;

  @ApiPropertyOptional({ type: LiveTitleDto })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LiveTitleDto)
  title?: LiveTitleDto;

  @ApiPropertyOptional({ type: LiveDescriptionDto })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LiveDescriptionDto)
  description?: LiveDescriptionDto;

  @ApiPropertyOptional({ format: 'date-time', example: '2027-03-01T09:00:00+02:00' })
  @IsOptionalNotNull()
  @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2027-03-01T11:00:00+02:00' })
  @IsOptionalNotNull()
  @IsInstant()
  endsAt?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  courseId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, minItems: 1, maxItems: MAX_HOSTS })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_HOSTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  hostIds?: string[];

  @ApiPropertyOptional({ type: LiveInviteeDto, isArray: true, maxItems: MAX_INVITEES })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_INVITEES)
  @ValidateNested({ each: true })
  @Type(() => LiveInviteeDto)
  invitees?: LiveInviteeDto[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: MAX_CAPACITY })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl(VIDEO_URL, VIDEO_URL_MESSAGE)
  videoUrl?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SESSION_MINUTES)
  completionMinutes?: number | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  publicRegistration?: boolean;
}

export class LiveSessionListQueryDto extends PageQueryDto implements LiveSessionListQuery {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Sessions starting at or after this instant; default a day ago',
  })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Sessions starting before this instant; at most 100 days after from',
  })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ enum: LIVE_SESSION_KINDS })
  @IsOptional()
  @IsIn(LIVE_SESSION_KINDS)
  kind?: LiveSessionKind;
}

export class RsvpRequestDto implements RsvpRequest {
  @ApiProperty({ enum: RSVP_ANSWERS })
  @IsIn(RSVP_ANSWERS)
  answer!: RsvpAnswer;
}
