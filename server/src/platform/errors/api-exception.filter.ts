import { type ApiErrorBody, ErrorCode } from '@kotopaikka/contracts';

import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';

import { loggedPath } from '../logging/request-logger';
import { ApiException } from './api.exception';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.BadRequest,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.ServiceUnavailable,
};

/** PostgreSQL errors that mean "the database is not there", so the client gets 503 rather than 500. */
const UNAVAILABLE_PG_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  'ECONNREFUSED',
  'ETIMEDOUT',
]);

export function errorBody(
  status: number,
  code: ErrorCode,
  message: string,
  details: ApiErrorBody['details'] = null,
): ApiErrorBody {
  return { statusCode: status, code, error: httpStatusText(status), message, details };
}

function httpStatusText(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string'
    ? name
        .toLowerCase()
        .split('_')
        .map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w))
        .join(' ')
    : 'Error';
}

/** Turns every exception into the one error body DESIGN.md gives. Unknown errors are logged and answered 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const body = this.toBody(exception, req);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, path: loggedPath(req), code: body.code }, 'request failed');
    }
    // A route's @Header('Content-Type', …) is set before its handler runs: the error body is JSON all the same.
    if (!res.headersSent) res.status(body.statusCode).type('application/json').json(body);
  }

  private toBody(exception: unknown, req: Request): ApiErrorBody {
    if (exception instanceof ApiException) {
      return errorBody(exception.getStatus(), exception.code, exception.message, exception.details);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : String((response as { message?: unknown }).message ?? exception.message);
      if (status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/.test(message)) {
        return errorBody(404, ErrorCode.RouteNotFound, `No route ${req.method} ${req.path}`);
      }
      return errorBody(
        status,
        CODE_BY_STATUS[status] ?? (status >= 500 ? ErrorCode.Internal : ErrorCode.BadRequest),
        message,
      );
    }
    const bodyParserStatus = (exception as { status?: number; type?: string }).status;
    if (typeof bodyParserStatus === 'number' && bodyParserStatus >= 400 && bodyParserStatus < 500) {
      // body-parser errors (malformed JSON, body too large) carry their own status.
      const type = (exception as { type?: string }).type;
      if (type === 'entity.too.large') return errorBody(413, ErrorCode.PayloadTooLarge, 'Request body is too large');
      if (type === 'entity.parse.failed')
        return errorBody(400, ErrorCode.BadRequest, 'Request body is not valid JSON', [
          { field: 'body', problems: ['not valid JSON'] },
        ]);
      if (type === 'entity.too.deep')
        return errorBody(400, ErrorCode.BadRequest, `Request body is ${(exception as Error).message}`, [
          { field: 'body', problems: [(exception as Error).message] },
        ]);
      return errorBody(bodyParserStatus, CODE_BY_STATUS[bodyParserStatus] ?? ErrorCode.BadRequest, 'Malformed request');
    }
    if (dependencyUnavailable(exception)) {
      return errorBody(
        503,
        ErrorCode.ServiceUnavailable,
        'A service the platform depends on is unavailable; try again shortly',
      );
    }
    return errorBody(500, ErrorCode.Internal, 'Something went wrong on our side');
  }
}

/** Whether an unexpected error means a dependency (PostgreSQL) is away, so the answer is 503, not 500. */
export function dependencyUnavailable(exception: unknown): boolean {
  // Duck-typed: socket errors come from Node's own realm, where `instanceof Error` fails under Jest.
  const errorLike =
    exception instanceof QueryFailedError ||
    exception instanceof Error ||
    (typeof exception === 'object' &&
      exception !== null &&
      typeof (exception as { message?: unknown }).message === 'string');
  if (!errorLike) return false;
  const pgCode =
    (exception as { code?: string }).code ?? (exception as { driverError?: { code?: string } }).driverError?.code;
  if (pgCode && UNAVAILABLE_PG_CODES.has(pgCode)) return true;
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
    (exception as Error).message,
  );
}
