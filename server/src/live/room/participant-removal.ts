import type { LiveRemovalReason, LiveRoomEvent } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { RealtimeEmitter } from '../../platform/realtime/realtime-emitter.service';
import { RoomEvents } from './room-events.service';
import { liveParticipantRoom, liveRoom } from './room-names';

/**
 * Takes a participant out of a room for good: a host's removal, or a guest who cancelled their registration. The
 * record keeps their attendance (closed now) and the room log says they were removed.
 */
@Injectable()
export class ParticipantRemoval {
  constructor(
    private readonly events: RoomEvents,
    private readonly emitter: RealtimeEmitter,
  ) {}

  /** In the caller's transaction: marked removed, their stay closed, their connections gone, the room told. */
  async remove(
    m: EntityManager,
    emit: (event: LiveRoomEvent) => void,
    sessionId: string,
    participantId: string,
  ): Promise<void> {
    await m.query(`UPDATE live_participant SET removed_at = now() WHERE id = $1`, [participantId]);
    await m.query(`DELETE FROM live_connection WHERE participant_id = $1`, [participantId]);
    await m.query(`UPDATE live_attendance SET left_at = now() WHERE participant_id = $1 AND left_at IS NULL`, [
      participantId,
    ]);
    emit(await this.events.append(m, sessionId, 'participant.removed', { participantId }));
  }

  /**
   * After the commit: their sockets, on any node, are told why and leave the room at once. A guest who cancelled is
   * disconnected too: their socket serves only this room and their link admits no one any more; a person removed by
   * a host keeps their socket (and its notifications).
   */
  evict(sessionId: string, participantId: string, reason: LiveRemovalReason): void {
    const theirs = liveParticipantRoom(sessionId, participantId);
    this.emitter.toRoom(theirs, 'live:removed', { sessionId, reason });
    this.emitter.leaveRoom(theirs, liveRoom(sessionId));
    if (reason === 'registration_cancelled') this.emitter.disconnectRoom(theirs);
  }
}
