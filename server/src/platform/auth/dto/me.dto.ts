import {
  type Audience,
  AUDIENCES,
  type Locale,
  type Me,
  type Role,
  ROLES,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

import { IdNameDto } from '../../http/id-name.dto';

/** The person as the API shows them; `UserSummaryDto` extends it with administrative fields. */
export class MeDto implements Me {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ enum: AUDIENCES })
  audience!: Audience;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  locale!: Locale;

  @ApiProperty({ type: IdNameDto, nullable: true })
  municipality!: IdNameDto | null;

  @ApiProperty({ type: IdNameDto, nullable: true })
  organisation!: IdNameDto | null;

  @ApiProperty({
    type: IdNameDto,
    isArray: true,
    description: 'Municipalities a coordinator manages; empty for others',
  })
  managedMunicipalities!: IdNameDto[];
}
