import { ErrorCode } from '@kotopaikka/contracts';

import { createHash } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import { fileUrl } from '../courses/authoring-tree';
import { readableFileSql } from './file-scope';
import { cleanFileName, detectFileType } from './file-type';
import type { UploadedBlob } from './file-upload.interceptor';
import type { StoredFileDto } from './files.dto';

export interface ServedFile {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

/** Uploads for course content; who may read one is `readableFileSql`. */
@Injectable()
export class FilesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Principal, upload: UploadedBlob | undefined): Promise<StoredFileDto> {
    if (!upload || upload.size === 0)
      throw ApiException.invalid('file', 'send one non-empty file in the multipart field "file"');
    const fileName = cleanFileName(Buffer.from(upload.originalname, 'latin1').toString('utf8'));
    const type = detectFileType(upload.buffer, fileName);
    if (!type) {
      throw new ApiException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        ErrorCode.UnsupportedMediaType,
        'file: not an accepted file type',
        [
          {
            field: 'file',
            problems: ['the content is not a PDF, image (PNG, JPEG, GIF, WebP) or Office document matching its name'],
          },
        ],
      );
    }
    const sha256 = createHash('sha256').update(upload.buffer).digest('hex');
    return this.db.transaction(async (m) => {
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO stored_file (owner_id, file_name, mime_type, size_bytes, sha256, data) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [actor.id, fileName, type.mimeType, upload.buffer.length, sha256, upload.buffer],
      );
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'file.upload',
          entityType: 'stored_file',
          entityId: id,
          details: { fileName, mimeType: type.mimeType, sizeBytes: upload.buffer.length, sha256 },
        },
        m,
      );
      return { id, fileName, mimeType: type.mimeType, sizeBytes: upload.buffer.length, sha256, url: fileUrl(id) };
    });
  }

  /** The file when the person may read it; 404 otherwise, so nobody learns which ids exist. */
  async read(reader: Principal, id: string): Promise<ServedFile> {
    const params = new SqlParams();
    const idParam = params.add(id);
    const rows: { file_name: string; mime_type: string; data: Buffer }[] = await this.db.query(
      `SELECT f.file_name, f.mime_type, f.data FROM stored_file f WHERE f.id = ${idParam}::uuid AND ${readableFileSql(reader, params)}`,
      params.values,
    );
    if (!rows[0]) throw ApiException.notFound('File');
    return { fileName: rows[0].file_name, mimeType: rows[0].mime_type, data: rows[0].data };
  }
}
