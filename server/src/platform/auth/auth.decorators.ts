import type { Role } from '@kotopaikka/contracts';

import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';

import type { Principal } from './principal';

export const IS_PUBLIC = 'kp:public';
export const ROLES = 'kp:roles';
export const SKIP_CSRF = 'kp:skip-csrf';

/** Open without a session (DESIGN.md lists what may be). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Only these roles; others get 403. Without it any signed-in person passes the role check. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

/** A state-changing route that authenticates otherwise (one-click unsubscribe from a mail client). */
export const SkipCsrf = (): MethodDecorator & ClassDecorator => SetMetadata(SKIP_CSRF, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<{ user?: Principal }>();
  if (!req.user) throw new Error('CurrentUser used on a route without a session');
  return req.user;
});
