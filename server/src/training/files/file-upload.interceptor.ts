import { ErrorCode, UPLOAD_MAX_BYTES } from '@kotopaikka/contracts';
import { type CallHandler, type ExecutionContext, HttpException, HttpStatus, Injectable, type NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';

import { ApiException } from '../../platform/errors/api.exception';

/** What multer's memory storage hands the route. */
export interface UploadedBlob {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

const MulterSingleFile = FileInterceptor('file', {
  limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 0, parts: 1 },
});

const LIMIT_TEXT = `larger than ${UPLOAD_MAX_BYTES / (1024 * 1024)} MB`;

/** One file in the multipart field `file`, in memory, at most 10 MB; multer's errors become the one error body naming `file`. */
@Injectable()
export class FileUploadInterceptor implements NestInterceptor {
  private readonly multer = new MulterSingleFile();

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(ctx, next);
    } catch (err) {
      if (err instanceof PayloadTooLargeException) {
        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.PayloadTooLarge, `file: ${LIMIT_TEXT}`, [{ field: 'file', problems: [LIMIT_TEXT] }]);
      }
      if (err instanceof HttpException && err.getStatus() === HttpStatus.BAD_REQUEST) {
        throw ApiException.invalid('file', 'send one file in the multipart field "file"');
      }
      throw err;
    }
  }
}
