import type { CalendarFeed } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedDto implements CalendarFeed {
  @ApiProperty({
    format: 'uri',
    description: 'The personal feed to subscribe to; secret, shown once, revoked by regenerating or deleting it',
  })
  url!: string;
}
