import {
  type CreateOrganisationRequest,
  type Organisation,
  ORGANISATION_KINDS,
  type OrganisationKind,
  type OrganisationListQuery,
  type Page,
  type UpdateOrganisationRequest,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';
import { IsOptionalNotNull, Trim } from '../../../platform/http/optional';
import { PageQueryDto } from '../../../platform/http/page-query.dto';

export class OrganisationDto implements Organisation {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  kind!: OrganisationKind;

  @ApiProperty({ type: IdNameDto })
  municipality!: IdNameDto;
}

export class OrganisationPageDto implements Page<Organisation> {
  @ApiProperty({ type: OrganisationDto, isArray: true })
  items!: OrganisationDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class OrganisationListQueryDto extends PageQueryDto implements OrganisationListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  municipalityId!: string;
}

export class UpdateOrganisationDto implements UpdateOrganisationRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptionalNotNull()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;
}
