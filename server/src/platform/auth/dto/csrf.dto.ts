import type { CsrfResponse } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

export class CsrfDto implements CsrfResponse {
  @ApiProperty({ description: 'Send as X-CSRF-Token on every state-changing request' })
  token!: string;
}
