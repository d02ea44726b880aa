import { type ClientEventResult, ErrorCode, LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { HttpStatus, Logger, UseGuards } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';

import { ApiException } from '../../platform/errors/api.exception';
import { returnedRows } from '../../platform/http/sql-support';
import { OutboxService } from '../../platform/outbox/outbox.service';
import type { RealtimeSocket } from '../../platform/realtime/realtime-types';
import { SocketHandlers } from '../../platform/realtime/socket-handlers';
import { Breakouts } from '../breakouts/breakouts.service';
import { Actor, type LiveActor, LiveActorGuard } from './live-actor';
import { ParticipantRemoval } from './participant-removal';
import { Presence } from './presence.service';
import {
  LiveCohostPayload,
  LiveJoinPayload,
  LiveParticipantPayload,
  LiveReplayPayload,
  LiveSessionRefPayload,
} from './room.dto';
import { isHost, RoomAccess, type RoomMember, toParticipant } from './room-access.service';
import { RoomEvents } from './room-events.service';
import { liveParticipantRoom, liveRoom } from './room-names';

const viewerOf = (m: RoomMember): { participantId: string; host: boolean } => ({
  participantId: m.participantId,
  host: isHost(m),
});

/** The room kernel's events: join (with replay), leave, heartbeat, and the host's start, end, remove and co-host. */
@SocketHandlers()
@UseGuards(LiveActorGuard)
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveRoomGateway implements OnGatewayDisconnect<RealtimeSocket> {
  private readonly logger = new Logger('LiveRoom');

  constructor(
    private readonly access: RoomAccess,
    private readonly events: RoomEvents,
    private readonly presence: Presence,
    private readonly breakouts: Breakouts,
    private readonly outbox: OutboxService,
    private readonly removal: ParticipantRemoval,
  ) {}

  @SubscribeMessage('live:join')
  async join(
    @ConnectedSocket() socket: RealtimeSocket,
    @Actor() actor: LiveActor,
    @MessageBody() payload: LiveJoinPayload,
  ): Promise<ClientEventResult<'live:join'>> {
    const { sessionId } = payload;
    // Joined before the commit, so no event published after it can pass this socket by.
    await socket.join(liveRoom(sessionId));
    try {
      const me = await this.events
        .record(async (m, emit) => {
          const member = await this.access.admit(m, actor, sessionId, socket.id);
          const { first } = await this.presence.connect(m, socket.id, sessionId, member.participantId);
          if (first) emit(await this.events.append(m, sessionId, 'presence.joined', toParticipant(member)));
          return { member, groupRooms: await this.breakouts.roomsFor(m, member) };
        })
        .then(async ({ member, groupRooms }) => {
          await socket.join([liveParticipantRoom(sessionId, member.participantId), ...groupRooms]);
          return member;
        });
      // One after the other, not in parallel: a crowd joining at once must not take three pool connections each.
      const present = await this.presence.present(sessionId);
      const replay =
        payload.afterSeq === undefined
          ? { events: [], more: false }
          : await this.events.after(sessionId, payload.afterSeq, viewerOf(me));
      const lastSeq = await this.events.lastSeq(sessionId);
      return { ok: true, me: toParticipant(me), present, events: replay.events, more: replay.more, lastSeq };
    } catch (err) {
      await socket.leave(liveRoom(sessionId));
      throw err;
    }
  }

  @SubscribeMessage('live:replay')
  async replay(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveReplayPayload,
  ): Promise<ClientEventResult<'live:replay'>> {
    const member = await this.access.member(socket.id, payload.sessionId);
    return { ok: true, ...(await this.events.after(payload.sessionId, payload.afterSeq, viewerOf(member))) };
  }

  @SubscribeMessage('live:leave')
  async leave(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'live:leave'>> {
    await this.access.member(socket.id, payload.sessionId);
    await this.depart(socket.id, payload.sessionId);
    await socket.leave(liveRoom(payload.sessionId));
    return { ok: true };
  }

  @SubscribeMessage('live:heartbeat')
  async heartbeat(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'live:heartbeat'>> {
    await this.access.member(socket.id, payload.sessionId);
    await this.presence.touch(socket.id, payload.sessionId);
    return { ok: true };
  }

  @SubscribeMessage('live:start')
  async start(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'live:start'>> {
    await this.access.host(socket.id, payload.sessionId);
    await this.setStatus(payload.sessionId, 'live', ['scheduled']);
    return { ok: true };
  }

  @SubscribeMessage('live:end')
  async end(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveSessionRefPayload,
  ): Promise<ClientEventResult<'live:end'>> {
    await this.access.host(socket.id, payload.sessionId);
    await this.setStatus(payload.sessionId, 'ended', ['scheduled', 'live']);
    return { ok: true };
  }

  @SubscribeMessage('live:remove')
  async remove(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveParticipantPayload,
  ): Promise<ClientEventResult<'live:remove'>> {
    const host = await this.access.host(socket.id, payload.sessionId);
    if (host.participantId === payload.participantId)
      throw ApiException.invalid('participantId', 'you cannot remove yourself');
    await this.events.record(async (m, emit) => {
      const target = await this.access.participant(m, payload.sessionId, payload.participantId);
      if (target.role === 'host') throw ApiException.forbidden('A host cannot be removed');
      await this.removal.remove(m, emit, payload.sessionId, target.participantId);
    });
    this.removal.evict(payload.sessionId, payload.participantId, 'host');
    return { ok: true };
  }

  @SubscribeMessage('live:cohost')
  async cohost(
    @ConnectedSocket() socket: RealtimeSocket,
    @MessageBody() payload: LiveCohostPayload,
  ): Promise<ClientEventResult<'live:cohost'>> {
    await this.access.host(socket.id, payload.sessionId);
    await this.events.record(async (m, emit) => {
      const target = await this.access.participant(m, payload.sessionId, payload.participantId);
      if (target.role === 'host' || target.role === 'guest')
        throw ApiException.invalid('participantId', `a ${target.role} cannot be made a co-host or taken back`);
      const role = payload.cohost ? 'cohost' : 'participant';
      await m.query(`UPDATE live_participant SET role = $2 WHERE id = $1`, [target.participantId, role]);
      emit(
        await this.events.append(m, payload.sessionId, 'participant.role', {
          participantId: target.participantId,
          role,
        }),
      );
    });
    return { ok: true };
  }

  async handleDisconnect(socket: RealtimeSocket): Promise<void> {
    try {
      await this.depart(socket.id);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'closing a stay on disconnect failed; the sweep will');
    }
  }

  private async depart(socketId: string, sessionId?: string): Promise<void> {
    await this.events.record(async (m, emit) => {
      for (const d of await this.presence.disconnect(m, socketId, sessionId))
        emit(await this.events.append(m, d.sessionId, 'presence.left', { participantId: d.participantId }));
    });
  }

  private async setStatus(sessionId: string, status: 'live' | 'ended', from: string[]): Promise<void> {
    await this.events.record(async (m, emit) => {
      const rows = returnedRows<{ course_id: string | null; completion_minutes: number | null }>(
        await m.query(
          `UPDATE live_session SET status = $2,
                  started_at = CASE WHEN $2 = 'live' THEN now() ELSE started_at END,
                  ended_at = CASE WHEN $2 = 'ended' THEN now() ELSE ended_at END,
                  updated_at = now()
            WHERE id = $1 AND status = ANY($3::text[]) RETURNING course_id, completion_minutes`,
          [sessionId, status, from],
        ),
      );
      if (rows.length === 0)
        throw new ApiException(HttpStatus.CONFLICT, ErrorCode.Conflict, `The session cannot become ${status} now`);
      if (status === 'ended') {
        await m.query(`UPDATE live_attendance SET left_at = now() WHERE session_id = $1 AND left_at IS NULL`, [
          sessionId,
        ]);
        await m.query(`DELETE FROM live_connection WHERE session_id = $1`, [sessionId]);
        // The notes are final now: merge their updates into one state for the record.
        await this.outbox.add(m, 'live', 'notes-compact', { sessionId });
        // Attendance is final too: credit it towards the linked course.
        if (rows[0].course_id && rows[0].completion_minutes)
          await this.outbox.add(m, 'live', 'attendance_credit', { sessionId });
      }
      emit(await this.events.append(m, sessionId, 'session.status', { status }));
    });
  }
}
