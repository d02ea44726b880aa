import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { MatchingRunDto, PublishRunResultDto } from './dto/matching-run.dto';
import { MatchingRunsService } from './matching-runs.service';

/** Matching runs: made and published by those who manage the program, read by its coordinators. */
@ApiTags('mentoring')
@Controller('mentoring')
@Roles('admin', 'coordinator')
export class MatchingRunsController {
  constructor(private readonly runs: MatchingRunsService) {}

  @Post('programs/:programId/matching-runs')
  @ApiOperation({ summary: 'Run matching on who is left to match: a new draft, superseding the earlier one' })
  @ApiCreatedResponse({ type: MatchingRunDto })
  run(
    @CurrentUser() actor: Principal,
    @Param('programId', uuidParam('programId')) programId: string,
  ): Promise<MatchingRunDto> {
    return this.runs.run(actor, programId);
  }

  @Get('programs/:programId/matching-runs/latest')
  @ApiOperation({ summary: 'The program’s latest run (404 before the first)' })
  @ApiOkResponse({ type: MatchingRunDto })
  latest(
    @CurrentUser() actor: Principal,
    @Param('programId', uuidParam('programId')) programId: string,
  ): Promise<MatchingRunDto> {
    return this.runs.latest(actor, programId);
  }

  @Get('matching-runs/:runId')
  @ApiOperation({ summary: 'One run' })
  @ApiOkResponse({ type: MatchingRunDto })
  detail(@CurrentUser() actor: Principal, @Param('runId', uuidParam('runId')) runId: string): Promise<MatchingRunDto> {
    return this.runs.detail(actor, runId);
  }

  @Post('matching-runs/:runId/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish the latest draft: its suggestions still valid become proposals to both people' })
  @ApiOkResponse({ type: PublishRunResultDto })
  publish(
    @CurrentUser() actor: Principal,
    @Param('runId', uuidParam('runId')) runId: string,
  ): Promise<PublishRunResultDto> {
    return this.runs.publish(actor, runId);
  }
}
