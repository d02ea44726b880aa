import type { NotificationList, NotificationUnread } from '@kotopaikka/contracts';

import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { NotificationListDto, NotificationListQueryDto, NotificationUnreadDto } from './dto/notification.dto';
import { NotificationService } from './notification.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationListDto })
  list(@CurrentUser() me: Principal, @Query() query: NotificationListQueryDto): Promise<NotificationList> {
    return this.notifications.list(me.id, query.cursor, query.limit ?? 20);
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: NotificationUnreadDto })
  async readAll(@CurrentUser() me: Principal): Promise<NotificationUnread> {
    return { unread: await this.notifications.markAllRead(me.id) };
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiOkResponse({ type: NotificationUnreadDto })
  @ApiNotFoundResponse({ description: 'Not a notification of mine' })
  async read(@CurrentUser() me: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<NotificationUnread> {
    return { unread: await this.notifications.markRead(me.id, id) };
  }
}
