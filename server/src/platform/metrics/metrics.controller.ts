import { ErrorCode } from '@kotopaikka/contracts';

import { timingSafeEqual } from 'node:crypto';
import {
  type CanActivate,
  Controller,
  type ExecutionContext,
  Get,
  Header,
  HttpStatus,
  Inject,
  Injectable,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Public } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiException } from '../errors/api.exception';
import { MetricsService } from './metrics.service';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Admins by session, or a scraper with `Authorization: Bearer <METRICS_TOKEN>`; nobody else. */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<Request & { user?: Principal }>();
    const bearer = /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1];
    if (bearer !== undefined) {
      if (this.config.metricsToken && sameSecret(bearer, this.config.metricsToken)) return true;
      throw new ApiException(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthenticated, 'Invalid metrics token');
    }
    if (!req.user)
      throw new ApiException(
        HttpStatus.UNAUTHORIZED,
        ErrorCode.Unauthenticated,
        'Sign in as an admin or send the metrics token',
      );
    if (req.user.role !== 'admin') throw ApiException.forbidden('Only admins may read metrics');
    return true;
  }
}

@ApiTags('platform')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  // Not public: @Public only lets the bearer token in; MetricsAccessGuard admits admins and the token.
  @Public()
  @UseGuards(MetricsAccessGuard)
  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiBearerAuth()
  @ApiProduces('text/plain')
  @ApiOperation({ summary: 'Prometheus metrics (admins, or Authorization: Bearer METRICS_TOKEN)' })
  @ApiOkResponse({
    description: 'Prometheus text exposition format',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiUnauthorizedResponse({ description: 'No admin session and no valid metrics token' })
  @ApiForbiddenResponse({ description: 'Signed in, but not an admin' })
  async scrape(@Res({ passthrough: true }) res: Response): Promise<string> {
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
