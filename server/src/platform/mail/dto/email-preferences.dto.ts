import type { EmailPreferences, UnsubscribeStatus } from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class EmailPreferencesDto implements EmailPreferences {
  @ApiProperty({ description: 'Reminders about stalled courses and upcoming sessions' })
  @IsBoolean()
  reminders!: boolean;

  @ApiProperty({ description: 'E-mail copies of in-app notifications' })
  @IsBoolean()
  notifications!: boolean;
}

export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The signed token from the e-mail link', maxLength: 300 })
  @IsString()
  @MaxLength(300)
  token!: string;
}

/** RFC 8058: a mail client posts `List-Unsubscribe=One-Click` as a form; the client page posts nothing. */
export class UnsubscribeBodyDto {
  @ApiPropertyOptional({ name: 'List-Unsubscribe', enum: ['One-Click'] })
  @IsOptional()
  @Equals('One-Click')
  'List-Unsubscribe'?: string;
}

export class UnsubscribeStatusDto implements UnsubscribeStatus {
  @ApiProperty({ enum: ['reminders', 'notifications'] })
  category!: 'reminders' | 'notifications';

  @ApiProperty()
  subscribed!: boolean;
}
