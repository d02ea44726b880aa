import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { MenteeRequestDto, MenteeRequestInputDto } from './dto/mentee-request.dto';
import { MenteeRequestsService } from './mentee-requests.service';

/** Mentee requests: one's own, asked and withdrawn; every request of a program for those who manage it. */
@ApiTags('mentoring')
@Controller('mentoring')
export class MenteeRequestsController {
  constructor(private readonly requests: MenteeRequestsService) {}

  @Post('programs/:id/mentee-request')
  @ApiOperation({ summary: 'Ask for a mentor in a recruiting program' })
  @ApiCreatedResponse({ type: MenteeRequestDto })
  ask(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: MenteeRequestInputDto,
  ): Promise<MenteeRequestDto> {
    return this.requests.ask(actor, id, body);
  }

  @Get('programs/:id/mentee-request')
  @ApiOperation({ summary: 'One’s own mentee request in a program' })
  @ApiOkResponse({ type: MenteeRequestDto })
  mine(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<MenteeRequestDto> {
    return this.requests.mine(actor, id);
  }

  @Get('programs/:id/mentee-requests')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Every mentee request of a program (those who manage it)' })
  @ApiOkResponse({ type: MenteeRequestDto, isArray: true })
  forProgram(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<MenteeRequestDto[]> {
    return this.requests.forProgram(actor, id);
  }

  @Post('mentee-requests/:id/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw one’s own request' })
  @ApiOkResponse({ type: MenteeRequestDto })
  withdraw(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<MenteeRequestDto> {
    return this.requests.withdraw(actor, id);
  }
}
