import {
  type Audience,
  AUDIENCES,
  type Locale,
  type Page,
  type Role,
  ROLES,
  SUPPORTED_LOCALES,
  type UserStatus,
  USER_STATUSES,
  type UserSummary,
} from '@kotopaikka/contracts';
import { ApiProperty } from '@nestjs/swagger';

import { IdNameDto } from './id-name.dto';

export class UserSummaryDto implements UserSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ enum: AUDIENCES })
  audience!: Audience;

  @ApiProperty({ enum: USER_STATUSES })
  status!: UserStatus;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  locale!: Locale;

  @ApiProperty({ type: IdNameDto, nullable: true })
  municipality!: IdNameDto | null;

  @ApiProperty({ type: IdNameDto, nullable: true })
  organisation!: IdNameDto | null;

  @ApiProperty({ type: IdNameDto, isArray: true })
  managedMunicipalities!: IdNameDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true })
  lastLoginAt!: string | null;
}

export class UserPageDto implements Page<UserSummary> {
  @ApiProperty({ type: UserSummaryDto, isArray: true })
  items!: UserSummaryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
