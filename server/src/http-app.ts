import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';

import { AppModule } from './app.module';
import { readCookies } from './platform/auth/cookies';
import { ApiExceptionFilter } from './platform/errors/api-exception.filter';
import { TextSafetyPipe } from './platform/errors/text-safety.pipe';
import { createValidationPipe } from './platform/errors/validation';
import { jsonBodyParser } from './platform/http/json-body';
import { NestPinoLogger } from './platform/logging/logger';
import { createRequestLogger } from './platform/logging/request-logger';
import { httpMetricsMiddleware } from './platform/metrics/http-metrics.middleware';
import { MetricsService } from './platform/metrics/metrics.service';
import { RealtimeIoAdapter } from './platform/realtime/realtime-io.adapter';
import type { Runtime } from './runtime';

/** Where the production client build is served from (relative to the repository root). */
export const CLIENT_DIST = join(process.cwd(), 'dist', 'client', 'browser');

/** Video hosts whose players a lesson may embed (after consent). */
const VIDEO_FRAME_SOURCES = ['https://www.youtube-nocookie.com', 'https://www.youtube.com', 'https://player.vimeo.com'];

/** Builds the HTTP application (API, OpenAPI, static client) without listening, so tests can use it too. */
export async function createHttpApp(runtime: Runtime, logger: Logger): Promise<INestApplication> {
  const { config } = runtime;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
    cors: { origin: config.corsOrigin, credentials: true },
  });
  app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy);
  app.disable('x-powered-by');
  app.use(createRequestLogger(logger));
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, config));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular Material and the OpenAPI UI set inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", config.publicUrl.replace(/^http/, 'ws')],
          frameSrc: VIDEO_FRAME_SOURCES,
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(readCookies);
  app.use('/api', jsonBodyParser(config.bodyLimit));
  app.use('/api', express.urlencoded({ extended: false, limit: config.bodyLimit }));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new TextSafetyPipe(), createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());

  const openApi = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kotopaikka API')
      .setDescription('Multicultural-competence training and peer mentoring for Central Finland municipalities')
      .setVersion('1')
      .addCookieAuth('kp_session')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }, 'csrf')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs-json' });

  serveClient(app);
  return app;
}

/** The built Angular client from the same origin; unknown non-API paths get index.html (client routing). */
function serveClient(app: NestExpressApplication): void {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) return;
  const http = app.getHttpAdapter().getInstance() as express.Express;
  const files = express.static(CLIENT_DIST, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (/\.[0-9a-f]{8,}\./i.test(path) || /-[A-Z0-9]{8}\.(js|css)$/.test(path))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  // API requests never look on disk for a client file (that stat cost every API call about 5 % in bench:api).
  http.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/') ? next() : files(req, res, next),
  );
  http.get(/^\/(?!api(\/|$)|socket\.io(\/|$)).*/, (req: Request, res: Response, next: NextFunction) => {
    if (req.accepts('html'))
      res.sendFile(join(CLIENT_DIST, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
    else next();
  });
}
