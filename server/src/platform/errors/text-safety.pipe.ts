import { ErrorCode } from '@kotopaikka/contracts';

import { type ArgumentMetadata, HttpStatus, Injectable, type PipeTransform } from '@nestjs/common';

import { ApiException } from './api.exception';
import { findUnstorableText } from './text-safety';

/**
 * Runs before validation on every body, query and route parameter a handler reads: text PostgreSQL would refuse
 * (NUL, lone surrogates) is a 400 naming the field, whatever the DTO says, rather than a 500 from the database.
 */
@Injectable()
export class TextSafetyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param') return value;
    const details = findUnstorableText(value, metadata.data ?? '');
    if (details.length === 0) return value;
    const summary = details.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; ');
    throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, summary, details);
  }
}
