import type { AcceptInvitationResult, InvitationPreview } from '@kotopaikka/contracts';

import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Public } from '../../platform/auth/auth.decorators';
import { AcceptInvitationDto, AcceptInvitationResultDto, InvitationPreviewDto } from './dto/invitation.dto';
import { InvitationAcceptanceService } from './invitation-acceptance.service';

/** The invitation page is public (DESIGN.md): the link's token is the credential. */
@ApiTags('invitations')
@Controller('invitations')
@Public()
export class InvitationAcceptanceController {
  constructor(private readonly acceptance: InvitationAcceptanceService) {}

  @Get('token/:token')
  @ApiOperation({ summary: 'Who an invitation link is for (404 token_invalid when unknown, used, revoked or expired)' })
  @ApiOkResponse({ type: InvitationPreviewDto })
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.acceptance.preview(token);
  }

  @Post('accept')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept an invitation by choosing a password; then sign in' })
  @ApiOkResponse({ type: AcceptInvitationResultDto })
  accept(@Body() body: AcceptInvitationDto): Promise<AcceptInvitationResult> {
    return this.acceptance.accept(body);
  }
}
