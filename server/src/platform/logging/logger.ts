import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

import type { AppConfig } from '../../config/config';

export function createRootLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'kotopaikka' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'password', '*.password'], remove: true },
  });
}

/** Routes Nest's own logging into the structured JSON logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  // Nest calls these as (message, ...params, context): a contextual `new Logger('X').warn({ ... }, 'text')`
  // arrives as (object, 'text', 'X'), so the last string is the context and a string before it the message.
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    params: unknown[],
  ): void {
    const strings = params.filter((p): p is string => typeof p === 'string');
    const context = strings.length > 0 ? strings[strings.length - 1] : undefined;
    const extra = strings.length > 1 ? strings[strings.length - 2] : undefined;
    if (typeof message === 'object' && message !== null) {
      if (extra !== undefined) this.logger[level]({ context, ...(message as object) }, extra);
      else this.logger[level]({ context, ...(message as object) });
    } else {
      // A string message with an extra string is Nest's (message, stack, context) error form.
      this.logger[level]({ context, ...(extra !== undefined ? { stack: extra } : {}) }, String(message));
    }
  }
}
