import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import {
  CreateMentoringProgramDto,
  MentoringProgramDto,
  MentoringProgramTransitionDto,
  UpdateMentoringProgramDto,
} from './dto/mentoring-program.dto';
import { MentoringProgramsService } from './mentoring-programs.service';

/**
 * Mentoring programs. Admins see and manage all; coordinators see those touching a municipality they manage and
 * manage those all of whose municipalities they manage; everyone sees the open (recruiting, matching, running)
 * programs of their own municipality. A program one may not see is 404.
 */
@ApiTags('mentoring')
@Controller('mentoring/programs')
export class MentoringProgramsController {
  constructor(private readonly programs: MentoringProgramsService) {}

  @Get()
  @ApiOperation({ summary: 'Programs one may see, newest period first' })
  @ApiOkResponse({ type: MentoringProgramDto, isArray: true })
  list(@CurrentUser() actor: Principal): Promise<MentoringProgramDto[]> {
    return this.programs.list(actor);
  }

  @Post()
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Create a draft program (coordinators: only in municipalities they manage)' })
  @ApiCreatedResponse({ type: MentoringProgramDto })
  create(@CurrentUser() actor: Principal, @Body() body: CreateMentoringProgramDto): Promise<MentoringProgramDto> {
    return this.programs.create(actor, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A program with whether the viewer manages it' })
  @ApiOkResponse({ type: MentoringProgramDto })
  detail(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<MentoringProgramDto> {
    return this.programs.detail(actor, id);
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Edit a program that is not closed (those who manage all its municipalities)' })
  @ApiOkResponse({ type: MentoringProgramDto })
  update(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateMentoringProgramDto,
  ): Promise<MentoringProgramDto> {
    return this.programs.update(actor, id, body);
  }

  @Post(':id/status')
  @Roles('admin', 'coordinator')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Move a program one step on: draft → recruiting → matching → running → closed' })
  @ApiOkResponse({ type: MentoringProgramDto })
  transition(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: MentoringProgramTransitionDto,
  ): Promise<MentoringProgramDto> {
    return this.programs.transition(actor, id, body);
  }
}
