import type {
  ForgotPasswordRequest,
  ForgotPasswordResult,
  PasswordResetPreview,
  ResetPasswordRequest,
  ResetPasswordResult,
} from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, MaxLength } from 'class-validator';

import { IsEmailAddress } from '../../platform/http/input-rules';

export class ForgotPasswordDto implements ForgotPasswordRequest {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email!: string;
}

export class ForgotPasswordResultDto implements ForgotPasswordResult {
  @ApiProperty({ enum: [true] })
  accepted!: true;
}

export class PasswordResetPreviewDto implements PasswordResetPreview {
  @ApiProperty()
  email!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  token!: string;

  @ApiProperty({ maxLength: 128 })
  @IsString()
  @Length(1, 1024)
  password!: string;
}

export class ResetPasswordResultDto implements ResetPasswordResult {
  @ApiProperty({ description: 'Sign in with this address and the new password' })
  email!: string;
}
