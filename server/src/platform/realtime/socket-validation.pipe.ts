import { ErrorCode } from '@kotopaikka/contracts';

import { type ArgumentMetadata, HttpStatus, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { ApiException } from '../errors/api.exception';
import { findUnstorableText } from '../errors/text-safety';
import { flattenValidationErrors } from '../errors/validation';
import { TooDeepPayload } from './depth-limited-parser';

type PayloadClass = new () => object;

/**
 * Validates a socket payload like the HTTP pipes validate a body: one nested too deep refused (it never got
 * parsed, see DepthLimitedDecoder), text the database could not store (NUL, a lone surrogate) refused in any
 * field, then into the handler's payload class, unknown fields rejected, every bad field named. A failure is an ApiException, which SocketExceptionFilter acks.
 */
@Injectable()
export class SocketValidationPipe implements PipeTransform<unknown, Promise<unknown>> {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Nest hands @MessageBody to pipes as type 'body'; @ConnectedSocket and @Ack pass through untouched.
    if (metadata.type !== 'body') return value;
    if (value instanceof TooDeepPayload) {
      throw ApiException.invalid('payload', `must not nest deeper than ${value.limit} levels`);
    }
    const type = metadata.metatype as PayloadClass | undefined;
    // A handler that declares no payload (no @MessageBody) is given none to misuse.
    if (!type) return undefined;
    // An untyped payload would reach the handler unchecked: a programming error, answered as internal.
    if ([Object, String, Number, Boolean, Array].includes(type as never)) {
      throw new Error(`socket handler's @MessageBody() has no payload class`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw ApiException.invalid('payload', 'must be an object');
    }
    const unstorable = findUnstorableText(value);
    if (unstorable.length > 0) {
      const summary = unstorable.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; ');
      throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, summary, unstorable);
    }
    const instance = plainToInstance(type, value);
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false });
    if (errors.length === 0) return instance;
    const details = flattenValidationErrors(errors, '');
    const summary = details.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; ');
    throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, summary, details);
  }
}
