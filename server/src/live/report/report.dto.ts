import { type LiveReportQuery, type Locale, SUPPORTED_LOCALES } from '@kotopaikka/contracts';

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class LiveReportQueryDto implements LiveReportQuery {
  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: "Language of the CSV's headers; defaults to the reader's own",
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}
