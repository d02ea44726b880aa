import {
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { contentDisposition } from './file-type';
import { FileUploadInterceptor, type UploadedBlob } from './file-upload.interceptor';
import { FileUploadDto, StoredFileDto } from './files.dto';
import { FilesService } from './files.service';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @Roles('admin', 'coordinator')
  @HttpCode(HttpStatus.CREATED)
  @UseInterceptors(FileUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: FileUploadDto })
  @ApiOperation({
    summary:
      'Upload a file for course content; its type is decided from the content (415 otherwise), at most UPLOAD_MAX_MB megabytes, 10 by default (413)',
  })
  @ApiCreatedResponse({ type: StoredFileDto })
  upload(@CurrentUser() actor: Principal, @UploadedFile() file: UploadedBlob | undefined): Promise<StoredFileDto> {
    return this.files.upload(actor, file);
  }

  @Get(':id')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiOperation({ summary: 'Serve a file to its authors, or to learners of a published course that uses it' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async read(@CurrentUser() reader: Principal, @Param('id', uuidParam()) id: string): Promise<StreamableFile> {
    const file = await this.files.read(reader, id);
    return new StreamableFile(file.data, {
      type: file.mimeType,
      length: file.data.length,
      disposition: contentDisposition(file.mimeType, file.fileName),
    });
  }
}
