import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Request } from 'express';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

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

function finishedContext(req: IncomingMessage): { route?: string; userId?: string } {
  const r = req as Request & { user?: Principal };
  return { route: r.route ? routePattern(r) : undefined, userId: r.user?.id };
}

/** One JSON line per request: id, method, path (no query: links carry tokens), route, status, duration, user. */
export function createRequestLogger(logger: Logger): HttpLogger {
  return pinoHttp<IncomingMessage, ServerResponse, never>({
    logger,
    genReqId: requestId,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error) => ({ type: err.name, message: err.message }),
    },
    // Route and user are known only when the response finishes. (customProps would be the obvious hook, but
    // pino-http's nested pino 9 cannot stringify bindings of our pino 10 logger.)
    customSuccessObject: (req, _res, value: Record<string, unknown>) => ({ ...value, ...finishedContext(req) }),
    customErrorObject: (req, _res, _err, value: Record<string, unknown>) => ({ ...value, ...finishedContext(req) }),
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${res.statusCode}`,
  });
}
