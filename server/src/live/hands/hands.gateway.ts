import { type ClientEventResult, LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { UseGuards } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';

import type { RealtimeSocket } from '../../platform/realtime/realtime-types';
import { SocketHandlers } from '../../platform/realtime/socket-handlers';
import { LiveActorGuard } from '../room/live-actor';
import { LiveSessionRefPayload } from '../room/room.dto';
import { RoomAccess } from '../room/room-access.service';
import { HandLowerPayload } from './hands.dto';
import { LiveHands } from './hands.service';

/** Raise hand: everyone raises and lowers their own; hosts lower anyone's. Each ack carries the queue. */
@SocketHandlers()
@UseGuards(LiveActorGuard)
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveHandsGateway {
  constructor(
    private readonly access: RoomAccess,
    private readonly hands: LiveHands,
  ) {}

  @SubscribeMessage('hand:raise')
  async raise(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'hand:raise'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, hands: await this.hands.raise(member) };
  }

  @SubscribeMessage('hand:lower')
  async lower(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: HandLowerPayload,
  ): Promise<ClientEventResult<'hand:lower'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, hands: await this.hands.lower(member, payload.participantId) };
  }

  @SubscribeMessage('hand:list')
  async list(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'hand:list'>> {
    await this.access.member(socket.id, payload.sessionId);
    return { ok: true, hands: await this.hands.queue(payload.sessionId) };
  }
}
