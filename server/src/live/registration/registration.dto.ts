import {
  type CancelRegistrationRequest,
  type CancelRegistrationResult,
  JOIN_LINK_STATES,
  type JoinLinkState,
  type JoinLinkView,
  type Locale,
  type PublicLiveSession,
  type RegistrationRequest,
  type RegistrationResult,
  type ResendRegistrationRequest,
  type ResendRegistrationResult,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

import { IsEmailAddress } from '../../platform/http/input-rules';
import { Trim } from '../../platform/http/optional';

export class RegistrationDto implements RegistrationRequest {
  @ApiProperty({ minLength: 1, maxLength: 100, description: 'The name others in the room see' })
  @Trim()
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ format: 'email', maxLength: 254 })
  @Trim()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email!: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES, description: 'The language of the e-mails' })
  @IsIn(SUPPORTED_LOCALES)
  locale!: Locale;

  @ApiProperty({ enum: [true], description: 'Consent to the privacy notice' })
  @IsBoolean()
  @Equals(true, { message: 'consent must be given to register' })
  consent!: boolean;

  @ApiPropertyOptional({ description: 'Leave empty (a field hidden from people)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  website?: string;
}

export class RegistrationResultDto implements RegistrationResult {
  @ApiProperty({ enum: ['registered', 'waitlisted'] })
  state!: 'registered' | 'waitlisted';
}

export class ResendRegistrationDto implements ResendRegistrationRequest {
  @ApiProperty({ format: 'email', maxLength: 254, description: 'The address given when registering' })
  @Trim()
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email!: string;

  @ApiPropertyOptional({ description: 'Leave empty (a field hidden from people)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  website?: string;
}

export class ResendRegistrationResultDto implements ResendRegistrationResult {
  @ApiProperty({ enum: [true], description: 'The same whether or not the address is registered' })
  requested!: true;
}

export class CancelRegistrationDto implements CancelRegistrationRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  token!: string;
}

export class CancelRegistrationResultDto implements CancelRegistrationResult {
  @ApiProperty({ enum: [true] })
  cancelled!: true;
}

class LocalizedTextDto {
  @ApiProperty()
  fi!: string;

  @ApiProperty()
  en!: string;
}

export class PublicLiveSessionDto implements PublicLiveSession {
  @ApiProperty()
  slug!: string;

  @ApiProperty({ type: LocalizedTextDto })
  title!: PublicLiveSession['title'];

  @ApiProperty({ type: LocalizedTextDto })
  description!: PublicLiveSession['description'];

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty()
  municipalityName!: string;

  @ApiProperty({ enum: ['open', 'full', 'over', 'cancelled'] })
  state!: PublicLiveSession['state'];
}

export class JoinLinkViewDto implements JoinLinkView {
  @ApiProperty({ enum: JOIN_LINK_STATES })
  state!: JoinLinkState;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  sessionId!: string | null;

  @ApiProperty({ type: LocalizedTextDto, nullable: true })
  title!: JoinLinkView['title'];

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  startsAt!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  endsAt!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  opensAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;
}
