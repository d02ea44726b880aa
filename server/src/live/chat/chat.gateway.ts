import { type ClientEventResult, LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { UseGuards } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';

import type { RealtimeSocket } from '../../platform/realtime/realtime-types';
import { SocketHandlers } from '../../platform/realtime/socket-handlers';
import { LiveActorGuard } from '../room/live-actor';
import { LiveSessionRefPayload } from '../room/room.dto';
import { RoomAccess } from '../room/room-access.service';
import { ChatHistoryPayload, ChatLockPayload, ChatMessagePayload, ChatSendPayload } from './chat.dto';
import { LiveChat } from './chat.service';

/** The room's chat: send, history, the hosts' delete and lock, and reports to the hosts. Guests take part alike. */
@SocketHandlers()
@UseGuards(LiveActorGuard)
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveChatGateway {
  constructor(
    private readonly access: RoomAccess,
    private readonly chat: LiveChat,
  ) {}

  @SubscribeMessage('chat:send')
  async send(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: ChatSendPayload,
  ): Promise<ClientEventResult<'chat:send'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, message: await this.chat.send(member, payload.text, payload.groupId ?? null) };
  }

  @SubscribeMessage('chat:history')
  async history(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: ChatHistoryPayload,
  ): Promise<ClientEventResult<'chat:history'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, ...(await this.chat.history(member, payload.beforeSeq, payload.groupId ?? null)) };
  }

  @SubscribeMessage('chat:delete')
  async delete(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: ChatMessagePayload,
  ): Promise<ClientEventResult<'chat:delete'>> {
    const host = await this.access.host(socket.id, payload.sessionId);
    await this.chat.delete(host, payload.messageId);
    return { ok: true };
  }

  @SubscribeMessage('chat:lock')
  async lock(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: ChatLockPayload,
  ): Promise<ClientEventResult<'chat:lock'>> {
    const host = await this.access.host(socket.id, payload.sessionId);
    await this.chat.lock(host, payload.locked);
    return { ok: true };
  }

  @SubscribeMessage('chat:report')
  async report(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: ChatMessagePayload,
  ): Promise<ClientEventResult<'chat:report'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    await this.chat.report(member, payload.messageId);
    return { ok: true };
  }

  @SubscribeMessage('chat:reports')
  async reports(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'chat:reports'>> {
    await this.access.host(socket.id, payload.sessionId);
    return { ok: true, reports: await this.chat.reports(payload.sessionId) };
  }
}
