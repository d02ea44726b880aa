import { type ClientEventResult, LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { UseGuards } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';

import type { RealtimeSocket } from '../../platform/realtime/realtime-types';
import { SocketHandlers } from '../../platform/realtime/socket-handlers';
import { LiveActorGuard } from '../room/live-actor';
import { LiveSessionRefPayload } from '../room/room.dto';
import { RoomAccess } from '../room/room-access.service';
import { PollCreatePayload, PollRefPayload, PollVotePayload } from './polls.dto';
import { PollsService } from './polls.service';

/** Polls in the room: hosts create and close, everyone in the room (guests too) votes once and sees counts. */
@SocketHandlers()
@UseGuards(LiveActorGuard)
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class PollsGateway {
  constructor(
    private readonly access: RoomAccess,
    private readonly polls: PollsService,
  ) {}

  @SubscribeMessage('poll:create')
  async create(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: PollCreatePayload,
  ): Promise<ClientEventResult<'poll:create'>> {
    const host = await this.access.host(socket.id, payload.sessionId);
    return { ok: true, poll: await this.polls.create(host, payload) };
  }

  @SubscribeMessage('poll:vote')
  async vote(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: PollVotePayload,
  ): Promise<ClientEventResult<'poll:vote'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, ...(await this.polls.vote(member, payload)) };
  }

  @SubscribeMessage('poll:close')
  async close(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: PollRefPayload,
  ): Promise<ClientEventResult<'poll:close'>> {
    const host = await this.access.host(socket.id, payload.sessionId);
    return { ok: true, ...(await this.polls.close(host, payload.pollId)) };
  }

  @SubscribeMessage('poll:list')
  async list(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'poll:list'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, polls: await this.polls.list(member) };
  }
}
