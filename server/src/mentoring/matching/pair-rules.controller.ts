import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { PairRuleDto, PairRuleInputDto } from './dto/pair-rule.dto';
import { PairRulesService } from './pair-rules.service';

/** Pins and blocks of pairs, for those who manage the program. */
@ApiTags('mentoring')
@Controller('mentoring/programs/:programId/pair-rules')
@Roles('admin', 'coordinator')
export class PairRulesController {
  constructor(private readonly rules: PairRulesService) {}

  @Get()
  @ApiOperation({ summary: 'The program’s pinned and blocked pairs' })
  @ApiOkResponse({ type: PairRuleDto, isArray: true })
  list(
    @CurrentUser() actor: Principal,
    @Param('programId', uuidParam('programId')) programId: string,
  ): Promise<PairRuleDto[]> {
    return this.rules.list(actor, programId);
  }

  @Post()
  @ApiOperation({ summary: 'Pin or block a pair; a rule already on the pair is replaced' })
  @ApiCreatedResponse({ type: PairRuleDto })
  set(
    @CurrentUser() actor: Principal,
    @Param('programId', uuidParam('programId')) programId: string,
    @Body() body: PairRuleInputDto,
  ): Promise<PairRuleDto> {
    return this.rules.set(actor, programId, body);
  }

  @Delete(':ruleId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a pin or block' })
  @ApiNoContentResponse()
  remove(
    @CurrentUser() actor: Principal,
    @Param('programId', uuidParam('programId')) programId: string,
    @Param('ruleId', uuidParam('ruleId')) ruleId: string,
  ): Promise<void> {
    return this.rules.remove(actor, programId, ruleId);
  }
}
