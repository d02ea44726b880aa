import type { LocalizedText } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

// Three sizes of localized text, so each field is bounded for what it holds. An empty string means "not written yet".

export class LocalizedTitleDto implements LocalizedText {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  fi!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MaxLength(200)
  en!: string;
}

export class LocalizedParagraphDto implements LocalizedText {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  fi!: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  en!: string;
}

/** Markdown of a text block, a video transcript. */
export class LocalizedDocumentDto implements LocalizedText {
  @ApiProperty({ maxLength: 50000 })
  @IsString()
  @MaxLength(50000)
  fi!: string;

  @ApiProperty({ maxLength: 50000 })
  @IsString()
  @MaxLength(50000)
  en!: string;
}
