import type { CalendarFeed } from '@kotopaikka/contracts';

import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';

import { CurrentUser, Public } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { CalendarService } from './calendar.service';
import { CalendarFeedDto } from './dto/calendar-feed.dto';

const ICS = 'text/calendar; charset=utf-8';

// No @Roles: any signed-in person; what they may see is scoped in the service (404 outside it).
@ApiTags('live-sessions')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('live-sessions/:id/calendar.ics')
  @ApiOperation({ summary: 'One live session I may see as an iCalendar file, in my language' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'No such session, or not one I may see' })
  async sessionIcs(
    @CurrentUser() me: Principal,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const ics = await this.calendar.sessionIcs(me, id);
    res.setHeader('Content-Type', ICS);
    res.setHeader('Content-Disposition', `attachment; filename="live-session-${id}.ics"`);
    res.setHeader('Cache-Control', 'private, no-store');
    return ics;
  }

  @Post('me/calendar-feed')
  @ApiOperation({ summary: 'Create or regenerate my personal calendar feed URL; the previous URL stops working' })
  @ApiCreatedResponse({ type: CalendarFeedDto })
  createFeed(@CurrentUser() me: Principal): Promise<CalendarFeed> {
    return this.calendar.createFeed(me);
  }

  @Delete('me/calendar-feed')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke my personal calendar feed URL' })
  @ApiNoContentResponse({ description: 'Revoked (or there was none)' })
  async revokeFeed(@CurrentUser() me: Principal): Promise<void> {
    await this.calendar.revokeFeed(me);
  }

  // Public: calendar apps fetch it without a session; the secret token in the URL is the key.
  @Public()
  @Get('calendar/:token.ics')
  @ApiOperation({
    summary: 'A personal calendar feed: every session its owner hosts or is invited to, from 30 days ago on',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'Unknown or revoked token' })
  async feedIcs(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const ics = await this.calendar.feedIcs(token);
    res.setHeader('Content-Type', ICS);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    return ics;
  }
}
