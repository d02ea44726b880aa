import {
  type Certificate,
  type CertificateVerification,
  type IdName,
  type Page,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CertificateCodeParamDto {
  @ApiProperty({ minLength: 1, maxLength: 64, description: 'The verification code printed on the certificate' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  code!: string;
}

export class CertificateVerificationQueryDto {
  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, description: 'Language of the course title; Finnish by default' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: string;
}

export class CertificateVerificationDto implements CertificateVerification {
  @ApiProperty({ description: 'False for a code that was never issued' })
  valid!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Null when unknown or when the learner has been erased' })
  learnerName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  courseTitle!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: "Kotopaikka and the learner's municipality at issue time" })
  issuer!: string | null;

  @ApiProperty()
  code!: string;
}

class CertificateCourseDto implements IdName {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class CertificateDto implements Certificate {
  @ApiProperty()
  code!: string;

  @ApiProperty({ type: CertificateCourseDto })
  course!: CertificateCourseDto;

  @ApiProperty({ format: 'date-time' })
  completedAt!: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt!: string;

  @ApiProperty({ description: 'The PDF download path' })
  downloadUrl!: string;

  @ApiProperty({ description: 'The public verification page' })
  verifyUrl!: string;
}

export class CertificateListDto implements Page<Certificate> {
  @ApiProperty({ type: [CertificateDto] })
  items!: CertificateDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
