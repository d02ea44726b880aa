import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { PairingSummaryDto, ProposalAnswerInputDto } from './dto/proposal.dto';
import { ProposalAnswersService } from './proposal-answers.service';

/** Proposals and pairings as lists: one's own, a program's (its coordinators); and each side's answer. */
@ApiTags('mentoring')
@Controller('mentoring')
export class ProposalsController {
  constructor(private readonly answers: ProposalAnswersService) {}

  @Get('pairings/mine')
  @ApiOperation({ summary: 'One’s own proposals and pairings, as mentor or mentee, newest first' })
  @ApiOkResponse({ type: PairingSummaryDto, isArray: true })
  mine(@CurrentUser() actor: Principal): Promise<PairingSummaryDto[]> {
    return this.answers.mine(actor);
  }

  @Get('programs/:programId/pairings')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'A program’s proposals and pairings (its coordinators)' })
  @ApiOkResponse({ type: PairingSummaryDto, isArray: true })
  forProgram(
    @CurrentUser() actor: Principal,
    @Param('programId', uuidParam('programId')) programId: string,
  ): Promise<PairingSummaryDto[]> {
    return this.answers.forProgram(actor, programId);
  }

  @Post('pairings/:id/answer')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept or decline a proposal, as its mentor or mentee (once each)' })
  @ApiOkResponse({ type: PairingSummaryDto })
  answer(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ProposalAnswerInputDto,
  ): Promise<PairingSummaryDto> {
    return this.answers.answer(actor, id, body);
  }
}
