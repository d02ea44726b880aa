import type { StoredFileInfo } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

export class StoredFileDto implements StoredFileInfo {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fileName!: string;

  @ApiProperty({ description: 'Decided from the content' })
  mimeType!: string;

  @ApiProperty()
  sizeBytes!: number;

  @ApiProperty({ description: 'Hex SHA-256 of the content' })
  sha256!: string;

  @ApiProperty({ description: 'Where the file is served to those allowed' })
  url!: string;
}

export class FileUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'PDF, PNG, JPEG, GIF, WebP, docx/xlsx/pptx or doc/xls/ppt; at most UPLOAD_MAX_MB megabytes (10 by default)',
  })
  file!: unknown;
}
