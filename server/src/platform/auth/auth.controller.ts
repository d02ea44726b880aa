import type { CsrfResponse, Me } from '@kotopaikka/contracts';

import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CurrentUser, Public } from './auth.decorators';
import { AuthService, type RequestOrigin } from './auth.service';
import { clearSessionCookie, ensureCsrfCookie, rotateCsrfCookie, setSessionCookie } from './cookies';
import { ChangePasswordDto, LoginDto, UpdateProfileDto } from './dto/auth-requests.dto';
import { CsrfDto } from './dto/csrf.dto';
import { MeDto } from './dto/me.dto';
import { RetryLaterException } from './login-limiter';
import type { Principal } from './principal';
import { SESSION_COOKIE } from './session.service';

function originOf(req: Request): RequestOrigin {
  return { ip: req.ip ?? 'unknown', userAgent: req.header('user-agent') ?? null };
}

/** Copies a lockout's wait into Retry-After before the error filter answers. */
async function withRetryAfter<T>(res: Response, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof RetryLaterException) res.setHeader('Retry-After', String(err.retryAfterSeconds));
    throw err;
  }
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('csrf')
  @ApiOperation({ summary: 'The CSRF token to send as X-CSRF-Token (sets the kp_csrf cookie when missing)' })
  @ApiOkResponse({ type: CsrfDto })
  csrf(@Req() req: Request, @Res({ passthrough: true }) res: Response): CsrfResponse {
    return { token: ensureCsrfCookie(req, res, this.config) };
  }

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with e-mail and password; sets the session cookie and a new CSRF token' })
  @ApiOkResponse({
    type: MeDto,
    description: 'Signed in. The new CSRF token is also in the X-CSRF-Token response header.',
  })
  @ApiBadRequestResponse({ description: 'validation_failed: the body names the bad fields' })
  @ApiUnauthorizedResponse({ description: 'invalid_credentials' })
  @ApiTooManyRequestsResponse({ description: 'account_locked or too_many_requests, with Retry-After' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<Me> {
    const { token, me } = await withRetryAfter(res, () =>
      this.auth.login(dto, originOf(req), req.cookies?.[SESSION_COOKIE]),
    );
    setSessionCookie(res, this.config, token);
    res.setHeader('X-CSRF-Token', rotateCsrfCookie(res, this.config));
    return me;
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: ends the session on the server and clears the cookie' })
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@CurrentUser() user: Principal, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(user);
    clearSessionCookie(res, this.config);
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in person, with municipality, organisation and managed municipalities' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: Principal): Promise<Me> {
    return this.auth.me(user.id);
  }

  @Patch('me')
  @ApiOperation({ summary: "Change one's own display name or interface language" })
  @ApiOkResponse({ type: MeDto })
  @ApiBadRequestResponse({ description: 'validation_failed' })
  updateMe(@CurrentUser() user: Principal, @Body() dto: UpdateProfileDto): Promise<Me> {
    return this.auth.updateProfile(user, dto);
  }

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Change one's own password; ends one's other sessions" })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiBadRequestResponse({ description: 'invalid_credentials (currentPassword) or password_too_weak (newPassword)' })
  @ApiForbiddenResponse({ description: 'csrf_invalid' })
  @ApiTooManyRequestsResponse({ description: 'account_locked, with Retry-After' })
  async changePassword(
    @CurrentUser() user: Principal,
    @Body() dto: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await withRetryAfter(res, () => this.auth.changePassword(user, dto, originOf(req)));
  }
}
