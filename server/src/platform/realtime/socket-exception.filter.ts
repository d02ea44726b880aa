import { ErrorCode, type SocketAck } from '@kotopaikka/contracts';

import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';

import { ApiException } from '../errors/api.exception';
import { dependencyUnavailable } from '../errors/api-exception.filter';

type ErrorAck = Extract<SocketAck, { ok: false }>;

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  429: ErrorCode.TooManyRequests,
  503: ErrorCode.ServiceUnavailable,
};

/** The error acknowledgement for anything a socket handler (or its guard or pipe) throws. */
export function errorAck(exception: unknown): ErrorAck {
  if (exception instanceof ApiException) {
    return {
      ok: false,
      code: exception.code,
      message: exception.message,
      details: Array.isArray(exception.details) ? exception.details : null,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = CODE_BY_STATUS[status] ?? (status >= 500 ? ErrorCode.Internal : ErrorCode.BadRequest);
    return {
      ok: false,
      code,
      message: code === ErrorCode.Internal ? 'Something went wrong on our side' : exception.message,
      details: null,
    };
  }
  // Nest throws a WsException when a guard says no.
  if (exception instanceof WsException)
    return { ok: false, code: ErrorCode.Forbidden, message: exception.message, details: null };
  if (dependencyUnavailable(exception))
    return { ok: false, code: ErrorCode.ServiceUnavailable, message: 'Try again shortly', details: null };
  return { ok: false, code: ErrorCode.Internal, message: 'Something went wrong on our side', details: null };
}

/**
 * Answers a failed socket event through its acknowledgement, `{ ok: false, code, message, details }`, and keeps
 * the connection: a bad payload or a failing handler never drops the socket. Unexpected errors are logged.
 */
@Catch()
export class SocketExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Realtime');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'ws') throw exception;
    const ack = errorAck(exception);
    if (ack.code === ErrorCode.Internal) {
      this.logger.error({ err: exception, event: host.switchToWs().getPattern() }, 'socket event failed');
    }
    // Nest passes [socket, payload, ack callback, pattern]; a client that sent no callback gets nothing.
    const callback = host.getArgs().find((arg, index) => index > 0 && typeof arg === 'function') as
      | ((result: ErrorAck) => void)
      | undefined;
    callback?.(ack);
  }
}
