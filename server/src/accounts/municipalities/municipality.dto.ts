import type { Municipality } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

export class MunicipalityDto implements Municipality {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '992' })
  code!: string;

  @ApiProperty({ example: 'Äänekoski' })
  name!: string;
}
