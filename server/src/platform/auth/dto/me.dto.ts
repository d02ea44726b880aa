import { type Audience, AUDIENCES, type IdName, type Locale, type Me, type Role, ROLES, SUPPORTED_LOCALES } from '@kotopaikka/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class MeIdNameDto implements IdName {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

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

  @ApiProperty({ type: MeIdNameDto, nullable: true })
  municipality!: MeIdNameDto | null;

  @ApiProperty({ type: MeIdNameDto, nullable: true })
  organisation!: MeIdNameDto | null;

  @ApiProperty({ type: MeIdNameDto, isArray: true, description: 'Municipalities a coordinator manages; empty for others' })
  managedMunicipalities!: MeIdNameDto[];
}
