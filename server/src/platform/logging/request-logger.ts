import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { NextFunction, Request, Response } from 'express';
import type { Level, Logger } from 'pino';

import type { Principal } from '../auth/principal';
import { routePattern } from '../metrics/http-metrics.middleware';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller's X-Request-Id when it is a sane token (a proxy's trace id), else a fresh UUID; echoed back. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

function levelFor(statusCode: number, finished: boolean): Level {
  if (statusCode >= 500) return 'error';
  return statusCode >= 400 || !finished ? 'warn' : 'info';
}

/**
 * One JSON line per request when it ends: id, method, path (no query: links carry tokens), route, status,
 * duration, user. A request the client abandoned before the answer was sent is logged as a warning.
 * Hand-written rather than pino-http: that built a child logger per request even when the line was not
 * written (bench:api, LOG_LEVEL=warn), and its nested pino 9 could not stringify our pino 10 bindings.
 */
export function createRequestLogger(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = performance.now();
    const id = requestId(req, res);
    const done = (): void => {
      res.off('finish', done);
      res.off('close', done);
      const level = levelFor(res.statusCode, res.writableFinished);
      if (!logger.isLevelEnabled(level)) return;
      const user = (req as Request & { user?: Principal }).user;
      logger[level](
        {
          requestId: id,
          req: { id, method: req.method, path: req.originalUrl.split('?')[0] },
          res: { statusCode: res.statusCode },
          durationMs: Math.round(performance.now() - started),
          route: req.route ? routePattern(req) : undefined,
          userId: user?.id,
        },
        res.writableFinished ? `${req.method} ${res.statusCode}` : `${req.method} aborted`,
      );
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
