import {
  type Audience,
  AUDIENCES,
  type Role,
  ROLES,
  type UpdateUserRequest,
  USER_STATUSES,
  type UserListQuery,
  type UserStatus,
} from '@kotopaikka/contracts';

import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

import { IsOptionalNotNull, Trim } from '../../../platform/http/optional';
import { PageQueryDto } from '../../../platform/http/page-query.dto';

export class UserListQueryDto extends PageQueryDto implements UserListQuery {
  @ApiPropertyOptional({ description: 'Part of the name or e-mail address' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, description: 'Only admins grant or take away admin and coordinator' })
  @IsOptionalNotNull()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptionalNotNull()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'Changing it clears an organisation of the old municipality',
  })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Must belong to the person’s municipality' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, description: 'Coordinators only; set by admins' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  managedMunicipalityIds?: string[];
}
