import { type Page, USER_STATUSES, type UserStatus, type UserSummary } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

import { MeDto } from '../../../platform/auth/dto/me.dto';

export class UserSummaryDto extends MeDto implements UserSummary {
  @ApiProperty({ enum: USER_STATUSES })
  status!: UserStatus;

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
