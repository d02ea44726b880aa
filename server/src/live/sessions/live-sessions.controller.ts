import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser, Roles } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import {
  CreateLiveSessionDto,
  LiveSessionListQueryDto,
  RsvpRequestDto,
  UpdateLiveSessionDto,
} from './dto/live-session.dto';
import { LiveSessionDetailDto, LiveSessionPageDto, RsvpResultDto } from './dto/live-session-view.dto';
import { LiveSessionsService } from './live-sessions.service';
import { RsvpService } from './rsvp.service';

/**
 * Scheduling of live sessions. Creating is for admins and coordinators (in municipalities they manage); everything
 * else is for any signed-in person and scoped in the service: one sees sessions one hosts, is invited to or oversees.
 */
@ApiTags('live sessions')
@Controller('live-sessions')
export class LiveSessionsController {
  constructor(
    private readonly sessions: LiveSessionsService,
    private readonly rsvps: RsvpService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Sessions one may see that start in a window (at most 100 days), by start' })
  @ApiOkResponse({ type: LiveSessionPageDto })
  list(@CurrentUser() actor: Principal, @Query() query: LiveSessionListQueryDto): Promise<LiveSessionPageDto> {
    return this.sessions.list(actor, query);
  }

  @Post()
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'Schedule a live session (coordinators: in municipalities they manage)' })
  @ApiCreatedResponse({ type: LiveSessionDetailDto })
  create(@CurrentUser() actor: Principal, @Body() body: CreateLiveSessionDto): Promise<LiveSessionDetailDto> {
    return this.sessions.create(actor, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A session with the viewer’s answer and rights; its invitees only to those who manage it' })
  @ApiOkResponse({ type: LiveSessionDetailDto })
  detail(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<LiveSessionDetailDto> {
    return this.sessions.detail(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a session that has not ended (hosts, its coordinators, admins)' })
  @ApiOkResponse({ type: LiveSessionDetailDto })
  update(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateLiveSessionDto,
  ): Promise<LiveSessionDetailDto> {
    return this.sessions.update(actor, id, body);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel a scheduled session (hosts, its coordinators, admins)' })
  @ApiOkResponse({ type: LiveSessionDetailDto })
  cancel(@CurrentUser() actor: Principal, @Param('id', uuidParam()) id: string): Promise<LiveSessionDetailDto> {
    return this.sessions.cancel(actor, id);
  }

  @Put(':id/rsvp')
  @ApiOperation({ summary: 'Answer an invitation: yes (a seat, or the waitlist when full), no or maybe' })
  @ApiOkResponse({ type: RsvpResultDto })
  rsvp(
    @CurrentUser() actor: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: RsvpRequestDto,
  ): Promise<RsvpResultDto> {
    return this.rsvps.answer(actor, id, body.answer);
  }
}
