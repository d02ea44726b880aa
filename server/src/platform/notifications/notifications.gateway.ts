import { type ClientEventResult, LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { UseGuards } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';

import { RealtimeSessionGuard } from '../realtime/realtime-session.guard';
import type { RealtimeSocket } from '../realtime/realtime-types';
import { SocketHandlers } from '../realtime/socket-handlers';
import { NotificationReadPayload } from './dto/notification.dto';
import { NotificationService } from './notification.service';

@SocketHandlers()
@UseGuards(RealtimeSessionGuard)
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class NotificationsGateway {
  constructor(private readonly notifications: NotificationService) {}

  @SubscribeMessage('notification:read')
  async read(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: NotificationReadPayload,
  ): Promise<ClientEventResult<'notification:read'>> {
    return { ok: true, unread: await this.notifications.markRead(socket.data.userId, payload.id) };
  }
}
