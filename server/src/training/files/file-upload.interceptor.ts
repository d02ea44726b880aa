import { ErrorCode } from '@kotopaikka/contracts';

import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { ApiException } from '../../platform/errors/api.exception';

/** What multer's memory storage hands the route. */
export interface UploadedBlob {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** One file in the multipart field `file`, in memory, at most UPLOAD_MAX_MB; multer's errors become the one error body naming `file`. */
@Injectable()
export class FileUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;
  private readonly limitText: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const MulterSingleFile = FileInterceptor('file', {
      limits: { fileSize: config.uploadMaxMb * 1024 * 1024, files: 1, fields: 0, parts: 1 },
    });
    this.multer = new MulterSingleFile();
    this.limitText = `larger than ${config.uploadMaxMb} MB`;
  }

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(ctx, next);
    } catch (err) {
      if (err instanceof PayloadTooLargeException) {
        throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.PayloadTooLarge, `file: ${this.limitText}`, [
          { field: 'file', problems: [this.limitText] },
        ]);
      }
      if (err instanceof HttpException && err.getStatus() === HttpStatus.BAD_REQUEST) {
        throw ApiException.invalid('file', 'send one file in the multipart field "file"');
      }
      throw err;
    }
  }
}
