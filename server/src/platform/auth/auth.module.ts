import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { RequestThrottlerGuard } from '../rate-limit/request-throttler.guard';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginLimiter } from './login-limiter';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

@Global()
@Module({
  controllers: [AuthController],
  providers: [
    SessionService,
    PasswordService,
    LoginLimiter,
    AuthService,
    // Global guards run in this order: the per-IP request limit first, so refused floods cost no session lookup.
    { provide: APP_GUARD, useClass: RequestThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, PasswordService, LoginLimiter],
})
export class AuthModule {}
