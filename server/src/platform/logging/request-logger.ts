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

/** Route parameters that carry a secret (password-reset and invitation links): their value never reaches a log. */
const SECRET_PARAM = /token|secret/i;
/** A path segment shaped like a one-time token, redacted where no route matched to say what it is. */
const TOKEN_LIKE = /^[A-Za-z0-9_-]{20,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const REDACTED = '…';

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The request path as logs may show it: no query (links carry tokens there), and each segment that is a secret
 * route parameter, or looks like a token on a path no route matched (a 404, a body refused before routing), as `…`.
 */
export function loggedPath(req: Request): string {
  const path = req.originalUrl.split('?')[0];
  const params = (req.params ?? {}) as Record<string, unknown>;
  const secrets = new Set(
    Object.entries(params).flatMap(([name, value]) =>
      SECRET_PARAM.test(name) && typeof value === 'string' && value ? [value] : [],
    ),
  );
  const matched = Boolean(req.route);
  return path
    .split('/')
    .map((segment) => {
      const value = decoded(segment);
      if (secrets.has(value)) return REDACTED;
      return !matched && TOKEN_LIKE.test(value) && !UUID.test(value) ? REDACTED : segment;
    })
    .join('/');
}

function levelFor(statusCode: number, finished: boolean): Level {
  if (statusCode >= 500) return 'error';
  return statusCode >= 400 || !finished ? 'warn' : 'info';
}

/**
 * One JSON line per request when it ends: id, method, path (secrets redacted, see loggedPath), route, status,
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
          req: { id, method: req.method, path: loggedPath(req) },
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
