import { type ClientEventResult, LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { UseGuards } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';

import type { RealtimeSocket } from '../../platform/realtime/realtime-types';
import { SocketHandlers } from '../../platform/realtime/socket-handlers';
import { LiveActorGuard } from '../room/live-actor';
import { LiveSessionRefPayload } from '../room/room.dto';
import { RoomAccess } from '../room/room-access.service';
import { RoomEvents } from '../room/room-events.service';
import {
  BreakoutAssignPayload,
  BreakoutBroadcastPayload,
  BreakoutPreparePayload,
  BreakoutVisitPayload,
} from './breakouts.dto';
import { Breakouts } from './breakouts.service';

/** Breakout groups: hosts prepare, adjust, start, end, broadcast and visit; everyone may ask for the current one. */
@SocketHandlers()
@UseGuards(LiveActorGuard)
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class BreakoutsGateway {
  constructor(
    private readonly access: RoomAccess,
    private readonly events: RoomEvents,
    private readonly breakouts: Breakouts,
  ) {}

  @SubscribeMessage('breakout:current')
  async current(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'breakout:current'>> {
    await this.access.member(socket.id, payload.sessionId);
    return { ok: true, breakout: await this.events.read((m) => this.breakouts.current(m, payload.sessionId)) };
  }

  @SubscribeMessage('breakout:prepare')
  async prepare(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BreakoutPreparePayload,
  ): Promise<ClientEventResult<'breakout:prepare'>> {
    await this.access.host(socket.id, payload.sessionId);
    const breakout = await this.events.record(async (m, emit) => {
      const prepared = await this.breakouts.prepare(m, payload.sessionId, payload);
      emit(await this.events.append(m, payload.sessionId, 'breakout.prepared', prepared));
      return prepared;
    });
    return { ok: true, breakout };
  }

  @SubscribeMessage('breakout:assign')
  async assign(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BreakoutAssignPayload,
  ): Promise<ClientEventResult<'breakout:assign'>> {
    await this.access.host(socket.id, payload.sessionId);
    const breakout = await this.events.record(async (m, emit) => {
      await this.access.participant(m, payload.sessionId, payload.participantId);
      const changed = await this.breakouts.assign(m, payload.sessionId, payload.participantId, payload.groupId);
      const type = changed.status === 'running' ? 'breakout.started' : 'breakout.prepared';
      emit(await this.events.append(m, payload.sessionId, type, changed));
      return changed;
    });
    return { ok: true, breakout };
  }

  @SubscribeMessage('breakout:start')
  async start(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'breakout:start'>> {
    await this.access.host(socket.id, payload.sessionId);
    const breakout = await this.events.record(async (m, emit) => {
      const started = await this.breakouts.start(m, payload.sessionId);
      emit(await this.events.append(m, payload.sessionId, 'breakout.started', started));
      return started;
    });
    this.breakouts.openRooms(payload.sessionId, breakout);
    return { ok: true, breakout };
  }

  @SubscribeMessage('breakout:end')
  async end(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'breakout:end'>> {
    await this.access.host(socket.id, payload.sessionId);
    await this.breakouts.endAndAnnounce({ sessionId: payload.sessionId });
    return { ok: true };
  }

  @SubscribeMessage('breakout:broadcast')
  async broadcast(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BreakoutBroadcastPayload,
  ): Promise<ClientEventResult<'breakout:broadcast'>> {
    const host = await this.access.host(socket.id, payload.sessionId);
    await this.events.appendAndPublish(payload.sessionId, 'breakout.broadcast', {
      text: payload.text.trim(),
      from: host.name,
    });
    return { ok: true };
  }

  @SubscribeMessage('breakout:visit')
  async visit(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: BreakoutVisitPayload,
  ): Promise<ClientEventResult<'breakout:visit'>> {
    const host = await this.access.host(socket.id, payload.sessionId);
    await this.events.read((m) => this.breakouts.visit(m, host, payload.groupId));
    return { ok: true };
  }
}
