import type { NextFunction, Request, Response } from 'express';

import type { MetricsService } from './metrics.service';

/** The matched route pattern (`/api/notifications/:id/read`), never the raw URL, so label values stay few. */
export function routePattern(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  return typeof route?.path === 'string' ? `${req.baseUrl}${route.path}` : 'unmatched';
}

export function httpMetricsMiddleware(metrics: MetricsService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observeRequest(req.method, routePattern(req), res.statusCode, seconds);
    });
    next();
  };
}
