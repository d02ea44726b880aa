import { ErrorCode, type Role } from '@kotopaikka/contracts';

import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

import { ApiException } from '../errors/api.exception';
import { IS_PUBLIC, ROLES, SKIP_CSRF } from './auth.decorators';
import type { Principal } from './principal';
import { CSRF_COOKIE, SESSION_COOKIE, SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * The one global guard: CSRF on every state-changing request (login included), then the session,
 * then the route's roles. A route is open only when marked @Public().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: Principal }>();
    const targets = [ctx.getHandler(), ctx.getClass()];

    if (!SAFE_METHODS.has(req.method) && !this.reflector.getAllAndOverride<boolean>(SKIP_CSRF, targets)) {
      const header = req.header('x-csrf-token');
      if (!sameToken(header, req.cookies?.[CSRF_COOKIE])) {
        throw new ApiException(
          HttpStatus.FORBIDDEN,
          ErrorCode.CsrfInvalid,
          'Missing or invalid CSRF token (send X-CSRF-Token from GET /api/auth/csrf)',
        );
      }
    }

    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const lookup = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
    if (lookup.state === 'valid') req.user = lookup.principal;
    if (isPublic) return true;
    if (lookup.state === 'expired') {
      throw new ApiException(
        HttpStatus.UNAUTHORIZED,
        ErrorCode.SessionExpired,
        'Your session has expired; sign in again',
      );
    }
    if (lookup.state === 'missing') {
      throw new ApiException(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthenticated, 'Sign in to continue');
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(lookup.principal.role)) {
      throw ApiException.forbidden('Your role does not allow this');
    }
    return true;
  }
}
