import type {
  CancelRegistrationResult,
  JoinLinkView,
  PublicLiveSession,
  RegistrationResult,
  ResendRegistrationResult,
} from '@kotopaikka/contracts';

import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { Public } from '../../platform/auth/auth.decorators';
import { RetryLaterException } from '../../platform/auth/login-limiter';
import {
  CancelRegistrationDto,
  CancelRegistrationResultDto,
  JoinLinkViewDto,
  PublicLiveSessionDto,
  RegistrationDto,
  RegistrationResultDto,
  ResendRegistrationDto,
  ResendRegistrationResultDto,
} from './registration.dto';
import { RegistrationService } from './registration.service';

/** Runs a rate-limited action, telling the client when to try again if the limit refuses it. */
async function withRetryAfter<T>(res: Response, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (err) {
    if (err instanceof RetryLaterException) res.setHeader('Retry-After', String(err.retryAfterSeconds));
    throw err;
  }
}

/**
 * Info sessions for people without an account (DESIGN.md: the guest's personal link). Public, and like every
 * state-changing route the POSTs carry the CSRF token of GET /api/auth/csrf (the double-submit cookie needs no session).
 */
@ApiTags('live-registration')
@Controller('public')
@Public()
export class PublicRegistrationController {
  constructor(private readonly registrations: RegistrationService) {}

  @Get('live-sessions/:slug')
  @ApiOperation({
    summary: 'An info session’s public registration page: what, when, and whether it takes registrations',
  })
  @ApiOkResponse({ type: PublicLiveSessionDto })
  @ApiNotFoundResponse({ description: 'no session has this registration page' })
  view(@Param('slug') slug: string): Promise<PublicLiveSession> {
    return this.registrations.publicView(slug);
  }

  @Post('live-sessions/:slug/registrations')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Register for an info session: a seat or the waitlist, and an e-mail with a personal join and cancel link',
  })
  @ApiOkResponse({ type: RegistrationResultDto })
  @ApiConflictResponse({ description: 'session_over or session_cancelled' })
  @ApiTooManyRequestsResponse({ description: 'too_many_requests, with Retry-After' })
  register(
    @Param('slug') slug: string,
    @Body() body: RegistrationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RegistrationResult> {
    return withRetryAfter(res, () => this.registrations.register(slug, body, req.ip ?? 'unknown'));
  }

  @Post('live-sessions/:slug/registrations/resend')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Send the registration mail again (the same personal links) to an address registered for the session',
    description: 'The answer is the same whether or not the address is registered; rate limited like registering.',
  })
  @ApiOkResponse({ type: ResendRegistrationResultDto })
  @ApiNotFoundResponse({ description: 'no session has this registration page' })
  @ApiConflictResponse({ description: 'session_over or session_cancelled' })
  @ApiTooManyRequestsResponse({ description: 'too_many_requests, with Retry-After' })
  resend(
    @Param('slug') slug: string,
    @Body() body: ResendRegistrationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ResendRegistrationResult> {
    return withRetryAfter(res, () => this.registrations.resend(slug, body, req.ip ?? 'unknown'));
  }

  @Post('registrations/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Cancel a registration with the e-mailed cancel link (the same answer when cancelled before)',
  })
  @ApiOkResponse({ type: CancelRegistrationResultDto })
  @ApiNotFoundResponse({ description: 'token_invalid' })
  cancel(@Body() body: CancelRegistrationDto): Promise<CancelRegistrationResult> {
    return this.registrations.cancel(body.token);
  }

  @Get('join/:token')
  @ApiOperation({ summary: 'Which session a personal join link is for, and whether the room is open to it yet' })
  @ApiOkResponse({ type: JoinLinkViewDto })
  joinLink(@Param('token') token: string): Promise<JoinLinkView> {
    return this.registrations.joinLink(token);
  }
}
