import { ErrorCode, type FieldProblem } from '@kotopaikka/contracts';

import { HttpException, HttpStatus } from '@nestjs/common';

/** A typed error: the filter turns it into the one error body, with `code` for the client to act on. */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldProblem[] | Record<string, unknown> | null = null,
  ) {
    super(message, status);
  }

  static notFound(what = 'Resource'): ApiException {
    return new ApiException(HttpStatus.NOT_FOUND, ErrorCode.NotFound, `${what} not found`);
  }

  static forbidden(message = 'You may not do this'): ApiException {
    return new ApiException(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, message);
  }

  static invalid(field: string, problem: string): ApiException {
    return new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, `${field}: ${problem}`, [
      { field, problems: [problem] },
    ]);
  }

  static conflict(code: ErrorCode, message: string, details: FieldProblem[] | null = null): ApiException {
    return new ApiException(HttpStatus.CONFLICT, code, message, details);
  }
}
