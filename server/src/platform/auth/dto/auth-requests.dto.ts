import {
  type ChangePasswordRequest,
  type Locale,
  type LoginRequest,
  SUPPORTED_LOCALES,
  type UpdateProfileRequest,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, MaxLength } from 'class-validator';

import { IsEmailAddress } from '../../http/input-rules';
import { IsOptionalNotNull } from '../../http/optional';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class LoginDto implements LoginRequest {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 128 })
  @IsString()
  @Length(1, 128)
  password!: string;
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptionalNotNull()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ minLength: 1, maxLength: 128 })
  @IsString()
  @Length(1, 128)
  currentPassword!: string;

  // Bounded generously here: the password rules (8..128, not common) answer password_too_weak instead.
  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}
