import type { IdName } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

export class IdNameDto implements IdName {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}
