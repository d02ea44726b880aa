import type { DependencyState, HealthResponse } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

const STATES: DependencyState[] = ['up', 'down', 'not_configured'];

class HealthChecksDto {
  @ApiProperty({ enum: STATES })
  database!: DependencyState;

  @ApiProperty({ enum: STATES })
  redis!: DependencyState;
}

export class HealthDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] })
  status!: 'ok' | 'error';

  @ApiProperty({ type: HealthChecksDto })
  checks!: HealthChecksDto;
}
