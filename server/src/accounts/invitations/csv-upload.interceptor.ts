import { ErrorCode, INVITATION_CSV_MAX_BYTES } from '@kotopaikka/contracts';

import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';

import { ApiException } from '../../platform/errors/api.exception';

/** What multer's memory storage hands the route (typed here: @types/multer is not a dependency). */
export interface UploadedCsv {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

const MulterSingleFile = FileInterceptor('file', {
  limits: { fileSize: INVITATION_CSV_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
});

/** One CSV file in the field `file`, in memory, at most 200 KB; multer's errors become the one error body naming `file`. */
@Injectable()
export class CsvUploadInterceptor implements NestInterceptor {
  private readonly multer = new MulterSingleFile();

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(ctx, next);
    } catch (err) {
      if (err instanceof PayloadTooLargeException) {
        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.PayloadTooLarge, 'file: larger than 200 KB', [
          { field: 'file', problems: ['larger than 200 KB'] },
        ]);
      }
      if (err instanceof HttpException && err.getStatus() === HttpStatus.BAD_REQUEST) {
        throw ApiException.invalid('file', 'send one CSV file in the multipart field "file"');
      }
      throw err;
    }
  }
}
