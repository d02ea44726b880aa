import type { ForgotPasswordResult, PasswordResetPreview, ResetPasswordResult } from '@kotopaikka/contracts';

import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Public } from '../../platform/auth/auth.decorators';
import {
  ForgotPasswordDto,
  ForgotPasswordResultDto,
  PasswordResetPreviewDto,
  ResetPasswordDto,
  ResetPasswordResultDto,
} from './password-reset.dto';
import { PasswordResetService } from './password-reset.service';

/** Password reset is public (DESIGN.md); it shares the /auth prefix with the login routes. */
@ApiTags('auth')
@Controller('auth/password')
@Public()
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post('forgot')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'E-mail a password-reset link (1 hour); answers the same whether or not the address has an account',
  })
  @ApiAcceptedResponse({ type: ForgotPasswordResultDto })
  async forgot(@Body() body: ForgotPasswordDto): Promise<ForgotPasswordResult> {
    await this.resets.forgot(body.email);
    return { accepted: true };
  }

  @Get('reset/:token')
  @ApiOperation({ summary: 'Whether a reset link still works (404 token_invalid when not)' })
  @ApiOkResponse({ type: PasswordResetPreviewDto })
  preview(@Param('token') token: string): Promise<PasswordResetPreview> {
    return this.resets.preview(token);
  }

  @Post('reset')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Choose a new password with a reset link; ends all the person’s sessions' })
  @ApiOkResponse({ type: ResetPasswordResultDto })
  reset(@Body() body: ResetPasswordDto): Promise<ResetPasswordResult> {
    return this.resets.reset(body.token, body.password);
  }
}
