import { ErrorCode, type FieldProblem } from '@kotopaikka/contracts';

import { HttpStatus, type ValidationError, ValidationPipe } from '@nestjs/common';

import { ApiException } from './api.exception';

/** class-validator's nested errors as one list of dotted field paths; the socket pipe uses it too. */
export function flattenValidationErrors(errors: ValidationError[], parent: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own: FieldProblem[] = e.constraints ? [{ field, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** Global validation: unknown fields rejected, types converted, and a 400 that names every bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors, '');
      const summary = details.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; ');
      return new ApiException(
        HttpStatus.BAD_REQUEST,
        ErrorCode.ValidationFailed,
        summary || 'Invalid request',
        details,
      );
    },
  });
}
