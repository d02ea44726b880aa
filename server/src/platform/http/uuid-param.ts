import { ParseUUIDPipe } from '@nestjs/common';

import { ApiException } from '../errors/api.exception';

/** A path id that must be a UUID: 400 naming the parameter rather than a 500 from PostgreSQL. */
export function uuidParam(field = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => ApiException.invalid(field, 'must be a UUID') });
}
