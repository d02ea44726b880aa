import { type ClientEventResult, LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { UseGuards } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';

import type { RealtimeSocket } from '../../platform/realtime/realtime-types';
import { SocketHandlers } from '../../platform/realtime/socket-handlers';
import { LiveActorGuard } from '../room/live-actor';
import { LiveSessionRefPayload } from '../room/room.dto';
import { RoomAccess } from '../room/room-access.service';
import {
  BoardCardPayload,
  BoardCreateForGroupsPayload,
  BoardCreatePayload,
  BoardGroupPayload,
  BoardMergePayload,
  BoardRefPayload,
  BoardVotePayload,
} from './board.dto';
import { BoardService } from './board.service';

/**
 * Idea boards in the room and its breakout groups: hosts run them, everyone in the room (guests too) adds cards and
 * spends dots; a group's board is for that group's members and the hosts (BoardService checks which).
 */
@SocketHandlers()
@UseGuards(LiveActorGuard)
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class BoardGateway {
  constructor(
    private readonly access: RoomAccess,
    private readonly boards: BoardService,
  ) {}

  @SubscribeMessage('board:create')
  async create(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BoardCreatePayload,
  ): Promise<ClientEventResult<'board:create'>> {
    const host = await this.access.host(socket.id, payload.sessionId);
    const { title, prompts, dotsPerParticipant, hideVotes, groupId } = payload;
    const input = { title, prompts, dotsPerParticipant, hideVotes, groupId };
    return { ok: true, board: await this.boards.create(host.sessionId, input, host.userId) };
  }

  @SubscribeMessage('board:create-for-groups')
  async createForGroups(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BoardCreateForGroupsPayload,
  ): Promise<ClientEventResult<'board:create-for-groups'>> {
    const host = await this.access.host(socket.id, payload.sessionId);
    const { title, prompts, dotsPerParticipant, hideVotes } = payload;
    return {
      ok: true,
      boards: await this.boards.createForGroups(host, { title, prompts, dotsPerParticipant, hideVotes }),
    };
  }

  @SubscribeMessage('board:add-card')
  async addCard(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BoardCardPayload,
  ): Promise<ClientEventResult<'board:add-card'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, card: await this.boards.addCard(member, payload) };
  }

  @SubscribeMessage('board:group')
  async group(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BoardGroupPayload,
  ): Promise<ClientEventResult<'board:group'>> {
    await this.boards.group(await this.access.host(socket.id, payload.sessionId), payload);
    return { ok: true };
  }

  @SubscribeMessage('board:merge')
  async merge(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BoardMergePayload,
  ): Promise<ClientEventResult<'board:merge'>> {
    await this.boards.merge(await this.access.host(socket.id, payload.sessionId), payload);
    return { ok: true };
  }

  @SubscribeMessage('board:vote')
  async vote(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BoardVotePayload,
  ): Promise<ClientEventResult<'board:vote'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, ...(await this.boards.vote(member, payload)) };
  }

  @SubscribeMessage('board:reveal')
  async reveal(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BoardRefPayload,
  ): Promise<ClientEventResult<'board:reveal'>> {
    await this.boards.reveal(await this.access.host(socket.id, payload.sessionId), payload.boardId);
    return { ok: true };
  }

  @SubscribeMessage('board:close')
  async close(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BoardRefPayload,
  ): Promise<ClientEventResult<'board:close'>> {
    await this.boards.close(await this.access.host(socket.id, payload.sessionId), payload.boardId);
    return { ok: true };
  }

  @SubscribeMessage('board:list')
  async list(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'board:list'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, boards: await this.boards.list(member) };
  }
}
